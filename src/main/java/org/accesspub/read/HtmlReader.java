package org.accesspub.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page with jsoup: the title from {@code og:title}, else the main {@code h1}, else
 * {@code <title>}; the content from {@code <article>}, else {@code <main>}, else the element that
 * holds most paragraph text. Scripts, styles, navigation, page chrome, forms and frames never reach
 * the model; the model has no attributes, so event handlers cannot either.
 */
final class HtmlReader implements ArticleReader {
    private static final String CHROME = "script, style, noscript, template, nav, aside, form, iframe, frame, frameset, "
            + "object, embed, svg, math, canvas, button, input, select, textarea, dialog, menu, link, meta";
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote",
            "figure", "img", "table", "pre", "hr", "div", "section", "article", "main", "header", "footer", "dl",
            "address", "details", "figcaption", "center");

    @Override
    public Article read(String text) {
        Document doc = Jsoup.parse(text);
        String lang = doc.selectFirst("html[lang]") != null ? doc.selectFirst("html[lang]").attr("lang").strip() : null;
        Element content = content(doc);
        Element h1 = content.selectFirst("h1") != null ? content.selectFirst("h1") : doc.selectFirst("h1");
        String title = firstNonBlank(meta(doc, "og:title"), h1 == null ? null : h1.text(), doc.title());
        Metadata metadata = new Metadata(title, null,
                firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), text(content, "[rel=author], .author, .byline")),
                NewsPage.parseDate(firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"),
                        attr(content, "time[datetime]", "datetime"), attr(doc, "time[datetime]", "datetime"))),
                firstNonBlank(meta(doc, "og:site_name"), meta(doc, "publisher")),
                lang == null || lang.isBlank() ? null : lang,
                firstNonBlank(meta(doc, "description"), meta(doc, "og:description")));
        content.select(CHROME).remove();
        // An article's own header holds the title and byline, already taken into the metadata.
        content.select("header:has(h1), footer, .byline, [rel=author], time").remove();
        if (h1 != null && title != null && h1.text().strip().equals(title.strip())) {
            h1.remove();
        }
        return new Article(metadata, blocks(content));
    }

    private static Element content(Document doc) {
        Element article = doc.selectFirst("article");
        if (article != null) {
            return article;
        }
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        Document copy = doc.clone();
        copy.select(CHROME + ", header, footer").remove();
        Element best = copy.body();
        int bestScore = 0;
        for (Element e : copy.body().select("*")) {
            int score = 0;
            for (Element p : e.children()) {
                if (p.normalName().equals("p")) {
                    score += p.text().length();
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    private List<Block> blocks(Element parent) {
        List<Block> out = new ArrayList<>();
        List<Inline> loose = new ArrayList<>();
        for (Node n : parent.childNodes()) {
            if (n instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush(loose, out);
                block(e, out);
            } else {
                inline(n, loose);
            }
        }
        flush(loose, out);
        return out;
    }

    private static void flush(List<Inline> loose, List<Block> out) {
        List<Inline> trimmed = Inlines.trim(loose);
        if (!trimmed.isEmpty()) {
            out.add(new Block.Paragraph(trimmed));
        }
        loose.clear();
    }

    private void block(Element e, List<Block> out) {
        switch (e.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                List<Inline> content = inlines(e);
                if (!content.isEmpty()) {
                    out.add(new Block.Heading(e.normalName().charAt(1) - '0', content));
                }
            }
            case "p", "address", "figcaption" -> paragraph(e, out);
            case "ul" -> out.add(new Block.BulletList(items(e)));
            case "ol" -> out.add(new Block.OrderedList(start(e), items(e)));
            case "blockquote" -> out.add(new Block.BlockQuote(blocks(e)));
            case "figure" -> figure(e, out);
            case "img" -> image(e, null, out);
            case "table" -> table(e, out);
            case "pre" -> out.add(new Block.CodeBlock(null, e.wholeText().replaceAll("\\n$", "")));
            case "hr" -> out.add(new Block.ThematicBreak());
            default -> out.addAll(blocks(e));
        }
    }

    /** A paragraph that holds images is split around them, as in the Markdown reader. */
    private void paragraph(Element e, List<Block> out) {
        if (e.selectFirst("img") == null) {
            List<Inline> content = inlines(e);
            if (!content.isEmpty()) {
                out.add(new Block.Paragraph(content));
            }
            return;
        }
        out.addAll(blocks(e));
    }

    private static int start(Element ol) {
        try {
            return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private List<Block.ListItem> items(Element list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Element li : list.children()) {
            if (li.normalName().equals("li")) {
                items.add(new Block.ListItem(blocks(li)));
            }
        }
        return items;
    }

    private void figure(Element e, List<Block> out) {
        Element cap = e.selectFirst("figcaption");
        String caption = cap == null || cap.text().isBlank() ? null : cap.text().strip();
        Elements imgs = e.select("img");
        if (imgs.isEmpty()) {
            out.addAll(blocks(e));
            return;
        }
        for (Element img : imgs) {
            image(img, caption, out);
        }
    }

    private static void image(Element img, String caption, List<Block> out) {
        String src = img.attr("src").strip();
        String alt = img.attr("alt").strip();
        if (src.isEmpty() || Inlines.safeHref(src) == null && !src.toLowerCase(Locale.ROOT).startsWith("data:image/")) {
            return;
        }
        out.add(new Block.Image(src, alt, caption));
    }

    private void table(Element table, List<Block> out) {
        List<List<Inline>> header = new ArrayList<>();
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") != table) {
                continue; // a nested table's rows belong to it
            }
            List<List<Inline>> cells = new ArrayList<>();
            boolean allHeader = true;
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(inlines(cell));
                    allHeader &= cell.normalName().equals("th");
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            boolean inHead = tr.parent() != null && tr.parent().normalName().equals("thead");
            if (header.isEmpty() && rows.isEmpty() && (inHead || allHeader)) {
                header = cells;
            } else {
                rows.add(cells);
            }
        }
        if (!header.isEmpty() || !rows.isEmpty()) {
            out.add(new Block.Table(header, rows));
        }
    }

    private List<Inline> inlines(Element e) {
        List<Inline> out = new ArrayList<>();
        for (Node n : e.childNodes()) {
            inline(n, out);
        }
        return Inlines.trim(out);
    }

    private void inline(Node n, List<Inline> out) {
        if (n instanceof TextNode t) {
            out.add(new Inline.Text(t.getWholeText()));
            return;
        }
        if (!(n instanceof Element e)) {
            return; // comments, data
        }
        switch (e.normalName()) {
            case "strong", "b" -> out.add(new Inline.Strong(inlines(e)));
            case "em", "i", "cite", "dfn" -> out.add(new Inline.Emphasis(inlines(e)));
            case "code", "kbd", "samp", "tt" -> out.add(new Inline.Code(e.text()));
            case "br" -> out.add(new Inline.LineBreak());
            case "a" -> {
                String href = Inlines.safeHref(e.attr("href"));
                List<Inline> content = inlines(e);
                if (href == null || href.startsWith("#")) {
                    out.addAll(content);
                } else if (!content.isEmpty()) {
                    out.add(new Inline.Link(e.absUrl("href").isEmpty() ? href : e.absUrl("href"), content));
                }
            }
            case "img" -> {
                if (!e.attr("alt").isBlank()) {
                    out.add(new Inline.Text(e.attr("alt")));
                }
            }
            default -> {
                if (!e.normalName().matches(CHROME.replace(", ", "|"))) {
                    for (Node c : e.childNodes()) {
                        inline(c, out);
                    }
                }
            }
        }
    }

    private static String meta(Document doc, String name) {
        Element m = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return m == null ? null : m.attr("content");
    }

    private static String attr(Element root, String css, String attr) {
        Element e = root.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    private static String text(Element root, String css) {
        Element e = root.selectFirst(css);
        return e == null ? null : e.text().replaceFirst("^(By|作者[:：])\\s*", "");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
