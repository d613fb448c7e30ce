package org.accesspub.write.narrated;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.accesspub.prepare.DocumentInfo;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.RenderContext;
import org.accesspub.write.StoredFile;
import org.accesspub.write.audio.SpokenAudio;

/**
 * {@code <name>.daisy.zip}: a DAISY 2.02 full-text talking book (text and audio synchronised sentence by
 * sentence, navigation by heading) with its fileset at the root of the zip, as players and libraries load it.
 * Built once with {@link #builder()}; immutable, shared by jobs.
 */
public final class DaisyWriter implements ArticleWriter {
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    /** {@code dc:date} of an article without a date (the NCC must state one). */
    private static final String UNDATED = "2000-01-01";

    private final BiFunction<PreparedDocument, RenderContext, SpokenAudio> speech;

    private DaisyWriter(Builder b) {
        this.speech = Objects.requireNonNull(b.speech, "speech");
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(PreparedDocument document, RenderContext context) throws IOException {
        SpokenAudio spoken = speech.apply(document, context);
        ReadingPlan plan = ReadingPlan.of(spoken.script());
        DaisyText.Result text = DaisyText.write(document, plan);
        Narration narration = Narration.of(plan, spoken, text.ids()::contains);
        Map<String, byte[]> files = DaisyBook.files(info(document.info(), spoken), text, narration,
                Files.size(narration.audio()));
        try (OutputStream os = context.out().open("daisy.zip")) {
            zip(files, narration.audio(), os);
        }
    }

    /** What the NCC states, as prepared; DAISY 2.02 requires a publisher and a date even where the article has none. */
    private static DaisyBook.Info info(DocumentInfo info, SpokenAudio spoken) {
        return new DaisyBook.Info(info.identifier(), info.title(), info.creator(),
                info.publisher() != null ? info.publisher() : DaisyBook.GENERATOR,
                info.isoDay() != null ? info.isoDay() : UNDATED, info.language(), spoken.narrator());
    }

    /**
     * The fileset at the root of the zip, deflated, then the audio stored as it is (MP3 does not compress),
     * streamed from its file; fixed entry times.
     */
    private static void zip(Map<String, byte[]> files, Path audio, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            ZipEntry e = new ZipEntry(f.getKey());
            e.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(e);
            zip.write(f.getValue());
            zip.closeEntry();
        }
        zip.putNextEntry(StoredFile.entry(DaisyBook.AUDIO, audio, ENTRY_TIME));
        Files.copy(audio, zip);
        zip.closeEntry();
        zip.finish();
    }

    public static final class Builder {
        private BiFunction<PreparedDocument, RenderContext, SpokenAudio> speech; // required: the article read aloud, in MP3

        /** The article read aloud in MP3, for one job (shared with its other spoken outputs). */
        public Builder speech(BiFunction<PreparedDocument, RenderContext, SpokenAudio> v) { speech = v; return this; }

        public DaisyWriter build() {
            return new DaisyWriter(this);
        }
    }
}
