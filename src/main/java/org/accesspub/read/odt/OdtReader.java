package org.accesspub.read.odt;

import static org.accesspub.read.office.SafeXml.attr;
import static org.accesspub.read.office.SafeXml.child;
import static org.accesspub.read.office.SafeXml.children;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accesspub.AccesspubException;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.accesspub.read.office.BlockSink;
import org.accesspub.read.office.InlineRuns;
import org.accesspub.read.office.OfficeBlocks;
import org.accesspub.read.office.SafeXml;
import org.accesspub.read.office.ZipParts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an OpenDocument text (ODT, what LibreOffice saves) into an article, from {@code content.xml},
 * {@code styles.xml} and {@code meta.xml} parsed with the JDK (see docs/sources.md for why not odfdom):
 * headings ({@code text:h} with their outline level and number), lists (bullets or numbers from the list
 * style, start values, continued numbering), tables (header rows, spanned and covered cells), pictures with
 * {@code svg:title}/{@code svg:desc} as their text alternative and captions, links, footnotes and endnotes
 * ({@code text:note}) as notes, text boxes and sections in reading order, tracked changes as accepted (the
 * deleted text kept in {@code text:tracked-changes} is not read), comments and tables of contents left out,
 * code and quote paragraphs by style. Not thread-safe: one per document read.
 */
public final class OdtReader {
    private static final int MAX_DEPTH = 24;

    private final ZipParts parts;
    private final OdtStyles styles;
    private final org.accesspub.read.office.NoteReader notes = new org.accesspub.read.office.NoteReader();
    private final List<Block.Note> pendingNotes = notes.pending();
    private final Map<String, Integer> listCounters = new HashMap<>();
    private int depth;
    private String title;
    private String subtitle;
    private String author;

    private OdtReader(ZipParts parts, OdtStyles styles) {
        this.parts = parts;
        this.styles = styles;
    }

    public static boolean isOdt(ZipParts parts) {
        byte[] mime = parts.get("mimetype");
        if (mime != null) {
            return new String(mime, StandardCharsets.US_ASCII).strip().startsWith("application/vnd.oasis.opendocument.text");
        }
        return parts.has("content.xml") && parts.has("META-INF/manifest.xml");
    }

    /** Whether the manifest says the content is encrypted (saved with a password). */
    public static boolean isEncrypted(ZipParts parts) {
        byte[] manifest = parts.get("META-INF/manifest.xml");
        return manifest != null && new String(manifest, StandardCharsets.UTF_8).contains("encryption-data");
    }

    public static Article read(ZipParts parts, String name) {
        byte[] content = parts.get("content.xml");
        if (content == null) {
            throw AccesspubException.badInput("cannot read " + name + ": it is an OpenDocument package without content.xml");
        }
        Document contentXml = SafeXml.parse(content, "content.xml", name);
        Document stylesXml = parts.has("styles.xml") ? SafeXml.parse(parts.get("styles.xml"), "styles.xml", name) : null;
        OdtReader r = new OdtReader(parts, new OdtStyles(stylesXml, contentXml));
        Element body = SafeXml.path(contentXml.getDocumentElement(), "body", "text");
        List<Block> blocks = new ArrayList<>();
        if (body != null) {
            BlockSink sink = new BlockSink(r.pendingNotes);
            r.container(body, sink, true);
            blocks.addAll(sink.blocks());
            blocks.addAll(r.pendingNotes);
        }
        Metadata meta = metadata(parts, name);
        if (r.title != null) {
            meta = meta.withTitle(r.title);
        } else if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h && h.level() == 1) {
            String heading = Blocks.plainText(h.content()).strip();
            if (meta.title() == null || meta.title().strip().equals(heading)) {
                meta = meta.withTitle(heading);
                blocks = blocks.subList(1, blocks.size());
            }
        }
        blocks = OfficeBlocks.withoutTitleHeading(blocks, meta.title());
        if (r.author != null && meta.author() == null) {
            meta = meta.withAuthor(r.author);
        }
        if (r.subtitle != null && meta.subtitle() == null) {
            meta = meta.withSubtitle(r.subtitle);
        }
        if ("und".equals(meta.language())) {
            String lang = OfficeBlocks.language(r.styles.lang(), r.styles.asianLang(), blocks);
            if (lang != null) {
                meta = meta.withLanguage(lang);
            }
        }
        return new Article(meta, blocks);
    }

    private static Metadata metadata(ZipParts parts, String name) {
        byte[] bytes = parts.get("meta.xml");
        Metadata m = Metadata.of(null, null);
        if (bytes == null) {
            return m;
        }
        Element meta = SafeXml.path(SafeXml.parse(bytes, "meta.xml", name).getDocumentElement(), "meta");
        if (meta == null) {
            return m;
        }
        Map<String, String> v = new HashMap<>();
        for (Element e : children(meta)) {
            String text = e.getTextContent() == null ? "" : e.getTextContent().strip();
            if (!text.isEmpty()) {
                v.putIfAbsent(e.getLocalName(), text);
            }
        }
        String lang = v.get("language");
        String author = v.get("initial-creator") != null ? v.get("initial-creator") : v.get("creator");
        return new Metadata(v.get("title"), null, author, OfficeBlocks.date(v.get("creation-date")), null,
                lang == null || !lang.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*") ? null : lang, v.get("description"));
    }

    // ---- blocks

    private List<Block> nested(Element container) {
        if (depth >= MAX_DEPTH) {
            return List.of();
        }
        depth++;
        try {
            BlockSink sink = new BlockSink(null);
            container(container, sink, false);
            return sink.blocks();
        } finally {
            depth--;
        }
    }

    private void container(Element parent, BlockSink sink, boolean top) {
        for (Element e : children(parent)) {
            switch (e.getLocalName()) {
                case "p" -> paragraph(e, sink, top, 0, null);
                case "h" -> heading(e, sink);
                case "list" -> topList(e, sink);
                case "table" -> table(e, sink);
                case "section", "deletion-not", "text-content" -> container(e, sink, top);
                default -> {
                    // tracked-changes (the deleted text), table-of-content, indexes, sequence-decls, forms
                }
            }
        }
    }

    /**
     * A list of the body. LibreOffice splits one list into several {@code text:list}s around a nested one: a
     * list whose items hold only a nested list belongs to the last item of the list before it, and a list that
     * continues another ({@code text:continue-list}) adds its items to it.
     */
    private void topList(Element e, BlockSink sink) {
        boolean onlyNested = true;
        for (Element item : children(e)) {
            for (Element c : children(item)) {
                onlyNested &= !c.getLocalName().equals("p") && !c.getLocalName().equals("h");
            }
        }
        List<Block> made = list(e, null, 1);
        Block last = sink.last();
        List<Block.ListItem> lastItems = last instanceof Block.BulletList b ? b.items()
                : last instanceof Block.OrderedList o ? o.items() : null;
        boolean continues = attr(e, "continue-list") != null || "true".equals(attr(e, "continue-numbering"));
        if (lastItems != null && !lastItems.isEmpty() && !made.isEmpty() && (onlyNested || continues)) {
            List<Block.ListItem> items = new ArrayList<>(lastItems);
            if (onlyNested) {
                Block.ListItem tail = items.remove(items.size() - 1);
                List<Block> blocks = new ArrayList<>(tail.blocks());
                blocks.addAll(made);
                items.add(new Block.ListItem(blocks));
            } else if (made.size() == 1 && (made.get(0) instanceof Block.OrderedList) == (last instanceof Block.OrderedList)) {
                items.addAll(made.get(0) instanceof Block.OrderedList o ? o.items() : ((Block.BulletList) made.get(0)).items());
            } else {
                made.forEach(sink::add);
                return;
            }
            sink.replaceLast(last instanceof Block.OrderedList o ? new Block.OrderedList(o.start(), items)
                    : new Block.BulletList(items));
            return;
        }
        made.forEach(sink::add);
    }

    private void heading(Element h, BlockSink sink) {
        String level = attr(h, "outline-level");
        int l = level != null && level.matches("\\d{1,2}") ? Integer.parseInt(level) : styles.outlineLevel(attr(h, "style-name"));
        if (styles.kind(attr(h, "style-name")) == OdtStyles.Kind.CONTENTS) {
            return;
        }
        Runs runs = new Runs(false);
        runs.children(h);
        if (runs.out.plainText().isBlank()) {
            runs.side.forEach(sink::add);
            return;
        }
        sink.add(new Block.Heading(Math.max(1, Math.min(6, l == 0 ? 1 : l)), runs.out.build()));
        runs.side.forEach(sink::add);
    }

    private void paragraph(Element p, BlockSink sink, boolean top, int listLevel, List<Block> into) {
        String style = attr(p, "style-name");
        OdtStyles.Kind kind = styles.kind(style);
        if (kind == OdtStyles.Kind.CONTENTS) {
            return;
        }
        int outline = styles.outlineLevel(style);
        Runs runs = new Runs(kind == OdtStyles.Kind.CODE);
        runs.children(p);
        String text = runs.out.plainText();
        boolean blank = text.isBlank() && !runs.out.hasNotes();
        List<Block> target = into;
        if (kind == OdtStyles.Kind.CODE || !blank && runs.allCode && into == null) {
            if (into != null) {
                into.add(new Block.CodeBlock(null, text.replaceAll("\\s+$", "")));
            } else {
                sink.codeLine(text.replaceAll("\\s+$", ""));
            }
            addAll(sink, target, runs.side);
            return;
        }
        if (blank) {
            addAll(sink, target, runs.side);
            return;
        }
        List<Inline> content = runs.out.build();
        Block block;
        if (kind == OdtStyles.Kind.TITLE && top && title == null) {
            title = text.replaceAll("\\s+", " ").strip();
            block = null;
        } else if (kind == OdtStyles.Kind.AUTHOR && top) {
            author = author == null ? text.replaceAll("\\s+", " ").strip() : author;
            block = null;
        } else if (kind == OdtStyles.Kind.SUBTITLE && top && subtitle == null) {
            subtitle = text.replaceAll("\\s+", " ").strip();
            block = null;
        } else if (outline > 0 && into == null) {
            block = new Block.Heading(Math.min(6, outline), content);
        } else if (kind == OdtStyles.Kind.CAPTION && into == null && sink.last() instanceof Block.Image img
                && img.caption() == null) {
            sink.replaceLast(new Block.Image(img.src(), img.alt(), text.replaceAll("\\s+", " ").strip()));
            block = null;
        } else if (kind == OdtStyles.Kind.QUOTE && into == null) {
            sink.quote(new Block.Paragraph(content));
            block = null;
        } else {
            block = new Block.Paragraph(content);
        }
        if (block != null) {
            if (into != null) {
                into.add(block);
            } else {
                sink.add(block);
            }
        }
        addAll(sink, target, runs.side);
    }

    private static void addAll(BlockSink sink, List<Block> into, List<Block> blocks) {
        if (into != null) {
            into.addAll(blocks);
        } else {
            blocks.forEach(sink::add);
        }
    }

    /** A {@code text:list}: its items, their paragraphs and nested lists; numbering from its list style. */
    private List<Block> list(Element list, String inheritedStyle, int level) {
        if (depth >= MAX_DEPTH) {
            return List.of();
        }
        depth++;
        try {
            String style = attr(list, "style-name") != null ? attr(list, "style-name") : inheritedStyle;
            if (style == null) {
                Element firstP = firstParagraph(list);
                style = firstP == null ? null : styles.listStyle(attr(firstP, "style-name"));
            }
            int[] numbering = styles.numbering(style, level);
            boolean ordered = numbering[0] == 1;
            String key = style + "#" + level;
            boolean continues = "true".equals(attr(list, "continue-numbering")) || attr(list, "continue-list") != null;
            int start = continues && listCounters.containsKey(key) ? listCounters.get(key) + 1 : numbering[1];
            List<Block.ListItem> items = new ArrayList<>();
            BlockSink unused = new BlockSink(null);
            for (Element item : children(list)) {
                if (!item.getLocalName().equals("list-item") && !item.getLocalName().equals("list-header")) {
                    continue;
                }
                String itemStart = attr(item, "start-value");
                if (items.isEmpty() && itemStart != null && itemStart.matches("\\d{1,6}")) {
                    start = Integer.parseInt(itemStart);
                }
                List<Block> blocks = new ArrayList<>();
                for (Element c : children(item)) {
                    switch (c.getLocalName()) {
                        case "p", "h" -> paragraph(c, unused, false, level, blocks);
                        case "list" -> blocks.addAll(list(c, style, level + 1));
                        case "table" -> {
                            BlockSink s = new BlockSink(null);
                            table(c, s);
                            blocks.addAll(s.blocks());
                        }
                        default -> {
                        }
                    }
                }
                if (!blocks.isEmpty()) {
                    items.add(new Block.ListItem(blocks));
                }
            }
            if (items.isEmpty()) {
                return List.of();
            }
            listCounters.put(key, start + items.size() - 1);
            // a list whose items hold only a nested list (LibreOffice's way of indenting) is that list
            if (items.stream().allMatch(i -> i.blocks().size() == 1 && (i.blocks().get(0) instanceof Block.BulletList
                    || i.blocks().get(0) instanceof Block.OrderedList))) {
                return items.stream().map(i -> i.blocks().get(0)).toList();
            }
            return List.of(ordered ? new Block.OrderedList(start, items) : new Block.BulletList(items));
        } finally {
            depth--;
        }
    }

    private static Element firstParagraph(Element list) {
        for (Element item : children(list)) {
            for (Element c : children(item)) {
                if (c.getLocalName().equals("p") || c.getLocalName().equals("h")) {
                    return c;
                }
            }
        }
        return null;
    }

    private void table(Element table, BlockSink sink) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        List<List<List<Inline>>> rows = new ArrayList<>();
        List<List<Block>> firstCells = new ArrayList<>();
        int headerRows = rows(table, rows, firstCells, false);
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() == 1 && rows.get(0).size() == 1) {
            firstCells.get(0).forEach(sink::add); // a one-cell table is a frame around text
            return;
        }
        List<List<Inline>> header = headerRows > 0 ? rows.get(0) : List.of();
        sink.add(new Block.Table(header, rows.subList(header.isEmpty() ? 0 : 1, rows.size())));
    }

    /** Adds the rows under {@code parent}; returns how many of them are header rows. */
    private int rows(Element parent, List<List<List<Inline>>> rows, List<List<Block>> firstCells, boolean header) {
        int headers = 0;
        for (Element e : children(parent)) {
            switch (e.getLocalName()) {
                case "table-header-rows" -> headers += rows(e, rows, firstCells, true);
                case "table-rows", "table-row-group" -> headers += rows(e, rows, firstCells, header);
                case "table-row" -> {
                    String repeated = attr(e, "number-rows-repeated");
                    int times = repeated != null && repeated.matches("\\d{1,3}") ? Math.min(Integer.parseInt(repeated), 100) : 1;
                    List<List<Inline>> row = row(e, firstCells);
                    boolean empty = row.stream().allMatch(List::isEmpty);
                    for (int i = 0; i < (empty ? 1 : times); i++) {
                        rows.add(row);
                    }
                    if (header) {
                        headers++;
                    }
                }
                default -> {
                }
            }
        }
        return headers;
    }

    private List<List<Inline>> row(Element tr, List<List<Block>> firstCells) {
        List<List<Inline>> row = new ArrayList<>();
        for (Element c : children(tr)) {
            if (c.getLocalName().equals("table-cell")) {
                List<Block> blocks = nested(c);
                firstCells.add(blocks);
                String rep = attr(c, "number-columns-repeated");
                int times = rep != null && rep.matches("\\d{1,3}") ? Math.min(Integer.parseInt(rep), 64) : 1;
                List<Inline> cell = OfficeBlocks.cell(blocks);
                for (int i = 0; i < times && (i == 0 || !cell.isEmpty()); i++) {
                    row.add(cell);
                }
            } else if (c.getLocalName().equals("covered-table-cell")) {
                row.add(List.of());
            }
        }
        return row;
    }

    // ---- inline content

    private final class Runs {
        final InlineRuns out = new InlineRuns();
        final List<Block> side = new ArrayList<>();
        final boolean code;
        boolean allCode = true;

        Runs(boolean code) {
            this.code = code;
        }

        void children(Element e) {
            walk(e, InlineRuns.Style.PLAIN.withHref(null), code);
        }

        private void walk(Node parent, InlineRuns.Style style, boolean mono) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                    String t = n.getNodeValue().replaceAll("[ \\t\\r\\n]+", " ");
                    out.text(t, new InlineRuns.Style(style.bold(), style.italic(), mono, style.href()));
                    if (!t.isBlank()) {
                        allCode &= mono;
                    }
                    continue;
                }
                if (!(n instanceof Element e)) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "span" -> {
                        String s = attr(e, "style-name");
                        walk(e, new InlineRuns.Style(style.bold() || styles.bold(s), style.italic() || styles.italic(s),
                                false, style.href()), mono || styles.monospace(s));
                    }
                    case "a" -> {
                        String href = attr(e, "href");
                        boolean web = href != null && href.strip().matches("(?i)^(https?://|mailto:)\\S+$");
                        walk(e, style.withHref(web ? href.strip() : style.href()), mono);
                    }
                    case "s" -> {
                        String c = attr(e, "c");
                        int count = c != null && c.matches("\\d{1,3}") ? Integer.parseInt(c) : 1;
                        out.text(" ".repeat(code ? count : 1), new InlineRuns.Style(style.bold(), style.italic(), mono,
                                style.href()));
                    }
                    case "tab" -> out.text(code ? "\t" : " ", style);
                    case "line-break" -> out.lineBreak(style.href());
                    case "note" -> note(e);
                    case "frame" -> frame(e);
                    case "number" -> {
                        String t = e.getTextContent().strip();
                        if (!t.isEmpty()) {
                            out.text(t + " ", style);
                        }
                    }
                    case "annotation", "annotation-end", "bookmark", "bookmark-start", "bookmark-end", "change",
                         "change-start", "change-end", "soft-page-break", "reference-mark", "toc-mark", "alphabetical-index-mark",
                         "user-index-mark", "deletion" -> {
                        // comments, markers and tracked-change anchors carry no text of the document
                    }
                    case "a-alternative", "custom-shape", "g" -> frame(e);
                    default -> walk(e, style, mono); // meta, ruby, sequence, date, page-number …: their text
                }
            }
        }

        private void note(Element note) {
            Element body = child(note, "note-body");
            String label = body == null ? null : notes.read(() -> nested(body));
            if (label != null) {
                out.noteRef(label);
            }
        }

        /** A frame: its picture (with svg:title / svg:desc as alt text) or the text of its text box. */
        private void frame(Element frame) {
            String alt = altOf(frame);
            for (Element c : org.accesspub.read.office.SafeXml.children(frame)) {
                switch (c.getLocalName()) {
                    case "image" -> {
                        side.add(image(attr(c, "href"), alt));
                        return; // the other images of the frame are its fallbacks
                    }
                    case "text-box" -> {
                        side.addAll(nested(c));
                        return;
                    }
                    case "frame", "custom-shape", "g" -> frame(c);
                    default -> {
                    }
                }
            }
        }

        private String altOf(Element frame) {
            Element desc = child(frame, "desc");
            Element t = child(frame, "title");
            String a = desc != null && !desc.getTextContent().isBlank() ? desc.getTextContent()
                    : t != null ? t.getTextContent() : "";
            return a.replaceAll("\\s+", " ").strip();
        }

        private Block.Image image(String href, String alt) {
            if (href == null) {
                return new Block.Image("", alt, null);
            }
            String h = href.strip();
            if (h.toLowerCase(Locale.ROOT).matches("^https?://\\S+$")) {
                return new Block.Image(h, alt, null); // linked, never fetched
            }
            byte[] bytes = parts.get(ZipParts.resolve("", h));
            return new Block.Image(bytes == null ? "" : OfficeBlocks.dataUrl(bytes), alt, null);
        }
    }
}
