package org.accesspub.write.braille;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.braille.BraillePage;
import org.accesspub.braille.Braille;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.prepare.DocumentInfo;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.write.RenderContext;

/**
 * Decides the braille lines of an article, block by block: the title centred, then author, date and
 * source; headings centred (levels 1–2) or at cell 5 (levels 3–6) after a blank line and kept with
 * what follows; paragraphs indented two cells; list items with their number or bullet and runover at
 * cell 3; quotes two cells in; tables row by row, each cell after its header; images as their alt
 * text; links as their text. Pages are the {@link Paginator}'s business, bytes the writers'.
 */
final class ArticleLayout {
    private static final int STEP = 2;

    private final BraillePage page;
    private final BrailleText text;
    private final Labels labels;
    private final LineFiller filler;

    ArticleLayout(BraillePage page, BrailleText text, Labels labels) {
        this.page = page;
        this.text = text;
        this.labels = labels;
        this.filler = new LineFiller(page.cells());
    }

    /** The laid blocks, with {@code stop} checked before each of the article's blocks: a stopped job ends soon. */
    List<LaidBlock> lay(PreparedDocument document, RenderContext.StopCheck stop) throws java.io.IOException {
        List<LaidBlock> out = new ArrayList<>();
        out.add(header(document.info(), document.metadataLine()));
        BlockLayout visitor = new BlockLayout(document, out, 0);
        for (Block b : document.blocks()) {
            stop.check();
            b.accept(visitor);
        }
        return out;
    }

    /** The title, subtitle and the prepared metadata line (date, author, source), one part a line. */
    private LaidBlock header(DocumentInfo m, List<String> metadataLine) {
        List<String> lines = new ArrayList<>();
        lines.addAll(filler.centre(text.translate(m.title()), STEP));
        if (m.subtitle() != null) {
            lines.addAll(filler.centre(text.translate(m.subtitle()), STEP));
        }
        for (String fact : metadataLine) {
            lines.addAll(filler.fill(text.translate(fact), 0, STEP));
        }
        if (!lines.isEmpty()) {
            lines.add("");
        }
        return new LaidBlock(lines, 0, false);
    }

    private static String plain(List<Inline> inlines) {
        return org.accesspub.model.Blocks.plainText(inlines);
    }

    /** Lays blocks at a left margin; quotes and list items nest a new one two cells further in. */
    private final class BlockLayout implements Block.Visitor<Void> {
        private final PreparedDocument document;
        private final List<LaidBlock> out;
        private final int margin;

        BlockLayout(PreparedDocument document, List<LaidBlock> out, int margin) {
            this.document = document;
            this.out = out;
            this.margin = Math.min(margin, page.cells() / 2);
        }

        private BlockLayout nested() {
            return new BlockLayout(document, out, margin + STEP);
        }

        private void add(List<String> lines, int blankBefore, boolean keep) {
            out.add(new LaidBlock(lines, blankBefore, keep));
        }

        private List<String> hanging(String print) {
            return filler.fill(text.translate(print), margin, margin + STEP);
        }

        @Override
        public Void visit(Block.Heading h) {
            Braille b = text.translate(plain(h.content()));
            List<String> lines = document.outlineEntry(h).level() <= 2 && margin == 0 ? filler.centre(b, STEP)
                    : filler.fill(b, margin + 2 * STEP, margin + 2 * STEP);
            add(lines, 1, true);
            return null;
        }

        @Override
        public Void visit(Block.Paragraph p) {
            add(filler.fill(text.translate(plain(p.content()), document.paragraph(p).language()), margin + STEP, margin),
                    0, false);
            return null;
        }

        @Override
        public Void visit(Block.BulletList l) {
            l.items().forEach(item -> item(labels.bullet(), item));
            return null;
        }

        @Override
        public Void visit(Block.OrderedList l) {
            int n = l.start();
            for (Block.ListItem item : l.items()) {
                item(n++ + ".", item);
            }
            return null;
        }

        /** The label goes before the item's first paragraph; the rest of the item nests under it. */
        private void item(String label, Block.ListItem item) {
            List<Block> blocks = item.blocks();
            int rest = 0;
            if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
                add(hanging(label + " " + plain(first.content())), 0, false);
                rest = 1;
            } else {
                add(hanging(label), 0, false);
            }
            BlockLayout inner = nested();
            blocks.subList(rest, blocks.size()).forEach(b -> b.accept(inner));
        }

        @Override
        public Void visit(Block.BlockQuote q) {
            BlockLayout inner = nested();
            q.blocks().forEach(b -> b.accept(inner));
            return null;
        }

        @Override
        public Void visit(Block.Image i) {
            // braille shows no picture: the prepared stand-in, then the caption unless it repeats the alt text
            java.util.Optional<String> standIn = document.imageStandIn(i);
            java.util.Optional<String> caption = document.caption(i).filter(c -> !c.equals(i.alt().strip()));
            if (standIn.isEmpty() && caption.isEmpty()) {
                return null; // decoration
            }
            String words = standIn.map(s -> caption.map(c -> s + " " + c).orElse(s))
                    .orElseGet(() -> labels.image(caption.get()));
            add(hanging(words), 0, false);
            return null;
        }

        @Override
        public Void visit(Block.Table t) {
            add(hanging(labels.table()), 0, true);
            List<String> headers = t.header().stream().map(ArticleLayout::plain).toList();
            for (List<List<Inline>> row : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    String cell = plain(row.get(c)).strip();
                    if (!cell.isEmpty()) {
                        cells.add(labels.cell(c < headers.size() ? headers.get(c) : null, cell));
                    }
                }
                if (!cells.isEmpty()) {
                    add(hanging(String.join(labels.cellSeparator(), cells)), 0, false);
                }
            }
            if (t.rows().isEmpty() && !headers.isEmpty()) {
                add(hanging(String.join(labels.cellSeparator(), headers)), 0, false);
            }
            return null;
        }

        @Override
        public Void visit(Block.CodeBlock c) {
            BrailleText code = text.forCode();
            List<String> lines = new ArrayList<>();
            for (String line : c.code().split("\n", -1)) {
                Braille b = code.translate(line);
                if (!b.isBlank()) {
                    lines.addAll(filler.fill(b, margin, margin + STEP));
                }
            }
            add(lines, 1, false);
            return null;
        }

        /** Verse and addresses: each line on a braille line of its own, runover two cells in. */
        @Override
        public Void visit(Block.LineBlock l) {
            List<String> lines = new ArrayList<>();
            for (List<Inline> line : l.lines()) {
                lines.addAll(filler.fill(text.translate(plain(line)), margin, margin + STEP));
            }
            add(lines, 1, false);
            return null;
        }

        /** Each term at the margin, kept with its definition two cells in. */
        @Override
        public Void visit(Block.DefinitionList d) {
            BlockLayout inner = nested();
            for (Block.Definition item : d.items()) {
                add(hanging(plain(item.term())), 0, true);
                item.definition().forEach(b -> b.accept(inner));
            }
            return null;
        }

        /** A note or warning: its label (and title) on a line kept with the text, which is two cells in. */
        @Override
        public Void visit(Block.Admonition a) {
            add(hanging(labels.admonition(a)), 1, true);
            BlockLayout inner = nested();
            a.blocks().forEach(b -> b.accept(inner));
            return null;
        }

        /** A footnote, after the paragraph that refers to it: its label line kept with the text two cells in. */
        @Override
        public Void visit(Block.Note n) {
            add(hanging(labels.footnote(n.label())), 0, true);
            BlockLayout inner = nested();
            n.blocks().forEach(b -> b.accept(inner));
            return null;
        }

        @Override
        public Void visit(Block.ThematicBreak b) {
            int n = Math.min(12, page.cells() - 2 * STEP);
            add(filler.centre(Braille.of(String.valueOf('\u2812').repeat(n)), 0), 1, false);
            return null;
        }
    }
}
