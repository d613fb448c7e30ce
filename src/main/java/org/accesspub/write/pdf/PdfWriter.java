package org.accesspub.write.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.accesspub.Warnings;
import org.accesspub.fonts.FontChain;
import org.accesspub.lang.Languages;
import org.accesspub.model.Article;
import org.accesspub.model.Blocks;
import org.accesspub.model.Metadata;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.OutputFiles;

/**
 * Writes an article as a large-print PDF that conforms to PDF/UA-1: tagged, every font embedded as a
 * subset, Chinese lines broken by the clreq rules. {@link PageLayout} decides what goes where,
 * {@link PdfRenderer} writes it with OpenPDF.
 */
public final class PdfWriter implements ArticleWriter {
    private final LargePrintProfile profile;
    private final FontChain fonts;
    private final Warnings warnings;
    private final Path imageBase;

    private PdfWriter(Builder b) {
        this.profile = b.profile;
        this.fonts = b.fonts;
        this.warnings = b.warnings;
        this.imageBase = b.imageBase;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(Article article, OutputFiles out) throws IOException {
        try (OutputStream stream = out.open("pdf")) {
            write(article, stream);
        }
    }

    /** Writes the PDF to a stream, which stays open. */
    public void write(Article article, OutputStream out) throws IOException {
        String warning = profile.warning();
        if (warning != null) {
            warnings.warn(warning);
        }
        fonts.reportUncovered(article.allText(), warnings);
        String language = language(article);
        // A first, quiet layout finds the characters each face sets, so only those are loaded and embedded.
        PdfResources resources = PdfResources.forLayout(r ->
                new PageLayout(profile, fonts, r, Warnings.collecting(), imageBase, language).layout(article));
        List<PageLayout.Page> pages = new PageLayout(profile, fonts, resources, warnings, imageBase, language)
                .layout(article);
        Metadata m = article.metadata();
        String title = m.title() != null && !m.title().isBlank() ? m.title().strip() : firstWords(article);
        new PdfRenderer(profile, resources).render(pages,
                new PdfRenderer.Info(title, language, m.author(), m.description()), new NoClose(out));
    }

    /** The article's language, guessed from its text when the reader could not tell. */
    private static String language(Article article) {
        String lang = article.language();
        return lang == null || lang.equals("und") ? Languages.detect(article.allText()) : lang;
    }

    /** A title for an article without one: PDF/UA wants every document titled. */
    private static String firstWords(Article article) {
        String text = article.blocks().isEmpty() ? "" : Blocks.plainText(article.blocks().get(0)).strip();
        if (text.isEmpty()) {
            return "Untitled";
        }
        int end = text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), 40));
        return text.substring(0, end);
    }

    /** OpenPDF closes the stream it writes to; the caller owns it. */
    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    public static final class Builder {
        private LargePrintProfile profile = LargePrintProfile.defaults(); // 18 pt on A4, black on white
        private FontChain fonts = FontChain.bundled(); // Atkinson Hyperlegible Next + Noto Sans SC
        private Warnings warnings = Warnings.collecting(); // collected, not printed
        private Path imageBase = Path.of(""); // relative image paths resolve against the working directory

        public Builder profile(LargePrintProfile v) {
            profile = v;
            return this;
        }

        public Builder fonts(FontChain v) {
            fonts = v;
            return this;
        }

        public Builder warnings(Warnings v) {
            warnings = v;
            return this;
        }

        /** The directory relative image paths are resolved against: the source file's. */
        public Builder imageBase(Path v) {
            imageBase = v;
            return this;
        }

        public PdfWriter build() {
            return new PdfWriter(this);
        }
    }
}
