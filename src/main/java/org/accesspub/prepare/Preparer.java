package org.accesspub.prepare;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accesspub.Warning;
import org.accesspub.Warnings;
import org.accesspub.lang.Languages;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;

/**
 * Turns a read article into the {@link PreparedDocument} every writer renders: the outline, the typed
 * date, the images, the links, the terms and the paragraph decisions, each made here once (the metadata
 * decisions in {@link InfoDecisions}). Built once
 * with {@link #builder()}; immutable; {@link #prepare} may run for many articles.
 */
public final class Preparer {
    private final Path folder;
    private final Warnings warnings;
    private final ImageLimits limits;
    private final String identifier;
    private final String publisher;

    private Preparer(Builder b) {
        this.folder = b.folder;
        this.warnings = b.warnings;
        this.limits = b.limits;
        this.identifier = b.identifier;
        this.publisher = b.publisher;
    }

    public static Builder builder() {
        return new Builder();
    }

    public PreparedDocument prepare(Article read) {
        Article article = Characters.normalise(read, warnings);
        Metadata m = article.metadata();
        String language = "und".equals(m.language()) ? Languages.detect(article.allText()) : m.language();
        Terms terms = Terms.forLanguage(language);
        InfoDecisions.Title title = InfoDecisions.title(m, article.blocks(), terms);
        ImageResolver images = new ImageResolver(folder, warnings, limits);
        Rewrite rewrite = new Rewrite(language, images, warnings);
        List<Block> blocks = rewrite.top(withoutRepeatedTitle(article.blocks(), title.text()));

        List<PreparedDocument.OutlineEntry> outline = new ArrayList<>();
        outline.add(new PreparedDocument.OutlineEntry(1, title.text()));
        outline.addAll(rewrite.outline);
        Article prepared = new Article(m, blocks);
        DocumentInfo info = new InfoDecisions(identifier, publisher, warnings).info(prepared, title, language, terms);
        return new PreparedDocument(prepared, info, terms, images, rewrite.styles, outline, rewrite.headings);
    }

    /**
     * The blocks without their opening heading when it repeats the title: every output shows the title once,
     * and the article's headings start one level under it (no outline skips a level).
     */
    static List<Block> withoutRepeatedTitle(List<Block> blocks, String title) {
        for (int i = 0; i < blocks.size(); i++) {
            String text = InfoDecisions.clean(Blocks.plainText(blocks.get(i)));
            if (text == null) {
                continue; // an empty block says nothing: the next one opens the article
            }
            if (blocks.get(i) instanceof Block.Heading && sameText(text, title)) {
                List<Block> rest = new ArrayList<>(blocks);
                rest.remove(i);
                return rest;
            }
            return blocks;
        }
        return blocks;
    }

    /** The same words: spaces and punctuation aside. */
    static boolean sameText(String a, String b) {
        String words = a.replaceAll("[\\s\\p{P}]", "");
        return !words.isEmpty() && words.equals(b.replaceAll("[\\s\\p{P}]", ""));
    }

    /** How a paragraph of this text is set; {@code flow} for the article's own paragraphs (not nested). */
    static ParagraphStyle style(String text, String articleLanguage, boolean flow) {
        String detected = Languages.detect(text);
        boolean chinese = Languages.isChinese(detected);
        String language = chinese == Languages.isChinese(articleLanguage) ? articleLanguage : detected;
        return new ParagraphStyle(language, chinese, chinese && flow, chinese);
    }

    /** One pass over the blocks: headings renumbered, links checked, images resolved, paragraphs decided. */
    private static final class Rewrite implements Block.Visitor<Block> {
        private final String language;
        private final ImageResolver images;
        private final Warnings warnings;
        private final IdentityHashMap<Block.Paragraph, ParagraphStyle> styles = new IdentityHashMap<>();
        private final List<PreparedDocument.OutlineEntry> outline = new ArrayList<>();
        private final IdentityHashMap<Block.Heading, PreparedDocument.OutlineEntry> headings = new IdentityHashMap<>();
        /** Source level and output level of the open headings. */
        private final Deque<int[]> open = new ArrayDeque<>();
        private int depth;

        Rewrite(String language, ImageResolver images, Warnings warnings) {
            this.language = language;
            this.images = images;
            this.warnings = warnings;
        }

        private List<Inline> safe(List<Inline> inlines) {
            return new Inlines(warnings).all(inlines);
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
            styles.put(p, style(Blocks.plainText(p.content()), language, depth == 0));
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

    /** Links as {@link LinkPolicy} allows them; a refused link leaves its text, a nested link its text too. */
    static final class Inlines implements Inline.Visitor<List<Inline>> {
        private final Warnings warnings;
        private boolean inLink;

        Inlines(Warnings warnings) {
            this.warnings = warnings;
        }

        private List<Inline> all(List<Inline> inlines) {
            List<Inline> out = new ArrayList<>();
            for (Inline in : inlines) {
                out.addAll(in.accept(this));
            }
            return out;
        }

        public List<Inline> visit(Inline.Text t) {
            return List.of(t);
        }

        public List<Inline> visit(Inline.Emphasis e) {
            return List.of(new Inline.Emphasis(all(e.content())));
        }

        public List<Inline> visit(Inline.Strong s) {
            return List.of(new Inline.Strong(all(s.content())));
        }

        public List<Inline> visit(Inline.Code c) {
            return List.of(c);
        }

        public List<Inline> visit(Inline.Link l) {
            Optional<String> target = inLink ? Optional.empty() : LinkPolicy.target(l.href());
            boolean outer = inLink;
            inLink = true;
            List<Inline> content = all(l.content());
            inLink = outer;
            String text = Blocks.plainText(content).strip();
            if (target.isEmpty() || text.isEmpty()) {
                return content;
            }
            if (text.equals(l.href()) || text.matches("(?i)https?://\\S+|www\\.\\S+")) {
                warnings.warn(Warning.keyed(Warnings.GENERAL, "link.address", "a link's text is its address ("
                        + Shown.src(text) + "); screen readers spell it out, so give it words", Shown.src(text))
                        .alsoFinding("link-text"));
            }
            return List.of(new Inline.Link(target.get(), content));
        }

        public List<Inline> visit(Inline.LineBreak b) {
            return List.of(b);
        }

        public List<Inline> visit(Inline.NoteRef r) {
            return List.of(r);
        }
    }

    public static final class Builder {
        private Path folder = Path.of(""); // the working directory
        private Warnings warnings = Warnings.collecting(); // collected, not printed
        private ImageLimits limits = ImageLimits.DEFAULT; // 20 MB, 10 MB of data: text, 40 million pixels
        private String identifier; // derived from the content
        private String publisher; // the article's source

        /** The article's folder: images are taken only from inside it. */
        public Builder folder(Path v) {
            folder = Objects.requireNonNull(v);
            return this;
        }

        public Builder warnings(Warnings v) {
            warnings = Objects.requireNonNull(v);
            return this;
        }

        public Builder imageLimits(ImageLimits v) {
            limits = Objects.requireNonNull(v);
            return this;
        }

        /** The user's identifier ({@code --identifier}) for every output; by default one derived from the content. */
        public Builder identifier(String v) {
            identifier = v == null || v.isBlank() ? null : v.strip();
            return this;
        }

        /** The user's publisher ({@code --publisher}) for every output; by default the article's source. */
        public Builder publisher(String v) {
            publisher = v == null || v.isBlank() ? null : v.strip();
            return this;
        }

        public Preparer build() {
            return new Preparer(this);
        }
    }
}
