package org.accesspub.write.epub;

import java.util.List;
import java.util.Locale;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;

/**
 * Writes a table as XHTML: its caption (the paragraph that captions it) inside it, header cells with
 * {@code scope="col"}, and each column's alignment as a class ({@code align-right}).
 */
final class TableRenderer {
    private final InlineRenderer inline;
    private final TextMarks marks;
    private final String language;

    TableRenderer(InlineRenderer inline, TextMarks marks, String language) {
        this.inline = inline;
        this.marks = marks;
        this.language = language;
    }

    /** The table, with {@code caption} (or null) as its caption. */
    void table(Xml x, Block.Table t, Block.Paragraph caption) {
        if (t.columns() == 0) {
            return;
        }
        x.start("table").attr("id", marks.id(t)).newline();
        if (caption != null) {
            x.start("caption").attr("id", marks.id(caption));
            inline.inlines(x, caption.content(), false, language);
            x.end().newline();
        }
        if (!t.header().isEmpty()) {
            x.start("thead").start("tr");
            for (int c = 0; c < t.header().size(); c++) {
                x.start("th").attr("scope", "col").attr("class", alignClass(t.alignment(c)));
                inline.inlines(x, t.header().get(c), true, language);
                x.end();
            }
            x.end().end().newline();
        }
        if (!t.rows().isEmpty()) {
            x.start("tbody").newline();
            for (List<List<Inline>> row : t.rows()) {
                x.start("tr");
                for (int c = 0; c < row.size(); c++) {
                    x.start("td").attr("class", alignClass(t.alignment(c)));
                    inline.inlines(x, row.get(c), false, language);
                    x.end();
                }
                x.end().newline();
            }
            x.end().newline();
        }
        x.end().newline();
    }

    /** The class that aligns a table column's cells ({@code align-right}), or null for the default. */
    private static String alignClass(Block.Alignment a) {
        return a == Block.Alignment.DEFAULT ? null : "align-" + a.name().toLowerCase(Locale.ROOT);
    }
}
