package org.accesspub.write.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.accesspub.Warnings;
import org.accesspub.fonts.FontChain;
import org.accesspub.fonts.FontFace;
import org.accesspub.lang.LanguageRuns;
import org.accesspub.lang.Languages;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.style.LargePrintProfile;

/**
 * Decides what goes on which page: lines broken by {@link LineBreaker}, blocks stacked in one column
 * with the profile's sizes and spacing, each piece of text tied to its structure {@link Tag}. It draws
 * nothing itself; {@link PdfRenderer} turns the pages into PDF.
 */
final class PageLayout {
    /** One page: what to draw, in reading order. */
    record Page(List<Drawing> items) {
    }

    /**
     * A text broken into lines, measured but not yet placed; {@code align} places each line in its
     * width (table columns); {@code marked} draws a continuation mark before every line but the first
     * (wrapped code).
     */
    private record Setting(TextFlow flow, float[] advances, FontFace[] faces, List<LineBreaker.Line> lines,
                           float size, boolean justify, float indent, float width, Block.Alignment align,
                           boolean marked) {
        float height(float lineSpacing) {
            return lines.size() * size * lineSpacing;
        }

        Setting aligned(Block.Alignment a) {
            return new Setting(flow, advances, faces, lines, size, justify, indent, width, a, marked);
        }

        Setting withMarks() {
            return new Setting(flow, advances, faces, lines, size, justify, indent, width, align, true);
        }
    }

    private final LargePrintProfile profile;
    private final FontChain fonts;
    private final Resources resources;
    private final Warnings warnings;
    private final Path imageBase;
    private final String language;
    private final Labels labels;
    private final float top;
    private final float bottom;
    private final float body;
    private final float lineSpacing;

    private final List<Page> pages = new ArrayList<>();
    private List<Drawing> items;
    private float y;
    private float left;
    private float right;
    private Tag parent;
    private boolean indentChinese = true;
    private float paragraphSpace;
    private int headingShift;
    private boolean latinLabels;

    PageLayout(LargePrintProfile profile, FontChain fonts, Resources resources, Warnings warnings, Path imageBase,
               String language) {
        this.profile = profile;
        this.fonts = fonts;
        this.resources = resources;
        this.warnings = warnings;
        this.imageBase = imageBase;
        this.language = language;
        this.labels = new Labels(Languages.isChinese(language));
        float margin = (float) profile.marginPt();
        this.body = (float) profile.bodyPt();
        this.lineSpacing = (float) profile.lineSpacing();
        this.top = (float) profile.page().heightPt() - margin;
        // The page number sits inside the margin box, one body line above the bottom margin.
        this.bottom = margin + body * lineSpacing;
        this.left = margin;
        this.right = (float) profile.page().widthPt() - margin;
        this.paragraphSpace = (float) profile.paragraphSpacingPt();
    }

    List<Page> layout(Article article) {
        newPage();
        Tag document = new Tag("Document", null);
        parent = document;
        headingShift = article.blocks().stream().anyMatch(b -> b instanceof Block.Heading h && h.level() == 1) ? 1 : 0;
        String title = article.metadata().title();
        if (title != null && !title.isBlank()) {
            Tag h1 = new Tag("H1", document);
            items.add(new Drawing.Bookmark(1, title.strip(), y));
            place(set(TextFlow.plain(title.strip(), true), (float) profile.titlePt(), false, 0, right - left), h1,
                    true);
            y -= body * 0.5f;
        }
        if (article.metadata().subtitle() != null && !article.metadata().subtitle().isBlank()) {
            place(set(TextFlow.plain(article.metadata().subtitle().strip(), false), (float) profile.headingPt(3),
                    false, 0, right - left), new Tag("P", document), true);
        }
        List<String> parts = labels.dateAndSource(article.metadata());
        if (!parts.isEmpty()) {
            // One line when it fits; else one part a line, so that 来源 is never split from its source.
            String line = String.join(" · ", parts);
            TextFlow flow = width(line, body) <= right - left ? TextFlow.plain(line, false)
                    : TextFlow.of(withBreaks(parts), false);
            place(set(flow, body, false, 0, right - left), new Tag("P", document), true);
        }
        y -= paragraphSpace * 1.5f;
        blocks(article.blocks());
        numberPages();
        return pages;
    }

    private static List<Inline> withBreaks(List<String> parts) {
        List<Inline> out = new ArrayList<>();
        for (String p : parts) {
            if (!out.isEmpty()) {
                out.add(new Inline.LineBreak());
            }
            out.add(new Inline.Text(p));
        }
        return out;
    }

    private void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            b.accept(visitor);
        }
    }

    private final Block.Visitor<Void> visitor = new Block.Visitor<>() {
        public Void visit(Block.Heading h) {
            int level = Math.min(6, h.level() + headingShift);
            float size = (float) profile.headingPt(level);
            TextFlow flow = TextFlow.of(h.content(), true);
            if (flow.text().isBlank()) {
                return null;
            }
            Setting s = set(flow, size, false, 0, right - left);
            if (!atTop()) {
                y -= (float) profile.headingSpaceBeforePt();
            }
            // Keep the heading with what follows it: two lines of text, or a table's header and first row.
            ensureRoom(s.height(lineSpacing) + 3 * body * lineSpacing);
            items.add(new Drawing.Bookmark(level, Blocks.plainText(h.content()).strip(), y));
            place(s, new Tag("H" + level, parent), true);
            y -= body * 0.4f;
            return null;
        }

        public Void visit(Block.Paragraph p) {
            TextFlow flow = TextFlow.of(p.content(), false);
            if (flow.text().isBlank()) {
                return null;
            }
            boolean chinese = Languages.detect(flow.text()).startsWith("zh");
            float indent = chinese && indentChinese ? 2 * body : 0;
            place(set(flow, body, chinese, indent, right - left), new Tag("P", parent), true);
            y -= paragraphSpace;
            return null;
        }

        public Void visit(Block.BulletList l) {
            list(l.items(), i -> "•");
            return null;
        }

        public Void visit(Block.OrderedList l) {
            list(l.items(), i -> (l.start() + i) + ".");
            return null;
        }

        public Void visit(Block.BlockQuote q) {
            Tag quote = new Tag("BlockQuote", parent);
            float indent = body * 1.5f;
            int firstPage = pages.size() - 1;
            float startY = y;
            nested(quote, indent, indentChinese, () -> blocks(q.blocks()));
            sideRule(firstPage, startY, left + body * 0.5f);
            return null;
        }

        public Void visit(Block.Image image) {
            image(image);
            return null;
        }

        public Void visit(Block.Table table) {
            table(table);
            return null;
        }

        public Void visit(Block.CodeBlock code) {
            codeBlock(code);
            return null;
        }

        public Void visit(Block.ThematicBreak b) {
            ensureRoom(body * lineSpacing);
            float mid = (left + right) / 2;
            float ry = y - body * lineSpacing / 2;
            items.add(new Drawing.Rule(mid - (right - left) / 6, ry, mid + (right - left) / 6, ry, 1f,
                    profile.theme().text()));
            y -= body * lineSpacing;
            return null;
        }

        public Void visit(Block.LineBlock l) {
            lineBlock(l);
            return null;
        }

        public Void visit(Block.DefinitionList d) {
            definitions(d);
            return null;
        }

        public Void visit(Block.Admonition a) {
            admonition(a);
            return null;
        }
    };

    /**
     * Code in Atkinson Hyperlegible Mono at body size, inside a frame drawn in the text colour (so it
     * has the theme's own contrast), every source line on a line of its own. A line longer than the
     * measure wraps, and each continuation starts with a hooked arrow (↳, drawn as an artifact: no
     * bundled font has ↪) in a hanging indent, so it cannot be taken for a new line. Tagged P > Code.
     */
    private void codeBlock(Block.CodeBlock code) {
        Tag p = new Tag("P", parent);
        Tag tag = new Tag("Code", p);
        float pad = body * 0.5f;
        float mark = body * 1.2f;
        String[] lines = code.code().replace("\r", "").stripTrailing().split("\n", -1);
        ensureRoom(body * lineSpacing * Math.min(2, lines.length) + 2 * pad);
        int firstPage = pages.size() - 1;
        float startY = y;
        y -= pad;
        nested(p, pad + mark, false, () -> {
            for (String line : lines) {
                String text = line.replace("\t", "    ");
                if (text.isBlank()) {
                    ensureRoom(body * lineSpacing);
                    y -= body * lineSpacing;
                    continue;
                }
                place(set(TextFlow.code(text), body, false, -mark, right - left - pad).withMarks(), tag, true);
            }
        });
        y -= pad;
        frame(firstPage, startY);
        y -= paragraphSpace;
    }

    /**
     * Lines kept as written (verse, addresses), tagged as a Div of one P per line: each starts on a
     * new line, a line too long for the measure continues with a hanging indent, nothing is justified.
     */
    private void lineBlock(Block.LineBlock block) {
        Tag div = new Tag("Div", parent);
        float hang = body * 2;
        nested(div, hang, false, () -> {
            for (List<Inline> line : block.lines()) {
                TextFlow flow = TextFlow.of(line, false);
                if (flow.text().isBlank()) {
                    y -= body * lineSpacing * 0.5f; // a blank line between stanzas
                    continue;
                }
                place(set(flow, body, false, -hang, right - left), new Tag("P", parent), true);
            }
        });
        y -= paragraphSpace;
    }

    /** Each term in bold, its definition indented below it; tagged L / LI / Lbl (term) / LBody (definition). */
    private void definitions(Block.DefinitionList list) {
        Tag l = new Tag("L", parent);
        float savedSpace = paragraphSpace;
        for (Block.Definition d : list.items()) {
            Tag item = new Tag("LI", l);
            TextFlow term = TextFlow.of(d.term(), true);
            if (!term.text().isBlank()) {
                Setting s = set(term, body, false, 0, right - left);
                ensureRoom(s.height(lineSpacing) + body * lineSpacing); // the term stays with its definition
                place(s, new Tag("Lbl", item), true);
            }
            paragraphSpace = savedSpace * 0.5f;
            nested(new Tag("LBody", item), body * 2, false, () -> blocks(d.definition()));
            paragraphSpace = savedSpace;
        }
        y -= paragraphSpace * 0.5f;
    }

    /** A note, tip or warning: a bold label line, then its blocks, with a rule down the side; tagged Div. */
    private void admonition(Block.Admonition a) {
        Tag div = new Tag("Div", parent);
        int firstPage = pages.size() - 1;
        float startY = y;
        nested(div, body * 1.5f, false, () -> {
            String label = labels.admonition(a);
            Setting s = set(TextFlow.plain(label, true), body, false, 0, right - left);
            ensureRoom(s.height(lineSpacing) + body * lineSpacing);
            place(s, new Tag("P", div), true);
            blocks(a.blocks());
        });
        sideRule(firstPage, startY, left + body * 0.5f);
    }

    private void list(List<Block.ListItem> listItems, IntFunction<String> label) {
        Tag list = new Tag("L", parent);
        float labelWidth = body * 1.5f;
        for (int i = 0; i < listItems.size(); i++) {
            labelWidth = Math.max(labelWidth, width(label.apply(i), body) + body * 0.6f);
        }
        float savedSpace = paragraphSpace;
        paragraphSpace = savedSpace * 0.5f;
        for (int i = 0; i < listItems.size(); i++) {
            Tag item = new Tag("LI", list);
            ensureRoom(body * lineSpacing);
            float lineTop = y;
            latinLabels = true; // Atkinson's round bullet, not Noto's small full-width dot
            place(set(TextFlow.plain(label.apply(i), false), body, false, 0, labelWidth), new Tag("Lbl", item), false);
            latinLabels = false;
            y = lineTop;
            Tag lbody = new Tag("LBody", item);
            List<Block> content = listItems.get(i).blocks();
            nested(lbody, labelWidth, false, () -> blocks(content));
        }
        paragraphSpace = savedSpace;
        y -= paragraphSpace * 0.5f;
    }

    /** Lays out {@code content} under {@code tag}, indented by {@code indent} from the current left edge. */
    private void nested(Tag tag, float indent, boolean chineseIndent, Runnable content) {
        Tag savedParent = parent;
        boolean savedIndent = indentChinese;
        parent = tag;
        left += indent;
        indentChinese = chineseIndent;
        try {
            content.run();
        } finally {
            left -= indent;
            parent = savedParent;
            indentChinese = savedIndent;
        }
    }

    /** A vertical rule at x beside everything laid out since (firstPage, startY), page by page. */
    private void sideRule(int firstPage, float startY, float x) {
        int last = pages.size() - 1;
        for (int p = firstPage; p <= last; p++) {
            float from = p == firstPage ? startY : top;
            float to = p == last ? y + paragraphSpace : bottom;
            if (from - to > 1) {
                pages.get(p).items().add(new Drawing.Rule(x, from, x, to, 2f, profile.theme().text()));
            }
        }
    }

    private void image(Block.Image image) {
        String src = image.src();
        Path file = null;
        float[] size = null;
        if (!src.matches("(?i)^[a-z][a-z0-9+.-]*://.*") && !src.startsWith("data:")) {
            String local = src.startsWith("file:") ? src.replaceFirst("^file:(//)?", "") : src;
            file = imageBase.resolve(local).normalize();
            size = resources.imageSize(file);
        }
        if (size == null) {
            warnings.missingImage(src, imageBase);
            int firstPage = pages.size() - 1;
            float startY = y;
            nested(parent, body * 0.5f, false, () -> {
                y -= body * 0.3f;
                place(set(TextFlow.plain(labels.missingImage(image.alt(), src), false), body, false, 0,
                        right - left - body * 0.5f), new Tag("P", parent), true);
                y -= body * 0.3f;
            });
            frame(firstPage, startY);
        } else {
            float w = Math.min(size[0], right - left);
            float h = size[1] * w / size[0];
            float maxH = (top - bottom) * 0.75f;
            if (h > maxH) {
                w = w * maxH / h;
                h = maxH;
            }
            ensureRoom(h);
            Tag figure = image.alt().isBlank() ? null : new Tag("Figure", parent, null, image.alt().strip(), null);
            items.add(new Drawing.Picture(figure, file, left, y - h, w, h));
            y -= h + body * 0.3f;
        }
        if (image.caption() != null && !image.caption().isBlank()) {
            place(set(TextFlow.plain(image.caption().strip(), false), body, false, 0, right - left),
                    new Tag("P", parent), true);
        }
        y -= paragraphSpace;
    }

    /** A frame around everything laid out since (firstPage, startY), page by page. */
    private void frame(int firstPage, float startY) {
        int last = pages.size() - 1;
        int color = profile.theme().text();
        for (int p = firstPage; p <= last; p++) {
            float from = p == firstPage ? startY : top;
            float to = p == last ? y : bottom;
            List<Drawing> page = pages.get(p).items();
            page.add(new Drawing.Rule(left, from, right, from, 1.5f, color));
            page.add(new Drawing.Rule(left, to, right, to, 1.5f, color));
            page.add(new Drawing.Rule(left, from, left, to, 1.5f, color));
            page.add(new Drawing.Rule(right, from, right, to, 1.5f, color));
        }
    }

    private void table(Block.Table table) {
        int columns = table.columns();
        if (columns == 0) {
            return;
        }
        float pad = body * 0.3f;
        float total = right - left;
        float[] natural = new float[columns];
        List<List<List<Inline>>> all = new ArrayList<>();
        if (!table.header().isEmpty()) {
            all.add(table.header());
        }
        all.addAll(table.rows());
        for (List<List<Inline>> row : all) {
            for (int c = 0; c < row.size(); c++) {
                float w = width(Blocks.plainText(row.get(c)), body) + 2 * pad;
                natural[c] = Math.max(natural[c], Math.min(w, total));
            }
        }
        float[] widths = columnWidths(natural, total, body * 3);
        Tag tableTag = new Tag("Table", parent);
        boolean hasHeader = !table.header().isEmpty();
        if (hasHeader) {
            // The header row never stands alone at the foot of a page.
            float first = table.rows().isEmpty() ? 0 : rowHeight(table.rows().get(0), widths, pad, false);
            ensureRoom(rowHeight(table.header(), widths, pad, true) + first);
            row(table.header(), widths, pad, true, tableTag, table::alignment);
        }
        for (List<List<Inline>> row : table.rows()) {
            float h = rowHeight(row, widths, pad, false);
            if (h > top - bottom - body * lineSpacing * 2) {
                tallRow(row, columns, tableTag);
                continue;
            }
            if (y - h < bottom && !atTop()) {
                newPage();
                if (hasHeader) {
                    row(table.header(), widths, pad, true, null, table::alignment); // repeated header: an artifact
                }
            }
            row(row, widths, pad, false, tableTag, table::alignment);
        }
        y -= paragraphSpace;
    }

    /**
     * A row too tall for one page even with the header (a long passage in a cell): its cells follow one
     * another at full width, breaking across pages, still tagged as one row of the table.
     */
    private void tallRow(List<List<Inline>> cells, int columns, Tag table) {
        Tag tr = new Tag("TR", table);
        int color = profile.theme().text();
        for (int c = 0; c < columns; c++) {
            TextFlow flow = TextFlow.of(c < cells.size() ? cells.get(c) : List.of(), false);
            Tag td = new Tag("TD", tr);
            if (flow.text().isBlank()) {
                items.add(new Drawing.Empty(td));
                continue;
            }
            place(set(flow, body, false, 0, right - left), td, true);
            y -= body * 0.3f;
        }
        ensureRoom(1);
        items.add(new Drawing.Rule(left, y, right, y, 1f, color));
        y -= body * 0.3f;
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

    private float rowHeight(List<List<Inline>> cells, float[] widths, float pad, boolean header) {
        float h = body * lineSpacing;
        for (int c = 0; c < cells.size() && c < widths.length; c++) {
            h = Math.max(h, set(TextFlow.of(cells.get(c), header), body, false, 0, widths[c] - 2 * pad)
                    .height(lineSpacing));
        }
        return h + 2 * pad;
    }

    /** One table row; {@code table} null draws it as an artifact (a header repeated after a page break). */
    private void row(List<List<Inline>> cells, float[] widths, float pad, boolean header, Tag table,
                     java.util.function.IntFunction<Block.Alignment> align) {
        float h = rowHeight(cells, widths, pad, header);
        ensureRoom(h);
        Tag tr = table == null ? null : new Tag("TR", table);
        float rowTop = y;
        float x = left;
        int color = profile.theme().text();
        for (int c = 0; c < widths.length; c++) {
            List<Inline> cell = c < cells.size() ? cells.get(c) : List.of();
            Tag cellTag = tr == null ? null
                    : header ? new Tag("TH", tr, null, null, "Column") : new Tag("TD", tr);
            y = rowTop - pad;
            float savedLeft = left;
            left = x + pad;
            TextFlow flow = TextFlow.of(cell, header);
            if (flow.text().isBlank() && cellTag != null) {
                items.add(new Drawing.Empty(cellTag));
            }
            emit(set(flow, body, false, 0, widths[c] - 2 * pad).aligned(align.apply(c)), cellTag, false);
            left = savedLeft;
            items.add(new Drawing.Rule(x, rowTop, x, rowTop - h, 1f, color));
            x += widths[c];
        }
        items.add(new Drawing.Rule(x, rowTop, x, rowTop - h, 1f, color));
        items.add(new Drawing.Rule(left, rowTop, x, rowTop, header ? 2f : 1f, color));
        items.add(new Drawing.Rule(left, rowTop - h, x, rowTop - h, header ? 2f : 1f, color));
        y = rowTop - h;
    }

    private void numberPages() {
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            items = pages.get(i).items();
            String label = labels.page(i + 1, n);
            float w = width(label, body);
            y = bottom;
            float savedLeft = left;
            left = ((float) profile.page().widthPt() - w) / 2;
            emit(set(TextFlow.plain(label, false), body, false, 0, w + 1), null, false);
            left = savedLeft;
        }
    }

    // ---- text ------------------------------------------------------------------------------------------

    /** Measures a flow and breaks it into lines of the given width. */
    private Setting set(TextFlow flow, float size, boolean justify, float indent, float width) {
        String text = flow.text();
        float[] advances = new float[text.length()];
        FontFace[] faces = new FontFace[text.length()];
        boolean chinese = justify || (Languages.isChinese(language) && !latinLabels);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp != '\n') {
                TextFlow.Span span = flow.spanAt(i);
                boolean bold = span.bold();
                FontFace face = span.mono() ? fonts.monoFaceFor(cp, bold) : fonts.faceFor(cp, bold, chinese);
                if (face == null) {
                    face = fonts.faces(bold).get(fonts.faces(bold).size() - 1); // reported by reportUncovered
                }
                faces[i] = face;
                advances[i] = resources.advance(face, cp, size);
            }
            i += Character.charCount(cp);
        }
        // 先挤进: closing punctuation may overflow by up to half an em and the line is compressed.
        List<LineBreaker.Line> lines = LineBreaker.lines(text, advances, width - indent, width, justify ? size * 0.5f : 0);
        return new Setting(flow, advances, faces, lines, size, justify, indent, width, Block.Alignment.DEFAULT, false);
    }

    /** Places a set text at the current position, breaking pages between lines if {@code breakPages}. */
    private void place(Setting s, Tag tag, boolean breakPages) {
        if (breakPages) {
            // No first line of a paragraph alone at the foot of a page.
            ensureRoom(s.size() * lineSpacing * Math.min(2, s.lines().size()));
        }
        emit(s, tag, breakPages);
    }

    private void emit(Setting s, Tag tag, boolean breakPages) {
        String text = s.flow().text();
        Tag[] runTags = childTags(s.flow(), tag);
        float lineHeight = s.size() * lineSpacing;
        for (int n = 0; n < s.lines().size(); n++) {
            LineBreaker.Line line = s.lines().get(n);
            boolean lastFitsNotHere = n == s.lines().size() - 2 && n > 1 && y - 2 * lineHeight < bottom - 0.5f;
            if (breakPages && (y - lineHeight < bottom - 0.5f || lastFitsNotHere)) {
                newPage(); // and no last line alone at the head of the next one
            }
            float room = n == 0 ? s.width() - s.indent() : s.width();
            float natural = 0;
            int glyphs = 0;
            for (int i = line.start(); i < line.end(); i++) {
                natural += s.advances()[i];
                if (!Character.isLowSurrogate(text.charAt(i))) {
                    glyphs++;
                }
            }
            float spacing = 0;
            if (glyphs > 1 && natural > room) {
                spacing = (room - natural) / (glyphs - 1);
            } else if (glyphs > 1 && s.justify() && !line.last()) {
                spacing = (room - natural) / (glyphs - 1);
                if (spacing > s.size() * 0.25f) {
                    spacing = 0; // a line ended early by a long Latin word stays ragged rather than gappy
                }
            }
            float baseline = y - (lineHeight - s.size()) / 2 - s.size() * 0.86f;
            float x = left + (n == 0 ? s.indent() : 0);
            if (natural < room && (s.align() == Block.Alignment.RIGHT || s.align() == Block.Alignment.CENTER)) {
                x += s.align() == Block.Alignment.RIGHT ? room - natural : (room - natural) / 2;
            }
            if (s.marked() && n > 0) {
                continuationMark(left + s.indent(), baseline, s.size());
            }
            int i = line.start();
            while (i < line.end()) {
                int end = runEnd(s, runTags, i, line.end());
                TextFlow.Span span = s.flow().spanAt(i);
                String run = text.substring(i, end);
                float w = 0;
                for (int k = i; k < end; k++) {
                    w += s.advances()[k] + (Character.isLowSurrogate(text.charAt(k)) ? 0 : spacing);
                }
                int color = span.link() ? profile.theme().link() : profile.theme().text();
                items.add(new Drawing.Text(runTags[i] == null ? tag : runTags[i], x, baseline, s.faces()[i], s.size(),
                        spacing, color, run, span.bold() && !s.faces()[i].bold()));
                if (span.link()) {
                    float uy = baseline - s.size() * 0.14f;
                    items.add(new Drawing.Rule(x, uy, x + w - spacing, uy, Math.max(1f, s.size() * 0.06f), color));
                    Tag linkTag = runTags[i];
                    if (linkTag != null && linkTag.role.equals("Link")) {
                        items.add(new Drawing.LinkArea(linkTag, span.href(), linkText(s.flow(), span), x,
                                baseline - s.size() * 0.3f, x + w - spacing, baseline + s.size()));
                    }
                }
                x += w;
                i = end;
            }
            y -= lineHeight;
        }
    }

    /** A hooked arrow ↳ in the hanging indent of a wrapped code line: an artifact, drawn with rules. */
    private void continuationMark(float x, float baseline, float size) {
        int color = profile.theme().text();
        float w = Math.max(1f, size * 0.08f);
        float x0 = x + size * 0.25f;
        float x1 = x + size * 0.95f;
        float top = baseline + size * 0.7f;
        float mid = baseline + size * 0.3f;
        float head = size * 0.22f;
        items.add(new Drawing.Rule(x0, top, x0, mid, w, color));
        items.add(new Drawing.Rule(x0, mid, x1, mid, w, color));
        items.add(new Drawing.Rule(x1 - head, mid + head, x1, mid, w, color));
        items.add(new Drawing.Rule(x1 - head, mid - head, x1, mid, w, color));
    }

    /** The end of the run starting at i: same face, same style, same structure tag. */
    private static int runEnd(Setting s, Tag[] tags, int i, int lineEnd) {
        String text = s.flow().text();
        TextFlow.Span span = s.flow().spanAt(i);
        int k = i + Character.charCount(text.codePointAt(i));
        while (k < lineEnd && s.faces()[k] == s.faces()[i] && tags[k] == tags[i] && s.flow().spanAt(k) == span) {
            k += Character.charCount(text.codePointAt(k));
        }
        return k;
    }

    /**
     * Child elements for the parts of a text that need their own: each link becomes a Link (with its
     * annotation), and a passage in another language than the article a Span with /Lang, so a screen
     * reader switches voice. When a text has any, all of it goes into children: OpenPDF's structure
     * elements cannot hold both content and children. Null entries mean the tag itself.
     */
    private Tag[] childTags(TextFlow flow, Tag tag) {
        String text = flow.text();
        Tag[] tags = new Tag[text.length()];
        if (tag == null) {
            return tags;
        }
        List<LanguageRuns.Run> runs = LanguageRuns.split(text, language);
        boolean links = flow.spans().stream().anyMatch(TextFlow.Span::link);
        if (!links && runs.size() == 1 && runs.get(0).language().equals(language)) {
            return tags;
        }
        int at = 0;
        for (LanguageRuns.Run run : runs) {
            boolean other = !run.language().equals(language);
            Tag span = new Tag("Span", tag, other ? run.language() : null, null, null);
            java.util.Arrays.fill(tags, at, at + run.text().length(), span);
            at += run.text().length();
        }
        for (TextFlow.Span span : flow.spans()) {
            if (span.link()) {
                String lang = tags[span.start()].lang;
                java.util.Arrays.fill(tags, span.start(), span.end(), new Tag("Link", tag, lang, null, null));
            }
        }
        return tags;
    }

    /** What a link annotation says: the link text and where it goes. */
    private static String linkText(TextFlow flow, TextFlow.Span span) {
        return flow.text().substring(span.start(), span.end()).strip() + " (" + span.href() + ")";
    }

    private float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            FontFace face = fonts.faceFor(cp, false, Languages.isChinese(language));
            if (face != null) {
                w += resources.advance(face, cp, size);
            }
            i += Character.charCount(cp);
        }
        return w;
    }

    // ---- pages -----------------------------------------------------------------------------------------

    private void newPage() {
        items = new ArrayList<>();
        pages.add(new Page(items));
        y = top;
    }

    private boolean atTop() {
        return y >= top - 0.5f;
    }

    private void ensureRoom(float height) {
        if (y - height < bottom - 0.5f && !atTop()) {
            newPage();
        }
    }
}
