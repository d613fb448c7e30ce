package org.accesspub.write.pdf;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.style.LargePrintProfile;

/**
 * Lays out a table: columns as wide as their content when all fit (else shared in proportion), a bold
 * header row kept with the first row and repeated as an artifact after a page break, and a row too
 * tall for a page set cell after cell at full width. Tagged Table, TR, TH (Scope Column) and TD.
 */
final class TableLayout {
    private final LargePrintProfile profile;
    private final PageCursor cursor;
    private final TextSetter setter;
    private final float body;
    private final float lineSpacing;
    private final float pad;

    TableLayout(LargePrintProfile profile, PageCursor cursor, TextSetter setter) {
        this.profile = profile;
        this.cursor = cursor;
        this.setter = setter;
        this.body = (float) profile.bodyPt();
        this.lineSpacing = (float) profile.lineSpacing();
        this.pad = body * 0.3f;
    }

    void table(Block.Table table, BlockContext ctx) {
        int columns = table.columns();
        if (columns == 0) {
            return;
        }
        float total = ctx.width();
        float[] natural = new float[columns];
        List<List<List<Inline>>> all = new ArrayList<>();
        if (!table.header().isEmpty()) {
            all.add(table.header());
        }
        all.addAll(table.rows());
        for (List<List<Inline>> row : all) {
            for (int c = 0; c < row.size(); c++) {
                float w = setter.width(Blocks.plainText(row.get(c)), body) + 2 * pad;
                natural[c] = Math.max(natural[c], Math.min(w, total));
            }
        }
        float[] widths = columnWidths(natural, total, body * 3);
        Tag tableTag = new Tag("Table", ctx.parent());
        boolean hasHeader = !table.header().isEmpty();
        if (hasHeader) {
            // The header row never stands alone at the foot of a page.
            float first = table.rows().isEmpty() ? 0 : rowHeight(table.rows().get(0), widths, false);
            cursor.ensureRoom(rowHeight(table.header(), widths, true) + first);
            row(table.header(), widths, true, tableTag, ctx, table::alignment);
        }
        for (List<List<Inline>> row : table.rows()) {
            float h = rowHeight(row, widths, false);
            if (h > cursor.top() - cursor.bottom() - body * lineSpacing * 2) {
                tallRow(row, columns, tableTag, ctx);
                continue;
            }
            if (cursor.overflows(h + 0.5f) && !cursor.atTop()) {
                cursor.newPage();
                if (hasHeader) {
                    row(table.header(), widths, true, null, ctx, table::alignment); // repeated header: an artifact
                }
            }
            row(row, widths, false, tableTag, ctx, table::alignment);
        }
        cursor.down(ctx.paragraphSpace());
    }

    /**
     * A row too tall for one page even with the header (a long passage in a cell): its cells follow one
     * another at full width, breaking across pages, still tagged as one row of the table.
     */
    private void tallRow(List<List<Inline>> cells, int columns, Tag table, BlockContext ctx) {
        Tag tr = new Tag("TR", table);
        int color = profile.theme().text();
        for (int c = 0; c < columns; c++) {
            TextFlow flow = TextFlow.of(c < cells.size() ? cells.get(c) : List.of(), false);
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

    /** Columns as wide as their content when all fit, else shared out in proportion, none narrower than min. */
    private static float[] columnWidths(float[] natural, float total, float min) {
        float sum = 0;
        for (float n : natural) {
            sum += Math.max(n, min);
        }
        float[] w = new float[natural.length];
        for (int c = 0; c < w.length; c++) {
            w[c] = Math.max(natural[c], min) * total / sum;
        }
        return w;
    }

    private float rowHeight(List<List<Inline>> cells, float[] widths, boolean header) {
        float h = body * lineSpacing;
        for (int c = 0; c < cells.size() && c < widths.length; c++) {
            h = Math.max(h, setter.set(TextFlow.of(cells.get(c), header), body, false, 0, widths[c] - 2 * pad, false)
                    .height(lineSpacing));
        }
        return h + 2 * pad;
    }

    /** One table row; {@code table} null draws it as an artifact (a header repeated after a page break). */
    private void row(List<List<Inline>> cells, float[] widths, boolean header, Tag table, BlockContext ctx,
                     java.util.function.IntFunction<Block.Alignment> align) {
        float h = rowHeight(cells, widths, header);
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
            TextFlow flow = TextFlow.of(cell, header);
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
