package org.accesspub.serve;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;

/**
 * What the preview lists besides the outline, gathered in one visit of the prepared blocks: every image's text
 * alternative (blank when it has none), the tables and those without a header row, and the first paragraph
 * of the article's flow (not one inside a list). A new block type fails to compile here until it is handled.
 */
final class PreviewFacts implements Block.Visitor<Void> {
    final List<String> images = new ArrayList<>();
    int tables;
    int tablesWithoutHeader;
    String firstParagraph;
    private int listDepth;

    static PreviewFacts of(List<Block> blocks) {
        PreviewFacts facts = new PreviewFacts();
        facts.all(blocks);
        return facts;
    }

    private void all(List<Block> blocks) {
        blocks.forEach(b -> b.accept(this));
    }

    private void items(List<Block.ListItem> items) {
        listDepth++;
        items.forEach(item -> all(item.blocks()));
        listDepth--;
    }

    @Override
    public Void visit(Block.Paragraph p) {
        if (firstParagraph == null && listDepth == 0) {
            String text = Blocks.plainText(p.content()).strip();
            firstParagraph = text.isEmpty() ? null : text;
        }
        return null;
    }

    @Override
    public Void visit(Block.Image image) {
        images.add(image.alt().strip());
        return null;
    }

    @Override
    public Void visit(Block.Table table) {
        tables++;
        if (table.header().isEmpty()) {
            tablesWithoutHeader++;
        }
        return null;
    }

    @Override
    public Void visit(Block.BlockQuote q) {
        all(q.blocks());
        return null;
    }

    @Override
    public Void visit(Block.Admonition a) {
        all(a.blocks());
        return null;
    }

    @Override
    public Void visit(Block.Note n) {
        all(n.blocks());
        return null;
    }

    @Override
    public Void visit(Block.BulletList l) {
        items(l.items());
        return null;
    }

    @Override
    public Void visit(Block.OrderedList l) {
        items(l.items());
        return null;
    }

    @Override
    public Void visit(Block.Heading heading) {
        return null; // in the outline
    }

    @Override
    public Void visit(Block.CodeBlock code) {
        return null;
    }

    @Override
    public Void visit(Block.ThematicBreak rule) {
        return null;
    }

    @Override
    public Void visit(Block.LineBlock lines) {
        return null;
    }

    @Override
    public Void visit(Block.DefinitionList list) {
        listDepth++;
        list.items().forEach(d -> all(d.definition()));
        listDepth--;
        return null;
    }
}
