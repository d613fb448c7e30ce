package org.accesspub.write.narrated;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.Terms;
import org.accesspub.write.epub.TextMarks;
import org.accesspub.write.epub.XhtmlBlocks;
import org.accesspub.write.epub.Xml;

/**
 * The DAISY 2.02 text document ({@code content.html}, XHTML 1.0): the prepared document with the reading plan's
 * ids on every sentence and every element read whole, and the headings the NCC lists, at the outline's levels.
 * The title page shows the prepared title, subtitle and metadata line; an image, which the text-only book cannot
 * show, its text alternative as every output words it ({@code 图片：…}).
 */
final class DaisyText {
    static final String HREF = "content.html";

    /** A heading the NCC lists: its level (the title is 1) and the ids that show it. */
    record Heading(int level, String label, Set<String> ids) {
    }

    /** The text document, the ids it holds and its headings. */
    record Result(String html, Set<String> ids, List<Heading> headings) {
    }

    private DaisyText() {
    }

    /** The text document of a prepared document, marked as the plan says. */
    static Result write(PreparedDocument document, ReadingPlan plan) {
        Page page = new Page(document, plan);
        String html = page.document();
        return new Result(html, Set.copyOf(page.written), List.copyOf(page.headings));
    }

    /** One text document being written: made per call, so the writer keeps no state between books. */
    private static final class Page implements Block.Visitor<Void> {
        private final PreparedDocument document;
        private final ReadingPlan plan;
        private final Terms terms;
        private final Xml x = new Xml();
        private final Set<String> written = new HashSet<>();
        private final List<Heading> headings = new ArrayList<>();

        Page(PreparedDocument document, ReadingPlan plan) {
            this.document = document;
            this.plan = plan;
            this.terms = document.terms();
        }

        String document() {
            String language = document.language();
            String title = document.info().title();
            x.raw("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                    + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n");
            x.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", language)
                    .attr("xml:lang", language).newline();
            x.start("head").newline();
            x.start("meta").attr("http-equiv", "Content-type").attr("content", "text/html; charset=utf-8").end().newline();
            x.element("title", title).newline();
            x.end().newline();
            x.start("body").newline();
            frontMatter(title);
            blocks(document.blocks());
            x.end().newline();
            x.end().newline();
            return x.finish();
        }

        /** The title, the subtitle and the metadata line (its parts one to a line), as every output shows them. */
        private void frontMatter(String title) {
            x.start("h1").attr("class", "title").attr("id", TextMarks.TITLE).text(title).end().newline();
            written.add(TextMarks.TITLE);
            headings.add(new Heading(1, title, Set.of(TextMarks.TITLE)));
            if (document.info().subtitle() != null) {
                x.start("p").attr("class", "subtitle").attr("id", mark(TextMarks.SUBTITLE))
                        .text(document.info().subtitle()).end().newline();
            }
            List<String> line = document.metadataLine();
            if (!line.isEmpty()) {
                x.start("p").attr("class", "announcement").attr("id", mark(TextMarks.META));
                for (int i = 0; i < line.size(); i++) {
                    if (i > 0) {
                        x.start("br").end();
                    }
                    x.text(line.get(i));
                }
                x.end().newline();
            }
        }

        private void blocks(List<Block> blocks) {
            for (Block b : blocks) {
                b.accept(this);
            }
        }

        /** A heading at the level the outline gives it; the NCC lists it with the ids of its sentences. */
        @Override
        public Void visit(Block.Heading h) {
            PreparedDocument.OutlineEntry entry = document.outlineEntry(h);
            x.start("h" + entry.level());
            Set<String> ids = sentences(h, h.content());
            x.end().newline();
            headings.add(new Heading(entry.level(), entry.text(), ids));
            return null;
        }

        @Override
        public Void visit(Block.Paragraph p) {
            x.start("p").lang(XhtmlBlocks.ownLanguage(document, p));
            sentences(p, p.content());
            x.end().newline();
            return null;
        }

        @Override
        public Void visit(Block.BulletList l) {
            x.start("ul");
            items(l.items());
            x.end().newline();
            return null;
        }

        @Override
        public Void visit(Block.OrderedList l) {
            x.start("ol").attr("start", l.start() == 1 ? null : l.start());
            items(l.items());
            x.end().newline();
            return null;
        }

        private void items(List<Block.ListItem> items) {
            x.newline();
            for (Block.ListItem item : items) {
                x.start("li");
                // A tight item (one paragraph) is written without the paragraph around it.
                Block.Paragraph tight = XhtmlBlocks.tight(item.blocks());
                if (tight != null) {
                    x.lang(XhtmlBlocks.ownLanguage(document, tight));
                    sentences(tight, tight.content());
                } else {
                    blocks(item.blocks());
                }
                x.end().newline();
            }
        }

        @Override
        public Void visit(Block.BlockQuote q) {
            x.start("blockquote").newline();
            blocks(q.blocks());
            x.end().newline();
            return null;
        }

        /** The book has no pictures: the text alternative and the caption stand in, as in every output. */
        @Override
        public Void visit(Block.Image i) {
            Optional<String> standIn = document.imageStandIn(i);
            Optional<String> caption = document.caption(i);
            if (standIn.isEmpty() && caption.isEmpty()) {
                return null; // decoration
            }
            x.start("div").attr("class", "figure").attr("id", mark(i)).newline();
            standIn.ifPresent(s -> x.start("p").attr("class", "image-alt").text(s).end().newline());
            caption.ifPresent(c -> x.start("p").attr("class", "caption").text(c).end().newline());
            x.end().newline();
            return null;
        }

        @Override
        public Void visit(Block.Table t) {
            x.start("table").attr("id", mark(t)).attr("border", "1").newline();
            if (!t.header().isEmpty()) {
                row("th", t.header());
            }
            for (List<List<Inline>> r : t.rows()) {
                row("td", r);
            }
            x.end().newline();
            return null;
        }

        private void row(String cell, List<List<Inline>> cells) {
            x.start("tr");
            for (List<Inline> c : cells) {
                x.start(cell);
                inlines(c);
                x.end();
            }
            x.end().newline();
        }

        @Override
        public Void visit(Block.CodeBlock c) {
            x.start("pre").attr("id", mark(c)).text(c.code()).end().newline();
            return null;
        }

        @Override
        public Void visit(Block.ThematicBreak b) {
            x.start("hr").end().newline();
            return null;
        }

        /** Verse or an address: one paragraph, its lines kept by line breaks. */
        @Override
        public Void visit(Block.LineBlock l) {
            x.start("p").attr("class", "lines").attr("id", mark(l));
            for (int i = 0; i < l.lines().size(); i++) {
                if (i > 0) {
                    x.start("br").end().newline();
                }
                inlines(l.lines().get(i));
            }
            x.end().newline();
            return null;
        }

        @Override
        public Void visit(Block.DefinitionList d) {
            x.start("dl").attr("id", mark(d)).newline();
            for (Block.Definition item : d.items()) {
                x.start("dt");
                inlines(item.term());
                x.end().newline();
                x.start("dd");
                blocks(item.definition());
                x.end().newline();
            }
            x.end().newline();
            return null;
        }

        /** A note, tip or warning opening with its label, as it is read: 注意 / Warning. */
        @Override
        public Void visit(Block.Admonition a) {
            labelled(a, "admonition", terms.admonitionLabel(a), a.blocks());
            return null;
        }

        /** A footnote where the reader placed it, opening with its label: 注释 1 / Note 1. */
        @Override
        public Void visit(Block.Note n) {
            labelled(n, "footnote", terms.footnote(n.label()), n.blocks());
            return null;
        }

        private void labelled(Block owner, String cssClass, String label, List<Block> blocks) {
            x.start("div").attr("class", cssClass).attr("id", mark(owner)).newline();
            x.start("p").attr("class", cssClass + "-title").start("strong").text(label).end().end().newline();
            blocks(blocks);
            x.end().newline();
        }

        /** The content in one span per sentence said; returns the ids written. */
        private Set<String> sentences(Object owner, List<Inline> content) {
            List<TextMarks.Sentence> planned = plan.sentences(owner);
            if (planned == null) {
                inlines(content);
                return Set.of();
            }
            Set<String> ids = new LinkedHashSet<>();
            for (TextMarks.Sentence s : planned) {
                x.start("span").attr("id", s.id());
                inlines(s.content());
                x.end();
                written.add(s.id());
                ids.add(s.id());
            }
            return ids;
        }

        private void inlines(List<Inline> content) {
            DaisyInlines.write(x, content);
        }

        /** The plan's id for an element read whole, noted as written. */
        private String mark(Object owner) {
            String id = plan.id(owner);
            if (id != null) {
                written.add(id);
            }
            return id;
        }
    }
}
