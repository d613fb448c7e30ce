package org.accesspub.write.braille;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.accesspub.Warnings;
import org.accesspub.braille.BrailleTables;
import org.accesspub.braille.BraillePage;
import org.accesspub.model.Article;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.RenderContext;

/**
 * Writes an article in braille for embossers: {@code <name>.brf} (ASCII braille, form feeds between
 * pages) and {@code <name>.pef} (PEF 2008-1, Unicode braille), the same pages in both. Translation is
 * liblouis's; the layout (lines, pages, page numbers) is accesspub's, as liblouis-java does none.
 * Built once with {@link #builder()}; immutable, shared by jobs.
 */
public final class BrailleWriter implements ArticleWriter {
    private final BrailleTables tables;
    private final BraillePage page;

    private BrailleWriter(Builder b) {
        this.tables = b.tables;
        this.page = b.page;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(PreparedDocument document, RenderContext context) throws IOException {
        BrailleDocument doc = lay(document, context.warnings(), context::checkStopped);
        try (OutputStream brf = context.out().open("brf")) {
            Brf.write(doc, brf);
        }
        try (OutputStream pef = context.out().open("pef")) {
            Pef.write(doc, pef);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the PEF: " + e.getMessage(), e);
        }
    }

    BrailleDocument lay(Article article, Warnings warnings) {
        return lay(org.accesspub.prepare.Preparer.builder().build().prepare(article), warnings);
    }

    /** The pages, decided once for both files; characters the tables lack are reported here. */
    BrailleDocument lay(PreparedDocument document, Warnings warnings) {
        try {
            return lay(document, warnings, RenderContext.StopCheck.NEVER);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // never: nothing stops this one
        }
    }

    private BrailleDocument lay(PreparedDocument document, Warnings warnings, RenderContext.StopCheck stop) throws IOException {
        UnknownCharacters unknown = new UnknownCharacters();
        BrailleText text = new BrailleText(tables, document, unknown);
        List<LaidBlock> blocks = new ArticleLayout(page, text, new Labels(document.terms())).lay(document, stop);
        List<List<String>> pages = new Paginator(page).paginate(blocks);
        unknown.report(warnings);
        var m = document.info();
        return new BrailleDocument(page, pages, m.identifier(), m.title(), m.language(), m.creator(), m.isoDay());
    }

    public static final class Builder {
        private BrailleTables tables = BrailleTables.defaults(); // zhcn-cbs, zh-tw, ueb-g2
        private BraillePage page = BraillePage.DEFAULT; // 40 cells × 25 lines

        public Builder tables(BrailleTables v) { tables = v; return this; }
        public Builder page(BraillePage v) { page = v; return this; }

        public BrailleWriter build() {
            return new BrailleWriter(this);
        }
    }
}
