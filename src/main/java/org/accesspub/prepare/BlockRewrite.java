package org.accesspub.prepare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import org.accesspub.Warning;
import org.accesspub.Warnings;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;

/**
 * The preparer's one pass over the blocks, deciding what every output shows: headings renumbered under the
 * title (no level skipped; a heading nested in a list or quote becomes bold text) and listed in the outline,
 * links kept as {@link LinkRewrite} allows, images checked, and each paragraph's {@link ParagraphStyle}.
 * Made per article; its results ({@link #styles()}, {@link #outline()}, {@link #headings()}) go into the
 * {@link PreparedDocument}.
 */
final class BlockRewrite implements Block.Visitor<Block> {
    private final String language;
    private final ImageResolver images;
    private final Warnings warnings;
    private final IdentityHashMap<Block.Paragraph, ParagraphStyle> styles = new IdentityHashMap<>();
    private final List<PreparedDocument.OutlineEntry> outline = new ArrayList<>();
    private final IdentityHashMap<Block.Heading, PreparedDocument.OutlineEntry> headings = new IdentityHashMap<>();
    /** Source level and output level of the open headings. */
    private final Deque<int[]> open = new ArrayDeque<>();
    private int depth;

    /** The style decided for each paragraph. */
    IdentityHashMap<Block.Paragraph, ParagraphStyle> styles() {
        return styles;
    }

    /** The article's headings as the outline lists them (the title not included). */
    List<PreparedDocument.OutlineEntry> outline() {
        return outline;
    }

    /** Each prepared heading's outline entry. */
    IdentityHashMap<Block.Heading, PreparedDocument.OutlineEntry> headings() {
        return headings;
    }

    BlockRewrite(String language, ImageResolver images, Warnings warnings) {
        this.language = language;
        this.images = images;
        this.warnings = warnings;
    }

    private List<Inline> safe(List<Inline> inlines) {
        return new LinkRewrite(warnings).all(inlines);
    }

    List<Block> top(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            Block r = b.accept(this);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private List<Block> nested(List<Block> blocks) {
        depth++;
        try {
            return top(blocks);
        } finally {
            depth--;
        }
    }

    @Override
    public Block visit(Block.Heading h) {
        List<Inline> content = safe(h.content());
        String text = Blocks.plainText(content).strip();
        if (text.isEmpty()) {
            return null; // an empty heading is a stop with nothing to say
        }
        if (depth > 0) {
            // Inside a list or quote a heading cannot sit in the outline: it stays as bold text.
            return paragraph(new Block.Paragraph(List.of(new Inline.Strong(content))));
        }
        while (!open.isEmpty() && open.peek()[0] >= h.level()) {
            open.pop();
        }
        int level = Math.min(6, open.isEmpty() ? 2 : open.peek()[1] + 1);
        open.push(new int[] {h.level(), level});
        PreparedDocument.OutlineEntry entry = new PreparedDocument.OutlineEntry(level, text.replaceAll("\\s+", " "));
        outline.add(entry);
        Block.Heading prepared = new Block.Heading(level, content);
        headings.put(prepared, entry);
        return prepared;
    }

    @Override
    public Block visit(Block.Paragraph p) {
        return paragraph(new Block.Paragraph(safe(p.content())));
    }

    private Block paragraph(Block.Paragraph p) {
        styles.put(p, Preparer.style(Blocks.plainText(p.content()), language, depth == 0));
        return p;
    }

    @Override
    public Block visit(Block.BulletList l) {
        return new Block.BulletList(items(l.items()));
    }

    @Override
    public Block visit(Block.OrderedList l) {
        return new Block.OrderedList(l.start(), items(l.items()));
    }

    private List<Block.ListItem> items(List<Block.ListItem> items) {
        return items.stream().map(i -> new Block.ListItem(nested(i.blocks()))).toList();
    }

    @Override
    public Block visit(Block.BlockQuote q) {
        return new Block.BlockQuote(nested(q.blocks()));
    }

    @Override
    public Block visit(Block.Image i) {
        if (images.resolve(i.src()) instanceof ImageAsset.Embedded) {
            String alt = i.alt().strip();
            if (alt.isEmpty()) {
                warnings.warn(Warning.keyed(Warnings.GENERAL, "image.noalt", "image " + Shown.src(i.src())
                        + " has no alt text, so it is marked decorative; if it carries information, describe it in"
                        + " the source", Shown.src(i.src())).alsoFinding("image-alt"));
            } else if (alt.matches("(?i).*\\.(png|jpe?g|gif|bmp|svg|webp)") || alt.matches("(?i)(img|image|dsc|pic)[_-]?\\d+.*")) {
                warnings.warn(Warning.keyed(Warnings.GENERAL, "image.filename", "image " + Shown.src(i.src())
                        + " has a file name as alt text (" + Shown.src(alt) + "); describe the picture instead",
                        Shown.src(i.src()), Shown.src(alt)).alsoFinding("image-alt"));
            }
        }
        return i;
    }

    @Override
    public Block visit(Block.Table t) {
        return new Block.Table(t.header().stream().map(this::safe).toList(),
                t.rows().stream().map(r -> r.stream().map(this::safe).toList()).toList(), t.alignments());
    }

    @Override
    public Block visit(Block.LineBlock l) {
        return new Block.LineBlock(l.lines().stream().map(this::safe).toList());
    }

    @Override
    public Block visit(Block.DefinitionList d) {
        return new Block.DefinitionList(d.items().stream()
                .map(i -> new Block.Definition(safe(i.term()), nested(i.definition()))).toList());
    }

    @Override
    public Block visit(Block.Admonition a) {
        return new Block.Admonition(a.kind(), a.title(), nested(a.blocks()));
    }

    @Override
    public Block visit(Block.Note n) {
        return new Block.Note(n.label(), nested(n.blocks()));
    }

    @Override
    public Block visit(Block.CodeBlock c) {
        return c;
    }

    @Override
    public Block visit(Block.ThematicBreak b) {
        return b;
    }
}
