package org.accesspub.write.narrated;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.BiFunction;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.style.Theme;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.OutputFiles;
import org.accesspub.write.audio.SpokenAudio;
import org.accesspub.write.epub.EpubWriter;

/**
 * {@code <name>.narrated.epub}: the e-book with Media Overlays. The EPUB writer writes the book as always, with
 * every sentence read aloud in its own element; this adds one SMIL 3.0 overlay per page, the speech as one MP3
 * inside the book, and the metadata reading systems need to play the text and highlight it as it is read.
 * Built once with {@link #builder()}; immutable.
 */
public final class NarratedWriter implements ArticleWriter {
    private final EpubWriter epub;
    private final BiFunction<PreparedDocument, OutputFiles, SpokenAudio> speech;
    private final Highlight highlight;

    private NarratedWriter(Builder b) {
        this.epub = Objects.requireNonNull(b.epub, "epub");
        this.speech = Objects.requireNonNull(b.speech, "speech");
        this.highlight = Highlight.forTheme(b.theme);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(PreparedDocument document, OutputFiles out) throws IOException {
        SpokenAudio spoken = speech.apply(document, out);
        ReadingPlan plan = ReadingPlan.of(spoken.script());
        try (OutputStream os = out.open("narrated.epub")) {
            epub.write(document, new OverlayMarks(plan, spoken, highlight), os);
        }
    }

    public static final class Builder {
        private EpubWriter epub; // required: the e-book the overlays are added to
        private BiFunction<PreparedDocument, OutputFiles, SpokenAudio> speech; // required: the article read aloud, in MP3
        private Theme theme = Theme.DEFAULT;

        public Builder epub(EpubWriter v) { epub = v; return this; }
        public Builder speech(BiFunction<PreparedDocument, OutputFiles, SpokenAudio> v) { speech = v; return this; }
        /** The theme the highlight must keep its contrast on. */
        public Builder theme(Theme v) { theme = v; return this; }

        public NarratedWriter build() {
            return new NarratedWriter(this);
        }
    }
}
