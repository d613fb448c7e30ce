package org.accesspub.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.accesspub.lang.Languages;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.read.Inlines;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the content elements into model blocks: headings with their level, paragraphs, lists,
 * definition lists, quotes, admonitions, figures, data tables, code with its language, breaks.
 * Inside the content it still drops what only links elsewhere (a list or box that is mostly links,
 * a table of contents), chrome labels ("Advertisement", "Share this") and heading anchors (¶).
 * Layout tables are not data tables: their cells are read as blocks.
 */
final class BlockBuilder {
    private final TextStats stats;

    BlockBuilder(Element root) {
        this.stats = TextStats.of(root);
    }

    /** The blocks of a content root: the root itself read as a block (a table, a list, a container). */
    void blocksOf(Element root, List<Block> out) {
        String name = root.normalName();
        if (name.equals("body") || !Tags.isHeading(name) && !Admonitions.isAdmonition(root)
                && Set.of("div", "section", "article", "main", "span", "td", "font", "center", "form").contains(name)) {
            out.addAll(blocks(root)); // the article itself is never a link box
        } else {
            block(root, out);
        }
    }

    List<Block> blocks(Element parent) {
        List<Block> out = new ArrayList<>();
        List<Inline> loose = new ArrayList<>();
        for (Node n : parent.childNodes()) {
            if (n instanceof Element e && e.normalName().equals("br") && endsWithBreak(loose)) {
                flush(loose, out); // two line breaks in a row end a paragraph
            } else if (n instanceof Element e && (Tags.isBlock(e.normalName()) || holdsBlocks(e))) {
                flush(loose, out);
                block(e, out);
            } else if (n instanceof Element e && isImageOnly(e)) {
                flush(loose, out);
                image(e.selectFirst("img"), null, out);
            } else {
                inline(n, loose);
            }
        }
        flush(loose, out);
        return out;
    }

    /** An unknown element ({@code <block>}) or a phrasing one used as a wrapper that holds blocks is a container. */
    private static boolean holdsBlocks(Element e) {
        for (Element c : e.children()) {
            if (Tags.isBlock(c.normalName()) && !c.normalName().equals("img")) {
                return true;
            }
        }
        return false;
    }

    /** A link or span that holds nothing but a picture: the picture is a block of its own. */
    private static boolean isImageOnly(Element e) {
        return (e.normalName().equals("a") || e.normalName().equals("span")) && e.selectFirst("img") != null
                && e.select("img").size() == 1 && e.text().isBlank();
    }

    private static boolean endsWithBreak(List<Inline> loose) {
        for (int i = loose.size() - 1; i >= 0; i--) {
            Inline in = loose.get(i);
            if (in instanceof Inline.LineBreak) {
                return true;
            }
            if (!(in instanceof Inline.Text t) || !t.text().isBlank()) {
                return false;
            }
        }
        return false;
    }

    private static void flush(List<Inline> loose, List<Block> out) {
        List<Inline> trimmed = trimBreaks(Inlines.trim(loose));
        loose.clear();
        if (!trimmed.isEmpty() && !Chrome.isLabel(org.accesspub.model.Blocks.plainText(trimmed))) {
            out.add(new Block.Paragraph(trimmed));
        }
    }

    private static List<Inline> trimBreaks(List<Inline> in) {
        List<Inline> l = new ArrayList<>(in);
        while (!l.isEmpty() && l.get(0) instanceof Inline.LineBreak) {
            l.remove(0);
        }
        while (!l.isEmpty() && l.get(l.size() - 1) instanceof Inline.LineBreak) {
            l.remove(l.size() - 1);
        }
        return l.size() == in.size() ? in : Inlines.trim(l);
    }

    private void block(Element e, List<Block> out) {
        String name = e.normalName();
        if (Tags.isHeading(name)) {
            List<Inline> content = inlines(e);
            if (!content.isEmpty()) {
                out.add(new Block.Heading(name.charAt(1) - '0', content));
            }
            return;
        }
        if (Admonitions.isAdmonition(e)) {
            admonition(e, out);
            return;
        }
        if (e.hasClass("line-block")) {
            lineBlock(e, out);
            return;
        }
        switch (name) {
            case "p", "address", "figcaption", "summary", "dt", "caption" -> paragraph(e, out);
            case "ul", "ol", "menu", "dir" -> list(e, out);
            case "dl" -> definitions(e, out);
            case "blockquote" -> {
                List<Block> inner = blocks(e);
                if (!inner.isEmpty()) {
                    out.add(new Block.BlockQuote(inner));
                }
            }
            case "figure" -> figure(e, out);
            case "img" -> image(e, null, out);
            case "picture" -> {
                Element img = e.selectFirst("img");
                if (img != null) {
                    image(img, null, out);
                }
            }
            case "table" -> table(e, out);
            case "pre", "listing", "xmp" -> code(e, out);
            case "hr" -> out.add(new Block.ThematicBreak());
            default -> container(e, out);
        }
    }

    /** A generic container: its blocks, unless it is mostly links (a link box, a table of contents). */
    private void container(Element e, List<Block> out) {
        if (isReferenceLink(e)) {
            out.addAll(blocks(e));
            return;
        }
        if (isLinkBox(e) || Chrome.isPointer(e.text(), stats.linkDensity(e))) {
            return;
        }
        out.addAll(blocks(e));
    }

    /**
     * A link standing alone on its line in the running text, as manuals print references (Publican's
     * {@code <div class="url">→ <a>https://…</a></div>} after "in the Xen wiki:"): one link and at most
     * an arrow or bullet beside it, whose text is an address or which follows a colon. It is the text's
     * own, never a link box.
     */
    private static boolean isReferenceLink(Element e) {
        org.jsoup.select.Elements links = e.select("a[href]");
        if (links.size() != 1) {
            return false;
        }
        Element a = links.first();
        String linkText = a.text().strip();
        String rest = e.text().replace(a.text(), "").strip();
        if (linkText.isEmpty() || rest.codePointCount(0, rest.length()) > 2) {
            return false;
        }
        boolean address = linkText.matches("(?i)(https?://|ftp://|www\\.|mailto:)\\S+");
        return address || precededByColon(e);
    }

    private static boolean precededByColon(Element e) {
        for (Node n = e.previousSibling(); n != null; n = n.previousSibling()) {
            String t = n instanceof TextNode tn ? tn.text() : n instanceof Element el ? el.text() : "";
            if (!t.isBlank()) {
                t = t.strip();
                return t.endsWith(":") || t.endsWith("：");
            }
        }
        return false;
    }

    private boolean isLinkBox(Element e) {
        TextStats.Stat s = stats.get(e);
        if (s.length == 0) {
            return false;
        }
        double density = s.linkDensity();
        return density > 0.5 && (s.length < 2000 || density > 0.7) && !hasProse(e)
                && (e.normalName().equals("table") || e.selectFirst("pre, table th, table thead") == null);
    }

    /** True when an element holds a sentence-long paragraph that is not mostly a link. */
    private boolean hasProse(Element e) {
        for (Element p : e.select("p, pre")) {
            if (stats.length(p) >= 120 && stats.linkDensity(p) < 0.3 && p.closest("a") == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph; one that holds images is split around them, as in the Markdown reader, and one
     * written as three or more short lines (verse, an address) is a line block.
     */
    private void paragraph(Element e, List<Block> out) {
        if (e.selectFirst("img, table, pre, ul, ol, dl, blockquote, div") == null) {
            List<Inline> content = inlines(e);
            String text = org.accesspub.model.Blocks.plainText(content);
            if (content.isEmpty() || Chrome.isLabel(text) || Chrome.isPointer(text, stats.linkDensity(e))) {
                return;
            }
            List<List<Inline>> lines = lines(content);
            out.add(isVerse(lines) ? new Block.LineBlock(lines) : new Block.Paragraph(content));
            return;
        }
        out.addAll(blocks(e));
    }

    private static List<List<Inline>> lines(List<Inline> content) {
        List<List<Inline>> lines = new ArrayList<>();
        List<Inline> line = new ArrayList<>();
        for (Inline in : content) {
            if (in instanceof Inline.LineBreak) {
                lines.add(Inlines.trim(line));
                line = new ArrayList<>();
            } else {
                line.add(in);
            }
        }
        lines.add(Inlines.trim(line));
        return lines;
    }

    /** Three or more lines, none empty and none longer than a line of verse. */
    private static boolean isVerse(List<List<Inline>> lines) {
        if (lines.size() < 3) {
            return false;
        }
        for (List<Inline> l : lines) {
            String t = org.accesspub.model.Blocks.plainText(l);
            int len = t.codePointCount(0, t.length()) + (int) t.codePoints().filter(Languages::isHan).count();
            if (t.isBlank() || len > 70) {
                return false;
            }
        }
        return true;
    }

    /** docutils' line block: {@code div.line-block > div.line}, nested blocks indented. */
    private void lineBlock(Element e, List<Block> out) {
        List<List<Inline>> lines = new ArrayList<>();
        for (Element line : e.select("div.line")) {
            int depth = line.parents().stream().takeWhile(p -> p != e).filter(p -> p.hasClass("line-block")).toList().size();
            List<Inline> content = new ArrayList<>();
            if (depth > 0) {
                content.add(new Inline.Text("\u00A0".repeat(2 * depth)));
            }
            content.addAll(inlines(line));
            lines.add(content);
        }
        if (!lines.isEmpty()) {
            out.add(new Block.LineBlock(lines));
        }
    }

    private void list(Element list, List<Block> out) {
        if (isLinkBox(list)) {
            return;
        }
        List<Block.ListItem> items = new ArrayList<>();
        for (Element li : list.children()) {
            if (li.normalName().equals("li")) {
                List<Block> content = blocks(li);
                if (!content.isEmpty()) {
                    items.add(new Block.ListItem(content));
                }
            }
        }
        if (items.isEmpty()) {
            return;
        }
        out.add(list.normalName().equals("ol") ? new Block.OrderedList(start(list), items) : new Block.BulletList(items));
    }

    private static int start(Element ol) {
        try {
            return ol.hasAttr("start") ? Integer.parseInt(ol.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A definition list: each term with the definitions that follow it; {@code <div>} groups allowed. */
    private void definitions(Element dl, List<Block> out) {
        List<Block.Definition> items = new ArrayList<>();
        List<Inline> term = null;
        List<Block> definition = new ArrayList<>();
        for (Element child : groupsFlattened(dl)) {
            if (child.normalName().equals("dt")) {
                if (term != null && !definition.isEmpty()) {
                    items.add(new Block.Definition(term, definition));
                    term = null;
                    definition = new ArrayList<>();
                }
                List<Inline> t = inlines(child);
                if (!t.isEmpty()) {
                    term = term == null ? t : joinTerms(term, t);
                }
            } else if (child.normalName().equals("dd")) {
                definition.addAll(blocks(child));
            }
        }
        if (term != null) {
            items.add(new Block.Definition(term, definition));
        } else if (!definition.isEmpty()) {
            out.addAll(definition); // definitions without a term: keep their text
        }
        if (!items.isEmpty()) {
            out.add(new Block.DefinitionList(items));
        }
    }

    private static List<Element> groupsFlattened(Element dl) {
        List<Element> out = new ArrayList<>();
        for (Element child : dl.children()) {
            if (child.normalName().equals("div")) {
                out.addAll(child.children()); // <dl><div><dt>…</dt><dd>…</dd></div></dl>
            } else {
                out.add(child);
            }
        }
        return out;
    }

    /** Several terms for one definition ({@code <dt>-a</dt><dt>--all</dt><dd>…}) read as one: "-a, --all". */
    private static List<Inline> joinTerms(List<Inline> first, List<Inline> next) {
        List<Inline> joined = new ArrayList<>(first);
        joined.add(new Inline.Text(", "));
        joined.addAll(next);
        return joined;
    }

    /** An admonition with the label the source shows ("Note", "警告"), without its icon or layout table. */
    private void admonition(Element e, List<Block> out) {
        Element title = Admonitions.titleElement(e);
        String label = title == null ? null : Admonitions.titleText(title);
        String kind = Admonitions.kind(e, title == null ? null : title.text());
        if (title != null) {
            title.remove();
        }
        for (Element img : e.select("img")) {
            img.remove(); // the icon that stands for the label
        }
        for (Element table : e.select("> table")) {
            table.attr("role", "presentation"); // DocBook lays out icon, label and text in a table
        }
        List<Block> inner = blocks(e);
        if (!inner.isEmpty()) {
            out.add(new Block.Admonition(Block.Admonition.Kind.of(kind), label, inner));
        }
    }

    private void figure(Element e, List<Block> out) {
        Element cap = e.selectFirst("figcaption");
        String caption = cap == null || cap.text().isBlank() ? null : cap.text().strip();
        List<Element> imgs = e.select("img");
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
        if (src.isEmpty() || src.startsWith("data:") && !src.toLowerCase(Locale.ROOT).startsWith("data:image/")) {
            src = img.attr("data-src").strip();
        }
        String alt = img.attr("alt").strip();
        if (src.isEmpty() || Inlines.safeHref(src) == null && !src.toLowerCase(Locale.ROOT).startsWith("data:image/")) {
            return;
        }
        out.add(new Block.Image(src, alt, caption));
    }

    private void table(Element table, List<Block> out) {
        if (!Tables.isDataTable(table)) {
            for (Element cell : table.select("td, th")) {
                if (Tables.owner(cell) == table) {
                    out.addAll(blocks(cell));
                }
            }
            return;
        }
        Element caption = table.selectFirst("> caption");
        if (caption != null) {
            paragraph(caption, out);
        }
        Block.Table t = Tables.read(table, this::cellInlines);
        if (t != null) {
            out.add(t);
        }
    }

    private void code(Element pre, List<Block> out) {
        pre.select(".linenos, .lineno, .line-numbers-rows").remove();
        String text = pre.wholeText().replaceAll("\\A\\n|\\n+\\z", "");
        if (!text.isBlank()) {
            out.add(new Block.CodeBlock(CodeLanguage.of(pre), text));
        }
    }

    /** A table cell's content as one run: its paragraphs joined by line breaks. */
    private List<Inline> cellInlines(Element cell) {
        if (cell.selectFirst("p, div, ul, ol, pre") == null) {
            return inlines(cell);
        }
        List<Inline> out = new ArrayList<>();
        for (Block b : blocks(cell)) {
            if (!out.isEmpty()) {
                out.add(new Inline.LineBreak());
            }
            if (b instanceof Block.Paragraph p) {
                out.addAll(p.content());
            } else if (b instanceof Block.Heading h) {
                out.addAll(h.content());
            } else {
                out.add(new Inline.Text(org.accesspub.model.Blocks.plainText(b)));
            }
        }
        return out;
    }

    List<Inline> inlines(Element e) {
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
            case "strong", "b" -> wrapped(e, out, Inline.Strong::new);
            case "em", "i", "cite", "dfn", "var" -> wrapped(e, out, Inline.Emphasis::new);
            case "code", "kbd", "samp", "tt" -> {
                String text = e.text();
                if (!text.isBlank()) {
                    spaceBefore(e, out);
                    out.add(new Inline.Code(text.strip()));
                    spaceAfter(e, out);
                }
            }
            case "br" -> out.add(new Inline.LineBreak());
            case "a" -> link(e, out);
            case "img" -> {
                if (!e.attr("alt").isBlank()) {
                    out.add(new Inline.Text(e.attr("alt")));
                }
            }
            default -> {
                for (Node c : e.childNodes()) {
                    inline(c, out);
                }
            }
        }
    }

    private void link(Element a, List<Inline> out) {
        if (a.hasClass("headerlink") || a.text().strip().matches("[¶#§🔗]?") && a.selectFirst("img") == null) {
            return; // the anchor that documentation tools put after a heading
        }
        String href = Inlines.safeHref(a.attr("href"));
        if (href == null || href.startsWith("#")) {
            for (Node c : a.childNodes()) {
                inline(c, out);
            }
            return;
        }
        String abs = a.absUrl("href");
        wrapped(a, out, content -> new Inline.Link(abs.isEmpty() ? href : abs, content));
    }

    /**
     * An inline element whose content starts or ends with a space: the space goes outside, so that
     * {@code enables the<a> BSD-like</a>} keeps its word gap when the link text is trimmed.
     */
    private void wrapped(Element e, List<Inline> out, java.util.function.Function<List<Inline>, Inline> make) {
        List<Inline> raw = new ArrayList<>();
        for (Node c : e.childNodes()) {
            inline(c, raw);
        }
        List<Inline> content = Inlines.trim(raw);
        if (content.isEmpty()) {
            if (!raw.isEmpty()) {
                out.add(new Inline.Text(" "));
            }
            return;
        }
        if (startsWithSpace(raw)) {
            out.add(new Inline.Text(" "));
        }
        out.add(make.apply(content));
        if (endsWithSpace(raw)) {
            out.add(new Inline.Text(" "));
        }
    }

    private static void spaceBefore(Element e, List<Inline> out) {
        if (e.text().length() > 0 && Character.isWhitespace(e.wholeText().isEmpty() ? 'x' : e.wholeText().charAt(0))) {
            out.add(new Inline.Text(" "));
        }
    }

    private static void spaceAfter(Element e, List<Inline> out) {
        String w = e.wholeText();
        if (!w.isEmpty() && Character.isWhitespace(w.charAt(w.length() - 1))) {
            out.add(new Inline.Text(" "));
        }
    }

    private static boolean startsWithSpace(List<Inline> raw) {
        return raw.get(0) instanceof Inline.Text t && !t.text().isEmpty() && Character.isWhitespace(t.text().charAt(0));
    }

    private static boolean endsWithSpace(List<Inline> raw) {
        Inline last = raw.get(raw.size() - 1);
        return last instanceof Inline.Text t && !t.text().isEmpty()
                && Character.isWhitespace(t.text().charAt(t.text().length() - 1));
    }
}
