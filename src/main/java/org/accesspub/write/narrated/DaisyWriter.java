package org.accesspub.write.narrated;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.accesspub.model.Article;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Metadata;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.RenderContext;
import org.accesspub.write.audio.SpokenAudio;

/**
 * {@code <name>.daisy.zip}: a DAISY 2.02 full-text talking book (text and audio synchronised sentence by
 * sentence, navigation by heading) with its fileset at the root of the zip, as players and libraries load it.
 * Built once with {@link #builder()}; immutable, shared by jobs.
 */
public final class DaisyWriter implements ArticleWriter {
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final BiFunction<PreparedDocument, RenderContext, SpokenAudio> speech;
    private final String identifier;
    private final String publisher;

    private DaisyWriter(Builder b) {
        this.speech = Objects.requireNonNull(b.speech, "speech");
        this.identifier = b.identifier;
        this.publisher = b.publisher;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(PreparedDocument document, RenderContext context) throws IOException {
        Article article = document.article();
        SpokenAudio spoken = speech.apply(document, context);
        ReadingPlan plan = ReadingPlan.of(article, spoken.script(), context.warnings());
        String title = title(article);
        DaisyText.Result text = DaisyText.write(article, title, plan, spoken.script());
        Narration narration = Narration.of(plan, spoken, text.ids()::contains);
        Map<String, byte[]> files = DaisyBook.files(info(document, title, spoken), text, narration);
        try (OutputStream os = context.out().open("daisy.zip")) {
            zip(files, os);
        }
    }

    private DaisyBook.Info info(PreparedDocument document, String title, SpokenAudio spoken) {
        Article article = document.article();
        Metadata m = article.metadata();
        String language = "und".equals(m.language()) ? spoken.script().language() : m.language();
        String id = identifier != null ? identifier : "urn:uuid:" + UUID.nameUUIDFromBytes(
                (language + "\n" + article.allText()).getBytes(StandardCharsets.UTF_8));
        String creator = firstOf(m.author(), m.source(), "Unknown");
        String pub = firstOf(publisher, m.source(), DaisyBook.GENERATOR);
        String date = document.info().pubDate().map(d -> d.day().toString()).orElse("2000-01-01"); // as prepared
        return new DaisyBook.Info(id, title, creator, pub, date, language, spoken.narrator());
    }

    private static String title(Article article) {
        String t = article.metadata().title();
        if (t != null && !t.isBlank()) {
            return t.strip();
        }
        for (Block b : article.blocks()) {
            String text = Blocks.plainText(b).strip().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                return text.codePointCount(0, text.length()) <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, 40));
            }
        }
        return "Untitled";
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The fileset at the root of the zip; the MP3 stored as it is, the rest deflated; fixed entry times. */
    private static void zip(Map<String, byte[]> files, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            ZipEntry e = new ZipEntry(f.getKey());
            e.setTimeLocal(ENTRY_TIME);
            if (f.getKey().endsWith(".mp3")) {
                CRC32 crc = new CRC32();
                crc.update(f.getValue());
                e.setMethod(ZipEntry.STORED);
                e.setSize(f.getValue().length);
                e.setCompressedSize(f.getValue().length);
                e.setCrc(crc.getValue());
            }
            zip.putNextEntry(e);
            zip.write(f.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }

    public static final class Builder {
        private BiFunction<PreparedDocument, RenderContext, SpokenAudio> speech; // required: the article read aloud, in MP3
        private String identifier; // urn:uuid: derived from the content
        private String publisher; // the article's source

        /** The article read aloud in MP3, for one job (shared with its other spoken outputs). */
        public Builder speech(BiFunction<PreparedDocument, RenderContext, SpokenAudio> v) { speech = v; return this; }
        public Builder identifier(String v) { identifier = v; return this; }
        public Builder publisher(String v) { publisher = v; return this; }

        public DaisyWriter build() {
            return new DaisyWriter(this);
        }
    }
}
