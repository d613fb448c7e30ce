package org.accesspub.prepare.check;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.prepare.PreparedDocument;

/**
 * The prepared document as places a finding can point to: every block that holds text (nested ones
 * included, containers opened), each with the headings above it, its plain text and its runs of inlines.
 */
final class Spots {
    /** One place: the headings above it (title first), the block, its text and its inline runs. */
    record Spot(List<String> headings, Block block, String text, List<List<Inline>> inlines, boolean flow) {
    }

    private Spots() {
    }

    static List<Spot> of(PreparedDocument document) {
        Walk walk = new Walk(document.info().title());
        for (Block b : document.blocks()) {
            walk.block(b, true);
        }
        return walk.spots;
    }

    /** A text shortened to {@code max} characters, on one line. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.codePointCount(0, t.length()) <= max) {
            return t;
        }
        return t.substring(0, t.offsetByCodePoints(0, max)) + "…";
    }

    private static final class Walk implements Block.Visitor<Void> {
        private final List<Spot> spots = new ArrayList<>();
        private final List<String> path = new ArrayList<>();
        private final List<Integer> levels = new ArrayList<>();
        private boolean flow;

        Walk(String title) {
            path.add(title);
            levels.add(1);
        }

        void block(Block b, boolean flow) {
            boolean outer = this.flow;
            this.flow = flow;
            b.accept(this);
            this.flow = outer;
        }

        private void blocks(List<Block> blocks) {
            blocks.forEach(b -> block(b, false));
        }

        private void add(Block b, List<List<Inline>> inlines) {
            spots.add(new Spot(List.copyOf(path), b, Blocks.plainText(b), inlines, flow));
        }

        public Void visit(Block.Heading h) {
            add(h, List.of(h.content()));
            if (flow) {
                while (levels.get(levels.size() - 1) >= h.level()) {
                    levels.remove(levels.size() - 1);
                    path.remove(path.size() - 1);
                }
                levels.add(h.level());
                path.add(Blocks.plainText(h.content()).strip().replaceAll("\\s+", " "));
            }
            return null;
        }

        public Void visit(Block.Paragraph p) {
            add(p, List.of(p.content()));
            return null;
        }

        public Void visit(Block.BulletList l) {
            l.items().forEach(i -> blocks(i.blocks()));
            return null;
        }

        public Void visit(Block.OrderedList l) {
            l.items().forEach(i -> blocks(i.blocks()));
            return null;
        }

        public Void visit(Block.BlockQuote q) {
            blocks(q.blocks());
            return null;
        }

        public Void visit(Block.Image i) {
            add(i, List.of());
            return null;
        }

        public Void visit(Block.Table t) {
            List<List<Inline>> cells = new ArrayList<>(t.header());
            t.rows().forEach(cells::addAll);
            add(t, cells);
            return null;
        }

        public Void visit(Block.CodeBlock c) {
            add(c, List.of());
            return null;
        }

        public Void visit(Block.ThematicBreak b) {
            return null;
        }

        public Void visit(Block.LineBlock l) {
            add(l, l.lines());
            return null;
        }

        public Void visit(Block.DefinitionList d) {
            for (Block.Definition item : d.items()) {
                spots.add(new Spot(List.copyOf(path), d, Blocks.plainText(item.term()), List.of(item.term()), false));
                blocks(item.definition());
            }
            return null;
        }

        public Void visit(Block.Admonition a) {
            blocks(a.blocks());
            return null;
        }

        public Void visit(Block.Note n) {
            blocks(n.blocks());
            return null;
        }
    }
}
