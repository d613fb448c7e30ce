package org.accesspub.model;

import java.util.List;

/** Plain text of blocks and inlines, for search, speech, coverage and the inspect command. */
public final class Blocks {
    private Blocks() {
    }

    public static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline in : inlines) {
            sb.append(in.accept(INLINE_TEXT));
        }
        return sb.toString();
    }

    public static String plainText(Block block) {
        return block.accept(BLOCK_TEXT).strip();
    }

    /** Cells joined by tabs, one line per row. */
    public static String plainText(Block.Table table) {
        StringBuilder sb = new StringBuilder();
        appendRow(sb, table.header());
        table.rows().forEach(r -> appendRow(sb, r));
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, List<List<Inline>> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(plainText(cells.get(i)));
        }
        if (!cells.isEmpty()) {
            sb.append('\n');
        }
    }

    private static String lines(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(b.accept(BLOCK_TEXT).strip()).append('\n');
        }
        return sb.toString();
    }

    private static String items(List<Block.ListItem> items) {
        StringBuilder sb = new StringBuilder();
        items.forEach(i -> sb.append(lines(i.blocks())));
        return sb.toString();
    }

    private static final Block.Visitor<String> BLOCK_TEXT = new Block.Visitor<>() {
        public String visit(Block.Heading h) { return plainText(h.content()); }
        public String visit(Block.Paragraph p) { return plainText(p.content()); }
        public String visit(Block.BulletList l) { return items(l.items()); }
        public String visit(Block.OrderedList l) { return items(l.items()); }
        public String visit(Block.BlockQuote q) { return lines(q.blocks()); }
        public String visit(Block.Image i) { return i.caption() == null ? i.alt() : i.alt() + "\n" + i.caption(); }
        public String visit(Block.Table t) { return plainText(t); }
        public String visit(Block.CodeBlock c) { return c.code(); }
        public String visit(Block.ThematicBreak b) { return ""; }
        public String visit(Block.LineBlock l) { return lines(l); }
        public String visit(Block.DefinitionList d) { return definitions(d); }
        public String visit(Block.Admonition a) { return (a.title() == null ? "" : a.title() + "\n") + lines(a.blocks()); }
        public String visit(Block.Note n) { return lines(n.blocks()); }
    };

    /** One line of the block per line of text. */
    public static String lines(Block.LineBlock block) {
        StringBuilder sb = new StringBuilder();
        block.lines().forEach(l -> sb.append(plainText(l)).append('\n'));
        return sb.toString();
    }

    /** The plain text of a definition: its blocks, one per line. */
    public static String plainText(Block.Definition d) {
        return lines(d.definition()).strip();
    }

    private static String definitions(Block.DefinitionList list) {
        StringBuilder sb = new StringBuilder();
        for (Block.Definition d : list.items()) {
            sb.append(plainText(d.term())).append('\n').append(lines(d.definition()));
        }
        return sb.toString();
    }

    private static final Inline.Visitor<String> INLINE_TEXT = new Inline.Visitor<>() {
        public String visit(Inline.Text t) { return t.text(); }
        public String visit(Inline.Emphasis e) { return plainText(e.content()); }
        public String visit(Inline.Strong s) { return plainText(s.content()); }
        public String visit(Inline.Code c) { return c.text(); }
        public String visit(Inline.Link l) { return plainText(l.content()); }
        public String visit(Inline.LineBreak b) { return "\n"; }
        public String visit(Inline.NoteRef r) { return ""; }
    };
}
