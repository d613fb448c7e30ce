package org.accesspub.write.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.accesspub.Warnings;
import org.accesspub.fonts.FontChain;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.RenderContext;

/**
 * Writes an article as a reflowable EPUB 3.3 e-book that meets EPUB Accessibility 1.1 (WCAG 2.2 AA):
 * semantic XHTML, a navigation document with table of contents and landmarks, an NCX for EPUB 2
 * reading systems, large-print CSS in relative units, and subsets of the fonts holding just the glyphs
 * the book shows. epublib writes only EPUB 2, so the package is written here with java.util.zip.
 * Built once with {@link #builder()}; immutable and safe to reuse.
 */
public final class EpubWriter implements ArticleWriter {
    // The assembler holds only the options, so one serves every article this writer writes.
    private final BookAssembler assembler;

    private EpubWriter(Builder b) {
        this.assembler = new BookAssembler(b.profile, b.fonts, b.certifier,
                b.modified != null ? b.modified : Instant.now(), b.splitLongerThan);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(PreparedDocument document, RenderContext context) throws IOException {
        try (OutputStream os = context.out().open("epub")) {
            write(document, TextMarks.NONE, os, context.warnings(), context::checkStopped);
        }
    }

    /**
     * Writes the EPUB with its text marked and its overlays added by {@code marks}: the narrated book's
     * hook. The caller closes the stream.
     */
    public void write(PreparedDocument document, TextMarks marks, OutputStream out, Warnings warnings) throws IOException {
        write(document, marks, out, warnings, RenderContext.StopCheck.NEVER);
    }

    /** As {@link #write(PreparedDocument, TextMarks, OutputStream, Warnings)}, checking {@code stop} between blocks. */
    public void write(PreparedDocument document, TextMarks marks, OutputStream out, Warnings warnings,
                      RenderContext.StopCheck stop) throws IOException {
        EpubZip.write(assembler.assemble(document, marks, warnings, stop), out);
    }

    /** Writes the EPUB to a stream; the caller closes it. What the reader should know goes to {@code warnings}. */
    public void write(PreparedDocument document, OutputStream out, Warnings warnings) throws IOException {
        write(document, TextMarks.NONE, out, warnings);
    }

    public static final class Builder {
        private LargePrintProfile profile = LargePrintProfile.defaults();
        private FontChain fonts = FontChain.bundled();
        private String certifier; // none: no a11y:certifiedBy
        private Instant modified; // the time of writing
        private int splitLongerThan = 20_000; // characters; shorter articles stay one page

        public Builder profile(LargePrintProfile v) { profile = v; return this; }
        public Builder fonts(FontChain v) { fonts = v; return this; }
        /** Who certified the book's accessibility ({@code a11y:certifiedBy}), or null for no such claim. */
        public Builder certifier(String v) { certifier = v; return this; }
        /** {@code dcterms:modified}: the conversion time (PublishOptions takes SOURCE_DATE_EPOCH into account). */
        public Builder modified(Instant v) { modified = v; return this; }
        /** Articles with more characters than this get one XHTML file per top-level section. */
        public Builder splitLongerThan(int v) { splitLongerThan = v; return this; }

        public EpubWriter build() {
            return new EpubWriter(this);
        }
    }
}
