package org.accesspub.read;

import java.util.List;
import java.util.function.UnaryOperator;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;

/** Applies a text rewrite (such as Chinese punctuation) to every text of an article but code and URLs. */
final class TextTransform implements Block.Visitor<Block>, Inline.Visitor<Inline> {
    private final UnaryOperator<String> f;

    private TextTransform(UnaryOperator<String> f) {
        this.f = f;
    }

    static Article apply(Article a, UnaryOperator<String> f) {
        TextTransform t = new TextTransform(f);
        Metadata m = a.metadata();
        Metadata mapped = new Metadata(t.str(m.title()), t.str(m.subtitle()), m.author(), m.date(), t.str(m.source()),
                m.language(), t.str(m.description()));
        return new Article(mapped, t.blocks(a.blocks()));
    }

    private String str(String s) {
        return s == null ? null : f.apply(s);
    }

    private List<Block> blocks(List<Block> bs) {
        return bs.stream().map(b -> b.accept(this)).toList();
    }

    private List<Inline> inlines(List<Inline> is) {
        return is.stream().map(i -> i.accept(this)).toList();
    }

    private List<Block.ListItem> items(List<Block.ListItem> items) {
        return items.stream().map(i -> new Block.ListItem(blocks(i.blocks()))).toList();
    }

    public Block visit(Block.Heading h) { return new Block.Heading(h.level(), inlines(h.content())); }
    public Block visit(Block.Paragraph p) { return new Block.Paragraph(inlines(p.content())); }
    public Block visit(Block.BulletList l) { return new Block.BulletList(items(l.items())); }
    public Block visit(Block.OrderedList l) { return new Block.OrderedList(l.start(), items(l.items())); }
    public Block visit(Block.BlockQuote q) { return new Block.BlockQuote(blocks(q.blocks())); }
    public Block visit(Block.Image i) { return new Block.Image(i.src(), f.apply(i.alt()), str(i.caption())); }
    public Block visit(Block.CodeBlock c) { return c; }
    public Block visit(Block.ThematicBreak b) { return b; }

    public Block visit(Block.Table t) {
        return new Block.Table(t.header().stream().map(this::inlines).toList(),
                t.rows().stream().map(r -> r.stream().map(this::inlines).toList()).toList(), t.alignments());
    }

    public Block visit(Block.LineBlock l) {
        return new Block.LineBlock(l.lines().stream().map(this::inlines).toList());
    }

    public Block visit(Block.DefinitionList d) {
        return new Block.DefinitionList(d.items().stream()
                .map(i -> new Block.Definition(inlines(i.term()), blocks(i.definition()))).toList());
    }

    public Block visit(Block.Admonition a) {
        return new Block.Admonition(a.kind(), str(a.title()), blocks(a.blocks()));
    }

    public Block visit(Block.Note n) {
        return new Block.Note(n.label(), blocks(n.blocks()));
    }

    public Inline visit(Inline.NoteRef r) { return r; }
    public Inline visit(Inline.Text t) { return new Inline.Text(f.apply(t.text())); }
    public Inline visit(Inline.Emphasis e) { return new Inline.Emphasis(inlines(e.content())); }
    public Inline visit(Inline.Strong s) { return new Inline.Strong(inlines(s.content())); }
    public Inline visit(Inline.Code c) { return c; }
    public Inline visit(Inline.Link l) { return new Inline.Link(l.href(), inlines(l.content())); }
    public Inline visit(Inline.LineBreak b) { return b; }
}
