package org.accesspub.prepare;

import java.util.List;
import org.accesspub.Warning;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;

/**
 * Characters no writer can be trusted with, made safe once for all of them: a noncharacter (U+FFFE, U+FFFF,
 * U+FDD0–U+FDEF …), a code point Unicode has not assigned, a lone surrogate and NUL become U+FFFD (the
 * replacement character); the other C0 and C1 controls (ESC, BEL …) but tab and line ends are removed. One
 * warning says how many. Code points of the emoji and the CJK planes that Java 17's Unicode 13 does not
 * know yet (emoji of Unicode 14 and later, CJK extension H) are kept: they are real characters.
 */
final class Characters {
    static final char REPLACEMENT = '\uFFFD';

    private Characters() {
    }

    /** The article with every string made safe; the same article when nothing needs it. */
    static Article normalise(Article article, Warnings warnings) {
        Metadata m = article.metadata();
        int[] count = {0};
        if (!needs(article.allText()) && !needs(m.title(), m.subtitle(), m.author(), m.date(), m.source(),
                m.description())) {
            return article;
        }
        Fix fix = new Fix(count);
        Metadata fixed = new Metadata(fix.s(m.title()), fix.s(m.subtitle()), fix.s(m.author()), fix.s(m.date()),
                fix.s(m.source()), m.language(), fix.s(m.description()));
        Article out = new Article(fixed, fix.blocks(article.blocks()));
        if (count[0] > 0) {
            warnings.warn(Warning.keyed(Warnings.GENERAL, "characters.replaced", count[0] + " character"
                    + (count[0] == 1 ? " that is" : "s that are") + " not text (a control character, a noncharacter"
                    + " such as U+FFFF, or an unassigned code point) replaced by U+FFFD or removed", count[0]));
        }
        return out;
    }

    private static boolean needs(String... strings) {
        for (String s : strings) {
            if (s == null) {
                continue;
            }
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (action(cp) != KEEP) {
                    return true;
                }
                i += Character.charCount(cp);
            }
        }
        return false;
    }

    private static final int KEEP = 0;
    private static final int REPLACE = 1;
    private static final int DROP = 2;

    static int action(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return KEEP;
        }
        if (cp == 0) {
            return REPLACE;
        }
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return KEEP;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return DROP;
        }
        if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE || Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return REPLACE;
        }
        if (Character.getType(cp) == Character.UNASSIGNED && !newerThanJava(cp)) {
            return REPLACE;
        }
        return KEEP;
    }

    /** Blocks Unicode has been filling since version 13: emoji and symbols, and the CJK planes. */
    private static boolean newerThanJava(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FBFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
    }

    static String fix(String s) {
        return new Fix(new int[1]).s(s);
    }

    /** Rebuilds the tree with every string fixed, counting what changed. */
    private static final class Fix implements Block.Visitor<Block>, Inline.Visitor<Inline> {
        private final int[] count;

        Fix(int[] count) {
            this.count = count;
        }

        String s(String s) {
            if (s == null || !needs(s)) {
                return s;
            }
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                switch (action(cp)) {
                    case KEEP -> sb.appendCodePoint(cp);
                    case REPLACE -> {
                        sb.append(REPLACEMENT);
                        count[0]++;
                    }
                    default -> count[0]++;
                }
            }
            return sb.toString();
        }

        List<Block> blocks(List<Block> blocks) {
            return blocks.stream().map(b -> b.accept(this)).toList();
        }

        List<Inline> inlines(List<Inline> inlines) {
            return inlines.stream().map(i -> i.accept(this)).toList();
        }

        private List<List<Inline>> cells(List<List<Inline>> cells) {
            return cells.stream().map(this::inlines).toList();
        }

        private List<Block.ListItem> items(List<Block.ListItem> items) {
            return items.stream().map(i -> new Block.ListItem(blocks(i.blocks()))).toList();
        }

        public Block visit(Block.Heading h) { return new Block.Heading(h.level(), inlines(h.content())); }
        public Block visit(Block.Paragraph p) { return new Block.Paragraph(inlines(p.content())); }
        public Block visit(Block.BulletList l) { return new Block.BulletList(items(l.items())); }
        public Block visit(Block.OrderedList l) { return new Block.OrderedList(l.start(), items(l.items())); }
        public Block visit(Block.BlockQuote q) { return new Block.BlockQuote(blocks(q.blocks())); }
        public Block visit(Block.Image i) { return new Block.Image(i.src(), s(i.alt()), s(i.caption())); }

        public Block visit(Block.Table t) {
            return new Block.Table(cells(t.header()), t.rows().stream().map(this::cells).toList(), t.alignments());
        }

        public Block visit(Block.CodeBlock c) { return new Block.CodeBlock(c.language(), s(c.code())); }
        public Block visit(Block.ThematicBreak b) { return b; }
        public Block visit(Block.LineBlock l) { return new Block.LineBlock(cells(l.lines())); }

        public Block visit(Block.DefinitionList d) {
            return new Block.DefinitionList(d.items().stream()
                    .map(i -> new Block.Definition(inlines(i.term()), blocks(i.definition()))).toList());
        }

        public Block visit(Block.Admonition a) { return new Block.Admonition(a.kind(), s(a.title()), blocks(a.blocks())); }
        public Block visit(Block.Note n) { return new Block.Note(s(n.label()), blocks(n.blocks())); }

        public Inline visit(Inline.Text t) { return new Inline.Text(s(t.text())); }
        public Inline visit(Inline.Emphasis e) { return new Inline.Emphasis(inlines(e.content())); }
        public Inline visit(Inline.Strong st) { return new Inline.Strong(inlines(st.content())); }
        public Inline visit(Inline.Code c) { return new Inline.Code(s(c.text())); }
        public Inline visit(Inline.Link l) { return new Inline.Link(l.href(), inlines(l.content())); }
        public Inline visit(Inline.LineBreak b) { return b; }
        public Inline visit(Inline.NoteRef r) { return new Inline.NoteRef(s(r.label())); }
    }
}
