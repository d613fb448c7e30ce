package org.accesspub.write.narrated;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.BiFunction;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.style.Theme;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.RenderContext;
import org.accesspub.write.audio.SpokenAudio;
import org.accesspub.write.epub.EpubWriter;

/**
 * {@code <name>.narrated.epub}: the e-book with Media Overlays. The EPUB writer writes the book as always, with
 * every sentence read aloud in its own element; this adds one SMIL 3.0 overlay per page, the speech as one MP3
 * inside the book, and the metadata reading systems need to play the text and highlight it as it is read.
 * Built once with {@link #builder()}; immutable, shared by jobs.
 */
public final class NarratedWriter implements ArticleWriter {
    private final EpubWriter epub;
    private final BiFunction<PreparedDocument, RenderContext, SpokenAudio> speech;
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
    public void write(PreparedDocument document, RenderContext context) throws IOException {
        SpokenAudio spoken = speech.apply(document, context);
        ReadingPlan plan = ReadingPlan.of(spoken.script());
        try (OutputStream os = context.out().open("narrated.epub")) {
            epub.write(document, new OverlayMarks(plan, spoken, highlight), os, context.warnings(), context::checkStopped);
        }
    }

    public static final class Builder {
        private EpubWriter epub; // required: the e-book the overlays are added to
        private BiFunction<PreparedDocument, RenderContext, SpokenAudio> speech; // required: the article read aloud, in MP3
        private Theme theme = Theme.DEFAULT;

        public Builder epub(EpubWriter v) { epub = v; return this; }
        /** The article read aloud in MP3, for one job (shared with its other spoken outputs). */
        public Builder speech(BiFunction<PreparedDocument, RenderContext, SpokenAudio> v) { speech = v; return this; }
        /** The theme the highlight must keep its contrast on. */
        public Builder theme(Theme v) { theme = v; return this; }

        public NarratedWriter build() {
            return new NarratedWriter(this);
        }
    }
}
