package org.accesspub.write.pdf;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.prepare.Term;
import org.accesspub.prepare.Terms;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.write.LinkNotes;

/**
 * Lays out a table. Its link addresses are numbered in the cells ("[1]") and printed after it, so a
 * cell holds its words only. Columns are sized by their content as browsers do: each gets at least
 * its widest unbreakable word (its minimum content width, at least five characters when it has that
 * many) and shares the rest in proportion to how much more it would need to hold its text on one line
 * (its maximum content width). A bold header row is kept with the first row and repeated as an
 * artifact after a page break; a row too tall for a page is set cell after cell at full width. Tagged
 * Table, TR, TH (Scope Column) and TD.
 *
 * <p>A table whose minimum widths do not fit the page at the chosen size is laid out row by row
 * ({@link #rowByRow}): each row a block of "header: value" lines, tagged L / LI / LBody, since a grid
 * that cannot be read is no table to a reader.
 */
final class TableLayout {
    private final LargePrintProfile profile;
    private final PageCursor cursor;
    private final TextSetter setter;
    private final Terms terms;
    private final float body;
    private final float lineSpacing;
    private final float pad;

    TableLayout(LargePrintProfile profile, PageCursor cursor, TextSetter setter, Terms terms) {
        this.profile = profile;
        this.cursor = cursor;
        this.setter = setter;
        this.terms = terms;
        this.body = (float) profile.bodyPt();
        this.lineSpacing = (float) profile.lineSpacing();
        this.pad = body * 0.3f;
    }

    /** How a table is set: its column widths, or null when it is laid out row by row. */
    private record Plan(float[] widths, LinkNotes notes) {
    }

    private Plan plan(Block.Table table, BlockContext ctx) {
        int columns = table.columns();
        LinkNotes notes = new LinkNotes();
        float[] min = new float[columns];
        float[] max = new float[columns];
        List<List<List<Inline>>> all = new ArrayList<>();
        if (!table.header().isEmpty()) {
            all.add(table.header());
        }
        all.addAll(table.rows());
        for (int r = 0; r < all.size(); r++) {
            List<List<Inline>> row = all.get(r);
            for (int c = 0; c < row.size() && c < columns; c++) {
                TextSetter.Setting one = setter.set(TextFlow.of(row.get(c), r == 0 && !table.header().isEmpty(), notes),
                        body, false, 0, Float.MAX_VALUE / 4, false);
                float natural = 0;
                for (float a : one.advances()) {
                    natural += a;
                }
                float word = LineBreaker.longestUnbreakable(one.flow().text(), one.advances());
                // a word longer than eight characters (an address, a path) is cut anyway when it must be
                // a column holds five characters of running text (or all of a shorter text) before it is a column
                min[c] = Math.max(min[c], Math.max(Math.min(word, body * 8), Math.min(natural, body * 5)) + 2 * pad);
                max[c] = Math.max(max[c], natural + 2 * pad);
            }
        }
        float[] widths = org.accesspub.write.ColumnWidths.fit(min, max, ctx.width());
        return new Plan(widths, notes);
    }

    /** The height the start of a table needs on a page: its header and first row (for a caption kept with it). */
    float firstPart(Block.Table table, BlockContext ctx) {
        if (table.columns() == 0) {
            return 0;
        }
        Plan plan = plan(table, ctx);
        if (plan.widths() == null) {
            return body * lineSpacing * Math.min(3, table.columns());
        }
        LinkNotes scratch = new LinkNotes();
        float h = table.header().isEmpty() ? 0 : rowHeight(table.header(), plan.widths(), true, scratch);
        return h + (table.rows().isEmpty() ? 0 : rowHeight(table.rows().get(0), plan.widths(), false, scratch));
    }

    void table(Block.Table table, BlockContext ctx) {
        int columns = table.columns();
        if (columns == 0) {
            return;
        }
        Plan plan = plan(table, ctx);
        LinkNotes notes = new LinkNotes(); // numbered again in reading order as the cells are set
        if (plan.widths() == null) {
            rowByRow(table, ctx, notes);
        } else {
            grid(table, plan.widths(), ctx, notes);
        }
        linkNotes(notes, ctx);
        cursor.down(ctx.paragraphSpace());
    }

    private void grid(Block.Table table, float[] widths, BlockContext ctx, LinkNotes notes) {
        int columns = table.columns();
        Tag tableTag = new Tag("Table", ctx.parent());
        boolean hasHeader = !table.header().isEmpty();
        if (hasHeader) {
            // The header row never stands alone at the foot of a page.
            LinkNotes scratch = new LinkNotes();
            float first = table.rows().isEmpty() ? 0 : rowHeight(table.rows().get(0), widths, false, scratch);
            cursor.ensureRoom(rowHeight(table.header(), widths, true, scratch) + first);
            row(table.header(), widths, true, tableTag, ctx, table::alignment, notes);
        }
        for (List<List<Inline>> row : table.rows()) {
            float h = rowHeight(row, widths, false, notes.copy());
            if (h > cursor.top() - cursor.bottom() - body * lineSpacing * 2) {
                tallRow(row, columns, tableTag, ctx, notes);
                continue;
            }
            if (cursor.overflows(h + 0.5f) && !cursor.atTop()) {
                cursor.newPage();
                if (hasHeader) {
                    row(table.header(), widths, true, null, ctx, table::alignment, new LinkNotes()); // an artifact
                }
            }
            row(row, widths, false, tableTag, ctx, table::alignment, notes);
        }
    }

    /**
     * A table too wide for the page: each row a block, each cell on a line of its own after its
     * column's header in bold ("软件包：grub-efi-amd64"), a rule between rows. Tagged as a list: L, an LI
     * per row, its LBody holding a P per cell. A row never starts with fewer than two of its lines at the
     * foot of a page.
     */
    private void rowByRow(Block.Table table, BlockContext ctx, LinkNotes notes) {
        Tag list = new Tag("L", ctx.parent());
        int color = profile.theme().text();
        String[] around = labelAround();
        int columns = table.columns();
        cursor.ensureRoom(1);
        cursor.add(new Drawing.Rule(ctx.left(), cursor.y(), ctx.right(), cursor.y(), 2f, color));
        cursor.down(pad);
        for (List<List<Inline>> row : table.rows()) {
            Tag item = new Tag("LI", list);
            Tag lbody = new Tag("LBody", item);
            List<TextSetter.Setting> lines = new ArrayList<>();
            float height = 0;
            for (int c = 0; c < columns; c++) {
                List<Inline> cell = c < row.size() ? row.get(c) : List.of();
                if (Blocks.plainText(cell).isBlank()) {
                    continue;
                }
                List<Inline> line = new ArrayList<>();
                String header = c < table.header().size() ? Blocks.plainText(table.header().get(c)).strip() : "";
                if (!header.isEmpty()) {
                    line.add(new Inline.Strong(List.of(new Inline.Text(around[0] + header + around[1]))));
                }
                line.addAll(cell);
                TextSetter.Setting s = setter.set(TextFlow.of(line, false, notes), body, false, -body * 2,
                        ctx.width() - body * 2, false);
                lines.add(s);
                height += s.height(lineSpacing);
            }
            // A row stays on one page when it fits on one.
            cursor.ensureRoom(Math.min(height, (cursor.top() - cursor.bottom()) / 2));
            for (TextSetter.Setting s : lines) {
                setter.place(s, new Tag("P", lbody), ctx.left() + body * 2, true);
            }
            cursor.down(pad);
            cursor.ensureRoom(1);
            cursor.add(new Drawing.Rule(ctx.left(), cursor.y(), ctx.right(), cursor.y(), 1f, color));
            cursor.down(pad);
        }
    }

    /** What goes before and after a column's header in a row-by-row table: ["", "："] from the terms' "cell". */
    private String[] labelAround() {
        String pattern = terms.get(Term.CELL, "\u0000", "\u0001");
        int a = pattern.indexOf('\u0000');
        int b = pattern.indexOf('\u0001');
        return new String[] {pattern.substring(0, a), pattern.substring(a + 1, b)};
    }

    /** The addresses of the table's links, numbered as in its cells, each a link of its own. */
    private void linkNotes(LinkNotes notes, BlockContext ctx) {
        if (notes.isEmpty()) {
            return;
        }
        cursor.down(pad);
        Tag list = new Tag("L", ctx.parent());
        List<String> addresses = notes.addresses();
        float labelWidth = setter.width("[" + addresses.size() + "]", body) + body * 0.5f;
        for (int i = 0; i < addresses.size(); i++) {
            String href = addresses.get(i);
            Tag item = new Tag("LI", list);
            TextSetter.Setting label = setter.set(TextFlow.plain("[" + (i + 1) + "]", false), body, false, 0,
                    labelWidth, true);
            TextSetter.Setting address = setter.set(TextFlow.of(List.of(new Inline.Link(href,
                    List.of(new Inline.Text(org.accesspub.prepare.LinkPolicy.display(href))))), false), body, false, 0,
                    ctx.width() - labelWidth, false);
            cursor.ensureRoom(address.height(lineSpacing));
            float top = cursor.y();
            setter.emit(label, new Tag("Lbl", item), ctx.left(), false);
            cursor.moveTo(top);
            setter.place(address, new Tag("LBody", item), ctx.left() + labelWidth, true);
        }
    }

    /**
     * A row too tall for one page even with the header (a long passage in a cell): its cells follow one
     * another at full width, breaking across pages, still tagged as one row of the table.
     */
    private void tallRow(List<List<Inline>> cells, int columns, Tag table, BlockContext ctx, LinkNotes notes) {
        Tag tr = new Tag("TR", table);
        int color = profile.theme().text();
        for (int c = 0; c < columns; c++) {
            TextFlow flow = TextFlow.of(c < cells.size() ? cells.get(c) : List.of(), false, notes);
            Tag td = new Tag("TD", tr);
            if (flow.text().isBlank()) {
                cursor.add(new Drawing.Empty(td));
                continue;
            }
            setter.place(setter.set(flow, body, false, 0, ctx.width(), false), td, ctx.left(), true);
            cursor.down(body * 0.3f);
        }
        cursor.ensureRoom(1);
        cursor.add(new Drawing.Rule(ctx.left(), cursor.y(), ctx.right(), cursor.y(), 1f, color));
        cursor.down(body * 0.3f);
    }

    private float rowHeight(List<List<Inline>> cells, float[] widths, boolean header, LinkNotes notes) {
        float h = body * lineSpacing;
        for (int c = 0; c < cells.size() && c < widths.length; c++) {
            h = Math.max(h, setter.set(TextFlow.of(cells.get(c), header, notes), body, false, 0, widths[c] - 2 * pad,
                    false).height(lineSpacing));
        }
        return h + 2 * pad;
    }

    /** One table row; {@code table} null draws it as an artifact (a header repeated after a page break). */
    private void row(List<List<Inline>> cells, float[] widths, boolean header, Tag table, BlockContext ctx,
                     java.util.function.IntFunction<Block.Alignment> align, LinkNotes notes) {
        float h = rowHeight(cells, widths, header, notes.copy());
        cursor.ensureRoom(h);
        Tag tr = table == null ? null : new Tag("TR", table);
        float rowTop = cursor.y();
        float x = ctx.left();
        int color = profile.theme().text();
        for (int c = 0; c < widths.length; c++) {
            List<Inline> cell = c < cells.size() ? cells.get(c) : List.of();
            Tag cellTag = tr == null ? null
                    : header ? new Tag("TH", tr, null, null, "Column") : new Tag("TD", tr);
            cursor.moveTo(rowTop - pad);
            TextFlow flow = TextFlow.of(cell, header, notes);
            if (flow.text().isBlank() && cellTag != null) {
                cursor.add(new Drawing.Empty(cellTag));
            }
            setter.emit(setter.set(flow, body, false, 0, widths[c] - 2 * pad, false).aligned(align.apply(c)), cellTag,
                    x + pad, false);
            cursor.add(new Drawing.Rule(x, rowTop, x, rowTop - h, 1f, color));
            x += widths[c];
        }
        cursor.add(new Drawing.Rule(x, rowTop, x, rowTop - h, 1f, color));
        cursor.add(new Drawing.Rule(ctx.left(), rowTop, x, rowTop, header ? 2f : 1f, color));
        cursor.add(new Drawing.Rule(ctx.left(), rowTop - h, x, rowTop - h, header ? 2f : 1f, color));
        cursor.moveTo(rowTop - h);
    }
}
