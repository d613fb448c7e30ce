package org.accesspub.write.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.accesspub.Warnings;
import org.accesspub.fonts.FontChain;
import org.accesspub.prepare.DocumentInfo;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.RenderContext;

/**
 * Writes an article as a large-print PDF that conforms to PDF/UA-1: tagged, every font embedded as a
 * subset, Chinese lines broken by the clreq rules. {@link PageLayout} decides what goes where,
 * {@link PdfRenderer} writes it with OpenPDF. Built once with {@link #builder()}; immutable, shared by jobs.
 */
public final class PdfWriter implements ArticleWriter {
    private final LargePrintProfile profile;
    private final FontChain fonts;

    private PdfWriter(Builder b) {
        this.profile = b.profile;
        this.fonts = b.fonts;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(PreparedDocument document, RenderContext context) throws IOException {
        try (OutputStream stream = context.out().open("pdf")) {
            write(document, stream, context.warnings(), context::checkStopped);
        }
    }

    /** Writes the PDF to a stream, which stays open; what the reader should know goes to {@code warnings}. */
    public void write(PreparedDocument document, OutputStream out, Warnings warnings) throws IOException {
        write(document, out, warnings, RenderContext.StopCheck.NEVER);
    }

    private void write(PreparedDocument document, OutputStream out, Warnings warnings, RenderContext.StopCheck stop)
            throws IOException {
        String warning = profile.warning();
        if (warning != null) {
            warnings.warn(warning);
        }
        fonts.reportUncovered(document.article().allText(), warnings);
        // A first, quiet layout finds the characters each face sets, so only those are loaded and embedded.
        PdfResources resources = PdfResources.forLayout(r -> new PageLayout(profile, fonts, r, document, stop).layout(),
                document.fontSubsets());
        List<PageLayout.Page> pages = new PageLayout(profile, fonts, resources, document, stop).layout();
        DocumentInfo info = document.info();
        new PdfRenderer(profile, resources).render(pages,
                new PdfRenderer.Info(info.title(), info.language(), info.creator(), info.description(),
                        info.identifier(), info.date()), new NoClose(out));
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

        public Builder profile(LargePrintProfile v) {
            profile = v;
            return this;
        }

        public Builder fonts(FontChain v) {
            fonts = v;
            return this;
        }

        public PdfWriter build() {
            return new PdfWriter(this);
        }
    }
}
