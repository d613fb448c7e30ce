package org.accesspub.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.accesspub.fonts.FontChain;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.prepare.ImageAsset;
import org.accesspub.prepare.ParagraphStyle;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.write.RenderContext;

/**
 * Decides what goes on which page: the title, the metadata line and the blocks of the prepared
 * document stacked in one column with the profile's sizes and spacing. Text is set by
 * {@link TextSetter}, tables by {@link TableLayout}; the {@link PageCursor} holds the position, and each
 * block is laid out in an immutable {@link BlockContext}. It draws nothing itself; {@link PdfRenderer}
 * turns the pages into PDF.
 */
final class PageLayout {
    /** One page: what to draw, in reading order. */
    record Page(List<Drawing> items) {
    }

    private final LargePrintProfile profile;
    private final PreparedDocument document;
    private final RenderContext.StopCheck stop;
    private final Resources resources;
    private final PageCursor cursor;
    private final TextSetter setter;
    private final TableLayout tables;
    private final float body;
    private final float lineSpacing;
    private final float margin;
    /** Footnotes read since the last heading, printed before the next one (the end of their section). */
    private final List<Pending> notes = new ArrayList<>();

    /** A note waiting for the end of its section, with the page its reference was printed on. */
    private record Pending(Block.Note note, int page) {
    }

    PageLayout(LargePrintProfile profile, FontChain fonts, Resources resources, PreparedDocument document,
               RenderContext.StopCheck stop) {
        this.stop = stop;
        this.profile = profile;
        this.document = document;
        this.resources = resources;
        this.margin = (float) profile.marginPt();
        this.body = (float) profile.bodyPt();
        this.lineSpacing = (float) profile.lineSpacing();
        // The page number sits in the bottom margin, its line ending half a margin above the page's edge,
        // as a word processor sets a footer (the DOCX's): the text goes down to the margin, or to the
        // page number's line when a large size makes it taller than half the margin.
        this.cursor = new PageCursor((float) profile.page().heightPt() - margin, textBottom());
        this.setter = new TextSetter(profile, fonts, resources, document, cursor);
        this.tables = new TableLayout(profile, cursor, setter, document.terms());
    }

    /** Lays out the whole document; {@code stop} is checked before each of the article's blocks. */
    List<Page> layout() throws IOException {
        BlockContext root = new BlockContext(new Tag("Document", null), margin,
                (float) profile.page().widthPt() - margin, (float) profile.paragraphSpacingPt(), false);
        PreparedDocument.OutlineEntry titleEntry = document.titleEntry();
        String title = titleEntry.text();
        cursor.add(new Drawing.Bookmark(titleEntry.level(), title, cursor.y()));
        text(TextFlow.plain(title, true), (float) profile.titlePt(), new Tag("H1", root.parent()), root);
        cursor.down(body * 0.5f);
        String subtitle = document.info().subtitle();
        if (subtitle != null) {
            text(TextFlow.plain(subtitle, false), (float) profile.headingPt(3), new Tag("P", root.parent()), root);
        }
        List<String> parts = document.metadataLine();
        if (!parts.isEmpty()) {
            // One line when it fits; else one part a line, so that 来源 is never split from its source.
            String line = String.join(" · ", parts);
            TextFlow flow = setter.width(line, body) <= root.width() ? TextFlow.plain(line, false)
                    : TextFlow.of(withBreaks(parts), false);
            text(flow, body, new Tag("P", root.parent()), root);
        }
        cursor.down(root.paragraphSpace() * 1.5f);
        Blocks top = new Blocks(root);
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            stop.check();
            top.one(blocks, i);
        }
        top.flushNotes();
        numberPages();
        return cursor.pages();
    }

    /** A text set flush at the context's left edge, breaking across pages. */
    private void text(TextFlow flow, float size, Tag tag, BlockContext ctx) {
        setter.place(setter.set(flow, size, false, 0, ctx.width(), ctx.latinLabels()), tag, ctx.left(), true);
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

    /** Lays out blocks in one context; a nested block gets a new instance with its own context. */
    private final class Blocks implements Block.Visitor<Void> {
        private final BlockContext ctx;

        Blocks(BlockContext ctx) {
            this.ctx = ctx;
        }

        void all(List<Block> blocks) {
            for (int i = 0; i < blocks.size(); i++) {
                one(blocks, i);
            }
        }

        /** The {@code i}th of these blocks, kept with what follows it where it must be. */
        void one(List<Block> blocks, int i) {
            if (i + 2 < blocks.size() && blocks.get(i) instanceof Block.Heading h
                    && org.accesspub.write.Keeps.introduces(blocks.get(i + 1), blocks.get(i + 2))) {
                keepHeadingWithIntroduction(h, (Block.Paragraph) blocks.get(i + 1));
            }
            if (i + 1 < blocks.size()) {
                keepWithNext(blocks.get(i), blocks.get(i + 1));
            }
            blocks.get(i).accept(this);
        }

        /** A footnote waits for the end of its section. */
        @Override
        public Void visit(Block.Note n) {
            notes.add(new Pending(n, cursor.page()));
            return null;
        }

        /**
         * The section's footnotes after a short rule, each opening with a bold label that refers back to the
         * page of its reference (注释 1 · 第 3 页); tagged Div › P (label) + the note's blocks.
         */
        void flushNotes() {
            if (notes.isEmpty()) {
                return;
            }
            cursor.ensureRoom(3 * body * lineSpacing);
            float ry = cursor.y() - body * 0.5f;
            cursor.add(new Drawing.Rule(ctx.left(), ry, ctx.left() + ctx.width() / 4, ry, 1f, profile.theme().text()));
            cursor.down(body);
            for (Pending p : List.copyOf(notes)) {
                BlockContext inside = ctx.nested(new Tag("Div", ctx.parent()), 0);
                String label = document.terms().footnote() + " " + p.note().label() + " · "
                        + document.terms().pageNumberAround()[0] + (p.page() + 1) + document.terms().pageNumberAround()[1];
                TextSetter.Setting s = setter.set(TextFlow.plain(label.strip(), true), body, false, 0, inside.width(), false);
                cursor.ensureRoom(s.height(lineSpacing) + body * lineSpacing);
                setter.place(s, new Tag("P", inside.parent()), inside.left(), true);
                new Blocks(inside).all(p.note().blocks());
            }
            notes.clear();
        }

        /**
         * A heading followed by a line that introduces the next block (a poem's title, its author, its
         * first lines) starts a page when the three would not be together on this one.
         */
        private void keepHeadingWithIntroduction(Block.Heading h, Block.Paragraph intro) {
            TextFlow title = TextFlow.of(h.content(), true);
            if (title.text().isBlank()) {
                return;
            }
            TextSetter.Setting heading = setter.set(title, (float) profile.headingPt(h.level()), false, 0, ctx.width(), false);
            TextSetter.Setting line = setter.set(TextFlow.of(intro.content(), false), body, false, 0, ctx.width(), false);
            float before = cursor.atTop() ? 0 : (float) profile.headingSpaceBeforePt();
            cursor.ensureRoom(before + heading.height(lineSpacing) + body * 0.4f + line.height(lineSpacing)
                    + ctx.paragraphSpace() + 2 * body * lineSpacing);
        }

        /**
         * A short paragraph that introduces what follows (a table's caption, a label ending in a colon,
         * a bold line, a poem's author) never stands at the foot of a page without the start of it: a
         * table's header and first row, or two lines.
         */
        private void keepWithNext(Block block, Block next) {
            if (!(block instanceof Block.Paragraph p) || !org.accesspub.write.Keeps.introduces(block, next)) {
                return;
            }
            TextSetter.Setting s = setter.set(TextFlow.of(p.content(), false), body, false, 0, ctx.width(), false);
            if (s.lines().size() > 2) {
                return;
            }
            float after = next instanceof Block.Table t ? tables.firstPart(t, ctx) : 2 * body * lineSpacing;
            cursor.ensureRoom(s.height(lineSpacing) + ctx.paragraphSpace() + after);
        }

        @Override
        public Void visit(Block.Heading h) {
            flushNotes();
            PreparedDocument.OutlineEntry entry = document.outlineEntry(h);
            int level = entry.level(); // as prepared: the title is H1, no level skipped
            TextFlow flow = TextFlow.of(h.content(), true);
            if (flow.text().isBlank()) {
                return null;
            }
            TextSetter.Setting s = setter.set(flow, (float) profile.headingPt(level), false, 0, ctx.width(), false);
            if (!cursor.atTop()) {
                cursor.down((float) profile.headingSpaceBeforePt());
            }
            // Keep the heading with what follows it: two lines of text, or a table's header and first row.
            cursor.ensureRoom(s.height(lineSpacing) + 3 * body * lineSpacing);
            cursor.add(new Drawing.Bookmark(level, entry.text(), cursor.y()));
            setter.place(s, new Tag("H" + level, ctx.parent()), ctx.left(), true);
            cursor.down(body * 0.4f);
            return null;
        }

        @Override
        public Void visit(Block.Paragraph p) {
            TextFlow flow = TextFlow.of(p.content(), false);
            if (flow.text().isBlank()) {
                return null;
            }
            ParagraphStyle style = document.paragraph(p);
            float indent = style.indent() ? 2 * body : 0;
            // a paragraph in another language than the article's says so on its P (as prepared)
            String lang = style.language().equals(document.language()) ? null : style.language();
            setter.place(setter.set(flow, body, style.justify(), indent, ctx.width(), ctx.latinLabels()),
                    new Tag("P", ctx.parent(), lang, null, null), ctx.left(), true);
            cursor.down(ctx.paragraphSpace());
            return null;
        }

        @Override
        public Void visit(Block.BulletList l) {
            list(l.items(), i -> "•");
            return null;
        }

        @Override
        public Void visit(Block.OrderedList l) {
            list(l.items(), i -> (l.start() + i) + ".");
            return null;
        }

        private void list(List<Block.ListItem> listItems, IntFunction<String> label) {
            Tag list = new Tag("L", ctx.parent());
            float labelWidth = body * 1.5f;
            for (int i = 0; i < listItems.size(); i++) {
                labelWidth = Math.max(labelWidth, setter.width(label.apply(i), body) + body * 0.6f);
            }
            BlockContext items = ctx.withParagraphSpace(ctx.paragraphSpace() * 0.5f);
            for (int i = 0; i < listItems.size(); i++) {
                Tag item = new Tag("LI", list);
                cursor.ensureRoom(firstLines(listItems.get(i).blocks(), labelWidth)); // the label stays with its text
                float lineTop = cursor.y();
                setter.place(setter.set(TextFlow.plain(label.apply(i), false), body, false, 0, labelWidth, true),
                        new Tag("Lbl", item), ctx.left(), false);
                cursor.moveTo(lineTop);
                new Blocks(items.nested(new Tag("LBody", item), labelWidth)).all(listItems.get(i).blocks());
            }
            cursor.down(ctx.paragraphSpace() * 0.5f);
        }

        /** The height of the first two lines of the first paragraph of blocks set at {@code indent}, or one line. */
        private float firstLines(List<Block> blocks, float indent) {
            if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph p) {
                TextSetter.Setting s = setter.set(TextFlow.of(p.content(), false), body, false, 0, ctx.width() - indent,
                        ctx.latinLabels());
                return body * lineSpacing * Math.min(2, s.lines().size());
            }
            return body * lineSpacing;
        }

        @Override
        public Void visit(Block.BlockQuote q) {
            cursor.ensureRoom(firstLines(q.blocks(), body * 1.5f)); // no empty rule at the foot of a page
            int firstPage = cursor.page();
            float startY = cursor.y();
            new Blocks(ctx.nested(new Tag("BlockQuote", ctx.parent()), body * 1.5f)).all(q.blocks());
            sideRule(firstPage, startY, ctx.left() + body * 0.5f);
            return null;
        }

        @Override
        public Void visit(Block.Image image) {
            ImageAsset asset = document.image(image);
            float[] size = asset instanceof ImageAsset.Embedded e ? resources.imageSize(e) : null;
            if (size == null) {
                document.imageStandIn(image).ifPresent(this::standIn);
            } else {
                picture(image, (ImageAsset.Embedded) asset, size);
            }
            document.caption(image).ifPresent(c -> text(TextFlow.plain(c, false), body, new Tag("P", ctx.parent()), ctx));
            cursor.down(ctx.paragraphSpace());
            return null;
        }

        /** The image's stand-in in a frame where the prepared document embeds no image. */
        private void standIn(String words) {
            int firstPage = cursor.page();
            float startY = cursor.y();
            BlockContext inside = ctx.nested(ctx.parent(), body * 0.5f);
            cursor.down(body * 0.3f);
            setter.place(setter.set(TextFlow.plain(words, false), body, false, 0,
                    inside.width() - body * 0.5f, false), new Tag("P", ctx.parent()), inside.left(), true);
            cursor.down(body * 0.3f);
            frame(firstPage, startY);
        }

        private void picture(Block.Image image, ImageAsset.Embedded asset, float[] size) {
            float w = Math.min(size[0], ctx.width());
            float h = size[1] * w / size[0];
            float maxH = (cursor.top() - cursor.bottom()) * 0.75f;
            if (h > maxH) {
                w = w * maxH / h;
                h = maxH;
            }
            cursor.ensureRoom(h);
            Tag figure = image.alt().isBlank() ? null : new Tag("Figure", ctx.parent(), null, image.alt().strip(), null);
            cursor.add(new Drawing.Picture(figure, asset, ctx.left(), cursor.y() - h, w, h));
            cursor.down(h + body * 0.3f);
        }

        @Override
        public Void visit(Block.Table table) {
            tables.table(table, ctx);
            return null;
        }

        /**
         * Code in Atkinson Hyperlegible Mono at body size, inside a frame drawn in the text colour (so it
         * has the theme's own contrast), every source line on a line of its own. A line longer than the
         * measure wraps, and each continuation starts with a hooked arrow (↳, drawn as an artifact: no
         * bundled font has ↪) in a hanging indent, so it cannot be taken for a new line. Tagged P > Code.
         */
        @Override
        public Void visit(Block.CodeBlock code) {
            Tag p = new Tag("P", ctx.parent());
            Tag tag = new Tag("Code", p);
            float pad = body * 0.5f;
            float mark = body * 1.2f;
            String[] lines = code.code().replace("\r", "").stripTrailing().split("\n", -1);
            cursor.ensureRoom(body * lineSpacing * Math.min(2, lines.length) + 2 * pad);
            int firstPage = cursor.page();
            float startY = cursor.y();
            cursor.down(pad);
            BlockContext inside = ctx.nested(p, pad + mark);
            for (String line : lines) {
                String text = line.replace("\t", "    ");
                if (text.isBlank()) {
                    cursor.ensureRoom(body * lineSpacing);
                    cursor.down(body * lineSpacing);
                    continue;
                }
                setter.place(setter.set(TextFlow.code(text), body, false, -mark, inside.width() - pad, false).withMarks(),
                        tag, inside.left(), true);
            }
            cursor.down(pad);
            frame(firstPage, startY);
            cursor.down(ctx.paragraphSpace());
            return null;
        }

        @Override
        public Void visit(Block.ThematicBreak b) {
            cursor.ensureRoom(body * lineSpacing);
            float mid = (ctx.left() + ctx.right()) / 2;
            float ry = cursor.y() - body * lineSpacing / 2;
            cursor.add(new Drawing.Rule(mid - ctx.width() / 6, ry, mid + ctx.width() / 6, ry, 1f, profile.theme().text()));
            cursor.down(body * lineSpacing);
            return null;
        }

        /**
         * Lines kept as written (verse, addresses), tagged as a Div of one P per line: each starts on a
         * new line, a line too long for the measure continues with a hanging indent, nothing is justified.
         */
        @Override
        public Void visit(Block.LineBlock block) {
            float hang = body * 2;
            BlockContext inside = ctx.nested(new Tag("Div", ctx.parent()), hang);
            for (List<Inline> line : block.lines()) {
                TextFlow flow = TextFlow.of(line, false);
                if (flow.text().isBlank()) {
                    cursor.down(body * lineSpacing * 0.5f); // a blank line between stanzas
                    continue;
                }
                setter.place(setter.set(flow, body, false, -hang, inside.width(), false), new Tag("P", inside.parent()),
                        inside.left(), true);
            }
            cursor.down(ctx.paragraphSpace());
            return null;
        }

        /** Each term in bold, its definition indented below it; tagged L / LI / Lbl (term) / LBody (definition). */
        @Override
        public Void visit(Block.DefinitionList list) {
            Tag l = new Tag("L", ctx.parent());
            BlockContext definitions = ctx.withParagraphSpace(ctx.paragraphSpace() * 0.5f);
            for (Block.Definition d : list.items()) {
                Tag item = new Tag("LI", l);
                TextFlow term = TextFlow.of(d.term(), true);
                if (!term.text().isBlank()) {
                    TextSetter.Setting s = setter.set(term, body, false, 0, ctx.width(), false);
                    cursor.ensureRoom(s.height(lineSpacing) + body * lineSpacing); // the term stays with its definition
                    setter.place(s, new Tag("Lbl", item), ctx.left(), true);
                }
                new Blocks(definitions.nested(new Tag("LBody", item), body * 2)).all(d.definition());
            }
            cursor.down(ctx.paragraphSpace() * 0.5f);
            return null;
        }

        /** A note, tip or warning: a bold label line, then its blocks, with a rule down the side; tagged Div. */
        @Override
        public Void visit(Block.Admonition a) {
            int firstPage = cursor.page();
            float startY = cursor.y();
            BlockContext inside = ctx.nested(new Tag("Div", ctx.parent()), body * 1.5f);
            String label = document.terms().admonitionLabel(a);
            TextSetter.Setting s = setter.set(TextFlow.plain(label, true), body, false, 0, inside.width(), false);
            cursor.ensureRoom(s.height(lineSpacing) + firstLines(a.blocks(), body * 1.5f)); // the label stays with its text
            firstPage = cursor.page();
            startY = cursor.y();
            setter.place(s, new Tag("P", inside.parent()), inside.left(), true);
            new Blocks(inside).all(a.blocks());
            sideRule(firstPage, startY, ctx.left() + body * 0.5f);
            return null;
        }

        /** A vertical rule at x beside everything laid out since (firstPage, startY), page by page. */
        private void sideRule(int firstPage, float startY, float x) {
            int last = cursor.page();
            for (int p = firstPage; p <= last; p++) {
                float from = p == firstPage ? startY : cursor.top();
                float to = p == last ? cursor.y() + ctx.paragraphSpace() : cursor.bottom();
                if (from - to > 1) {
                    cursor.itemsOf(p).add(new Drawing.Rule(x, from, x, to, 2f, profile.theme().text()));
                }
            }
        }

        /** A frame around everything laid out since (firstPage, startY), page by page. */
        private void frame(int firstPage, float startY) {
            int last = cursor.page();
            int color = profile.theme().text();
            float left = ctx.left();
            float right = ctx.right();
            for (int p = firstPage; p <= last; p++) {
                float from = p == firstPage ? startY : cursor.top();
                float to = p == last ? cursor.y() : cursor.bottom();
                List<Drawing> page = cursor.itemsOf(p);
                page.add(new Drawing.Rule(left, from, right, from, 1.5f, color));
                page.add(new Drawing.Rule(left, to, right, to, 1.5f, color));
                page.add(new Drawing.Rule(left, from, left, to, 1.5f, color));
                page.add(new Drawing.Rule(right, from, right, to, 1.5f, color));
            }
        }
    }

    /** Where the text ends: the bottom margin, or above the page number when its line reaches higher. */
    private float textBottom() {
        return Math.max(margin, margin / 2 + body * lineSpacing);
    }

    private void numberPages() {
        int n = cursor.pages().size();
        for (int i = 0; i < n; i++) {
            String label = document.terms().pageOf(i + 1, n);
            float w = setter.width(label, body);
            cursor.revisit(i, margin / 2 + body * lineSpacing);
            float left = ((float) profile.page().widthPt() - w) / 2;
            setter.emit(setter.set(TextFlow.plain(label, false), body, false, 0, w + 1, false), null, left, false);
        }
    }
}
