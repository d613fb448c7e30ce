package org.accesspub.write.narrated;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.accesspub.lang.Languages;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.accesspub.speech.SpokenScript;
import org.accesspub.write.epub.TextMarks;
import org.accesspub.write.epub.Xml;

/**
 * The DAISY 2.02 text document ({@code content.html}, XHTML 1.0): the article with the reading plan's ids on
 * every sentence and every element read whole, and the headings the NCC lists. Elements read whole that are
 * not tables or code (the announcement, images) show what is said, so text and speech agree word for word.
 */
final class DaisyText {
    static final String HREF = "content.html";

    /** A heading the NCC lists: its level (the title is 1) and the ids that show it. */
    record Heading(int level, String label, Set<String> ids) {
    }

    private final ReadingPlan plan;
    private final SpokenScript script;
    private final Set<String> written = new HashSet<>();
    private final List<Heading> headings = new ArrayList<>();
    private final int levelShift;
    private int lastLevel = 1;
    private int depth;

    private DaisyText(ReadingPlan plan, SpokenScript script, int levelShift) {
        this.plan = plan;
        this.script = script;
        this.levelShift = levelShift;
    }

    /** The text document, the ids it holds and its headings. */
    record Result(String html, Set<String> ids, List<Heading> headings) {
    }

    static Result write(Article article, String title, ReadingPlan plan, SpokenScript script) {
        int top = article.blocks().stream().filter(b -> b instanceof Block.Heading)
                .mapToInt(b -> ((Block.Heading) b).level()).min().orElse(1);
        DaisyText t = new DaisyText(plan, script, 2 - top);
        String html = t.document(article, title);
        return new Result(html, Set.copyOf(t.written), List.copyOf(t.headings));
    }

    private String document(Article article, String title) {
        Metadata m = article.metadata();
        String language = script.language();
        Xml x = new Xml();
        x.raw("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
                + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n");
        x.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", language)
                .attr("xml:lang", language).newline();
        x.start("head").newline();
        x.start("meta").attr("http-equiv", "Content-type").attr("content", "text/html; charset=utf-8").end().newline();
        x.element("title", title).newline();
        x.end().newline();
        x.start("body").newline();
        x.start("h1").attr("class", "title").attr("id", TextMarks.TITLE).text(title).end().newline();
        written.add(TextMarks.TITLE);
        headings.add(new Heading(1, title, Set.of(TextMarks.TITLE)));
        if (m.subtitle() != null && !m.subtitle().isBlank()) {
            x.start("p").attr("class", "subtitle").attr("id", mark(TextMarks.SUBTITLE)).text(m.subtitle().strip())
                    .end().newline();
        }
        String id = mark(TextMarks.META);
        if (id != null) {
            x.start("p").attr("class", "announcement").attr("id", id).text(said(id)).end().newline();
        }
        blocks(x, article.blocks());
        x.end().newline();
        x.end().newline();
        return x.finish();
    }

    private void blocks(Xml x, List<Block> blocks) {
        for (Block b : blocks) {
            block(x, b);
        }
    }

    private void block(Xml x, Block b) {
        if (b instanceof Block.Heading h) {
            String label = Blocks.plainText(h.content()).strip();
            if (label.isEmpty()) {
                return;
            }
            int level = Math.max(2, Math.min(Math.min(6, h.level() + levelShift), lastLevel + 1));
            lastLevel = level;
            x.start("h" + level);
            Set<String> ids = sentences(x, h, h.content());
            x.end().newline();
            if (depth == 0) {
                headings.add(new Heading(level, label, ids));
            }
        } else if (b instanceof Block.Paragraph p) {
            x.start("p");
            sentences(x, p, p.content());
            x.end().newline();
        } else if (b instanceof Block.BulletList l) {
            list(x, "ul", l.items());
        } else if (b instanceof Block.OrderedList l) {
            x.start("ol").attr("start", l.start() == 1 ? null : l.start());
            items(x, l.items());
            x.end().newline();
        } else if (b instanceof Block.BlockQuote q) {
            depth++;
            x.start("blockquote").attr("id", mark(q)).newline();
            blocks(x, q.blocks());
            x.end().newline();
            depth--;
        } else if (b instanceof Block.Table t) {
            table(x, t);
        } else if (b instanceof Block.CodeBlock c) {
            x.start("pre").attr("id", mark(c)).text(c.code()).end().newline();
        } else if (b instanceof Block.ThematicBreak) {
            x.start("hr").end().newline();
        } else {
            // An image, or anything else read in one piece: shown as what is said.
            String id = mark(b);
            if (id != null) {
                x.start("p").attr("id", id).text(said(id)).end().newline();
            }
        }
    }

    private void list(Xml x, String element, List<Block.ListItem> items) {
        x.start(element);
        items(x, items);
        x.end().newline();
    }

    private void items(Xml x, List<Block.ListItem> items) {
        x.newline();
        depth++;
        for (Block.ListItem item : items) {
            x.start("li").attr("id", mark(item));
            if (item.blocks().size() == 1 && item.blocks().get(0) instanceof Block.Paragraph p) {
                sentences(x, p, p.content());
            } else {
                blocks(x, item.blocks());
            }
            x.end().newline();
        }
        depth--;
    }

    private void table(Xml x, Block.Table t) {
        x.start("table").attr("id", mark(t)).attr("border", "1").newline();
        if (!t.header().isEmpty()) {
            x.start("tr");
            t.header().forEach(cell -> {
                x.start("th");
                inlines(x, cell);
                x.end();
            });
            x.end().newline();
        }
        for (List<List<Inline>> row : t.rows()) {
            x.start("tr");
            for (List<Inline> cell : row) {
                x.start("td");
                inlines(x, cell);
                x.end();
            }
            x.end().newline();
        }
        x.end().newline();
    }

    /** The content in one span per planned sentence; returns the ids written. */
    private Set<String> sentences(Xml x, Object owner, List<Inline> content) {
        List<TextMarks.Sentence> planned = plan.sentences(owner);
        if (planned == null) {
            inlines(x, content);
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (TextMarks.Sentence s : planned) {
            x.start("span").attr("id", s.id());
            inlines(x, s.content());
            x.end();
            written.add(s.id());
            ids.add(s.id());
        }
        return ids;
    }

    private void inlines(Xml x, List<Inline> content) {
        for (Inline in : content) {
            if (in instanceof Inline.Text t) {
                x.text(t.text());
            } else if (in instanceof Inline.Emphasis e) {
                x.start("em");
                inlines(x, e.content());
                x.end();
            } else if (in instanceof Inline.Strong s) {
                x.start("strong");
                inlines(x, s.content());
                x.end();
            } else if (in instanceof Inline.Code c) {
                x.start("code").text(c.text()).end();
            } else if (in instanceof Inline.LineBreak) {
                x.start("br").end();
            } else {
                // A link keeps its text: a talking-book player cannot open a web address.
                x.text(Blocks.plainText(List.of(in)));
            }
        }
    }

    /** The plan's id for an element read whole, noted as written. */
    private String mark(Object owner) {
        String id = plan.id(owner);
        if (id != null) {
            written.add(id);
        }
        return id;
    }

    /** What the speech says for an element read whole, as the transcript shows it. */
    private String said(String id) {
        StringBuilder sb = new StringBuilder();
        boolean chinese = Languages.isChinese(script.language());
        for (ReadingPlan.Piece p : plan.pieces()) {
            if (!p.id().equals(id)) {
                continue;
            }
            for (int part : p.parts()) {
                String d = ((SpokenScript.Utterance) script.parts().get(part)).display().strip();
                if (sb.length() > 0 && !chinese) {
                    sb.append(' ');
                }
                sb.append(d);
            }
        }
        return sb.toString();
    }
}
