package org.accesspub.write.epub;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.prepare.ParagraphStyle;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.write.RenderContext;

/**
 * Writes the article's blocks as semantic XHTML: headings, paragraphs, lists, quotes, figures, tables
 * with header scopes and code. A paragraph in another language than the book's (as prepared) names it
 * with {@code lang} and {@code xml:lang}; the inline content is written by {@link InlineRenderer}.
 */
final class ContentRenderer {
    private final PreparedDocument document;
    private final String language;
    private final Labels labels;
    private final InlineRenderer inline;
    private final FigureRenderer figures;
    private final TextMarks marks;
    private final List<String> anchors = new ArrayList<>();
    private String pageHref;

    ContentRenderer(PreparedDocument document, Labels labels, ImageStore images, TextUse use, TextMarks marks) {
        this.marks = marks;
        this.document = document;
        this.language = document.language();
        this.labels = labels;
        this.inline = new InlineRenderer(document, use);
        this.figures = new FigureRenderer(document, images, inline, marks);
    }

    /** Where each heading of the prepared outline was written ({@code page-1.xhtml#s1}), in order. */
    List<String> headingAnchors() {
        return List.copyOf(anchors);
    }

    void page(String href) {
        this.pageHref = href;
        marks.page(href);
    }

    void blocks(Xml x, List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i = one(x, blocks, i)) {
            // one block (a caption with its table) at a time
        }
    }

    /** A page's top-level blocks, with {@code stop} checked before each: a stopped job ends soon. */
    void blocks(Xml x, List<Block> blocks, RenderContext.StopCheck stop) throws java.io.IOException {
        for (int i = 0; i < blocks.size(); i = one(x, blocks, i)) {
            stop.check();
        }
    }

    /** Writes the block at {@code i} (a caption with the table it captions) and returns the index after it. */
    private int one(Xml x, List<Block> blocks, int i) {
        if (i + 1 < blocks.size() && org.accesspub.write.Keeps.captionOf(blocks.get(i), blocks.get(i + 1))) {
            // the caption goes into the table, as its <caption>
            new BlockWriter(x, (Block.Paragraph) blocks.get(i)).visit((Block.Table) blocks.get(i + 1));
            return i + 2;
        }
        blocks.get(i).accept(new BlockWriter(x, null));
        return i + 1;
    }

    /** The title of the book as the page's h1. */
    void title(Xml x, String id, String title) {
        x.start("h1").attr("id", id);
        text(x, title, true);
        x.end().newline();
    }

    /** A paragraph of the book's own words (byline, date, source) in the labels' language. */
    void labelParagraph(Xml x, String cssClass, String text) {
        x.start("p").attr("class", cssClass).attr("id", marks.id(cssClass));
        x.lang(labels.foreignTo(language) ? labels.language() : null);
        text(x, text, false);
        x.end().newline();
    }

    /** The id a narrated book gives an element read as a whole, or null. */
    String markId(Object owner) {
        return marks.id(owner);
    }

    /** The owner's content in {@code lang}, in one span per sentence when the book is narrated. */
    private void sentences(Xml x, Object owner, List<Inline> content, boolean bold, String lang) {
        List<TextMarks.Sentence> sentences = marks.sentences(owner, content);
        if (sentences == null) {
            inline.inlines(x, content, bold, lang);
            return;
        }
        for (TextMarks.Sentence s : sentences) {
            x.start("span").attr("id", s.id());
            inline.inlines(x, s.content(), bold, lang);
            x.end();
        }
    }

    /** A paragraph's content, in its own language when it has one; the element is open and names it. */
    private void paragraphContent(Xml x, Block.Paragraph p) {
        String own = XhtmlBlocks.ownLanguage(document, p);
        x.lang(own);
        sentences(x, p, p.content(), false, own != null ? own : language);
    }

    /** Inline content in the book's language. */
    void inlines(Xml x, List<Inline> inlines, boolean bold) {
        inline.inlines(x, inlines, bold, language);
    }

    /** Text in the book's language, split into language runs; runs in another language get their own lang. */
    void text(Xml x, String text, boolean bold) {
        inline.text(x, text, bold, language);
    }

    private final class BlockWriter implements Block.Visitor<Void> {
        private final Xml x;
        private final Block.Paragraph caption; // of the table this writer sets, or null

        BlockWriter(Xml x, Block.Paragraph caption) {
            this.x = x;
            this.caption = caption;
        }

        @Override
        public Void visit(Block.Heading h) {
            int level = document.outlineEntry(h).level(); // as prepared: the title is h1, no level skipped
            String id = "s" + (anchors.size() + 1);
            x.start("h" + level).attr("id", id);
            anchors.add(pageHref + "#" + id);
            sentences(x, h, h.content(), true, language);
            x.end().newline();
            return null;
        }

        @Override
        public Void visit(Block.Paragraph p) {
            ParagraphStyle style = document.paragraph(p);
            x.start("p").attr("class", style.indent() ? "indent" : style.justify() ? "justify" : null);
            paragraphContent(x, p);
            x.end().newline();
            return null;
        }

        @Override
        public Void visit(Block.BulletList l) {
            x.start("ul").newline();
            items(l.items());
            x.end().newline();
            return null;
        }

        @Override
        public Void visit(Block.OrderedList l) {
            x.start("ol").attr("start", l.start() == 1 ? null : l.start()).newline();
            items(l.items());
            x.end().newline();
            return null;
        }

        private void items(List<Block.ListItem> items) {
            for (Block.ListItem item : items) {
                x.start("li").attr("id", marks.id(item));
                // A tight item (one paragraph) is written without the paragraph around it.
                Block.Paragraph tight = XhtmlBlocks.tight(item.blocks());
                if (tight != null) {
                    paragraphContent(x, tight);
                } else {
                    blocks(x, item.blocks());
                }
                x.end().newline();
            }
        }

        @Override
        public Void visit(Block.BlockQuote q) {
            x.start("blockquote").attr("id", marks.id(q)).newline();
            blocks(x, q.blocks());
            x.end().newline();
            return null;
        }

        @Override
        public Void visit(Block.Image i) {
            figures.image(x, i);
            return null;
        }

        @Override
        public Void visit(Block.Table t) {
            new TableRenderer(inline, marks, language).table(x, t, caption);
            return null;
        }

        @Override
        public Void visit(Block.CodeBlock c) {
            inline.code(c.code(), false);
            x.start("pre").attr("id", marks.id(c)).start("code");
            if (c.language() != null && c.language().matches("[A-Za-z0-9_+#.-]{1,40}")) {
                x.attr("class", "language-" + c.language()); // the HTML convention for a listing's language
            }
            // each line a block with a hanging indent: a line the reader's width wraps continues indented
            String[] lines = c.code().replace("\r", "").split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                // the line's own newline stays in it: copied or read without the style sheet, the lines stay lines
                x.start("span").attr("class", "cl").text(lines[i] + (i + 1 < lines.length ? "\n" : "")).end();
            }
            x.end().end().newline();
            return null;
        }

        @Override
        public Void visit(Block.ThematicBreak b) {
            x.start("hr").end().newline();
            return null;
        }

        /** Lines as written: one paragraph, its lines separated by {@code <br/>}, never justified. */
        @Override
        public Void visit(Block.LineBlock l) {
            x.start("p").attr("class", "lines").attr("id", marks.id(l));
            for (int i = 0; i < l.lines().size(); i++) {
                if (i > 0) {
                    x.start("br").end().newline();
                }
                boolean blank = Blocks.plainText(l.lines().get(i)).isBlank(); // a stanza break
                x.start("span").attr("class", blank ? "line blank" : "line");
                if (!blank) {
                    inlines(x, l.lines().get(i), false);
                }
                x.end();
            }
            x.end().newline();
            return null;
        }

        @Override
        public Void visit(Block.DefinitionList d) {
            x.start("dl").attr("id", marks.id(d)).newline();
            for (Block.Definition item : d.items()) {
                x.start("dt");
                inlines(x, item.term(), true);
                x.end().newline();
                x.start("dd");
                Block.Paragraph tight = XhtmlBlocks.tight(item.definition());
                if (tight != null) {
                    String own = XhtmlBlocks.ownLanguage(document, tight);
                    x.lang(own);
                    inline.inlines(x, tight.content(), false, own != null ? own : language);
                } else {
                    blocks(x, item.definition());
                }
                x.end().newline();
            }
            x.end().newline();
            return null;
        }

        /**
         * A footnote: {@code <aside epub:type="footnote">} right after the block that refers to it, its
         * label linking back to the reference (reading systems show it as a pop-up from the reference).
         */
        @Override
        public Void visit(Block.Note n) {
            String id = InlineRenderer.noteId(n.label());
            x.start("aside").attr("epub:type", "footnote").attr("role", "doc-footnote").attr("id", id)
                    .attr("class", "footnote").newline();
            x.start("div").attr("id", marks.id(n)).newline(); // what a narrated book highlights while reading it
            x.start("p").attr("class", "footnote-label");
            x.start("a").attr("href", "#" + id + "-ref").attr("role", "doc-backlink");
            text(x, labels.terms().footnote(n.label()), true);
            x.end().end().newline();
            blocks(x, n.blocks());
            x.end().newline();
            x.end().newline();
            return null;
        }

        /**
         * A note, tip or warning: a {@code div role="note"} (an {@code aside} would be a complementary
         * landmark, which a note inside the text is not) opening with its label.
         */
        @Override
        public Void visit(Block.Admonition a) {
            x.start("div").attr("class", "admonition " + a.kind().id()).attr("role", "note").attr("id", marks.id(a))
                    .newline();
            x.start("p").attr("class", "admonition-title");
            text(x, labels.terms().admonitionLabel(a), true);
            x.end().newline();
            blocks(x, a.blocks());
            x.end().newline();
            return null;
        }
    }
}
