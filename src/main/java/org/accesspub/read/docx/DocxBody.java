package org.accesspub.read.docx;

import static org.accesspub.read.office.SafeXml.attr;
import static org.accesspub.read.office.SafeXml.child;
import static org.accesspub.read.office.SafeXml.children;
import static org.accesspub.read.office.SafeXml.descendants;
import static org.accesspub.read.office.SafeXml.val;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.read.office.BlockSink;
import org.accesspub.read.office.InlineRuns;
import org.accesspub.read.office.ListEntries;
import org.accesspub.read.office.OfficeBlocks;
import org.accesspub.read.office.ZipParts;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks a DOCX body into blocks. Headings by outline level or heading style (numbered ones keep their
 * number); lists from the numbering definitions; tables with header rows and merged cells; pictures
 * (DrawingML and VML, inline or anchored) with the text alternative of {@code wp:docPr}; links from
 * {@code w:hyperlink} and {@code HYPERLINK} fields (internal anchors stay text); footnotes and endnotes as
 * {@link Block.Note}s; content controls, smart tags and text boxes in reading order, each once (of
 * {@code mc:AlternateContent} only the first choice); tracked changes as accepted (insertions kept,
 * deletions and moved-from text dropped); comments, hidden text and tables of contents left out; code and
 * quote paragraphs by style. Not thread-safe: one per document read.
 */
final class DocxBody {
    /** Tables in tables, text boxes in text boxes: deeper than this is not a document but an attack. */
    private static final int MAX_DEPTH = 24;
    private static final Pattern HYPERLINK = Pattern.compile("^\\s*HYPERLINK\\s+(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private final ZipParts parts;
    private final String main;
    private final Map<String, DocxReader.Rel> rels;
    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final Map<String, Element> footnotes;
    private final Map<String, Element> endnotes;
    private final org.accesspub.read.office.NoteReader notes = new org.accesspub.read.office.NoteReader();
    private final List<Block.Note> pendingNotes = notes.pending();
    private Deque<Field> fields = new ArrayDeque<>();
    private int depth;
    private String title;
    private String subtitle;
    private String author;

    /** A complex field ({@code w:fldChar} begin … separate … end): its instruction, and whether its result is being read. */
    private static final class Field {
        final StringBuilder instr = new StringBuilder();
        boolean result;
        String href;
        boolean hidden;

        void separate() {
            result = true;
            String in = instr.toString().strip();
            Matcher m = HYPERLINK.matcher(in);
            if (m.matches()) {
                href = hyperlinkTarget(m.group(1));
            }
            // a table of contents or an index repeats the headings: left out
            hidden = in.matches("(?is)^(TOC|INDEX)\\b.*");
        }
    }

    DocxBody(ZipParts parts, String main, Map<String, DocxReader.Rel> rels, DocxStyles styles, DocxNumbering numbering,
             Map<String, Element> footnotes, Map<String, Element> endnotes, String name) {
        this.parts = parts;
        this.main = main;
        this.rels = rels;
        this.styles = styles;
        this.numbering = numbering;
        this.footnotes = footnotes;
        this.endnotes = endnotes;
    }

    /** The text of the Title-style paragraph, or null. */
    String title() {
        return title;
    }

    String subtitle() {
        return subtitle;
    }

    /** The text of an Author-style paragraph (pandoc's title block), or null. */
    String author() {
        return author;
    }

    List<Block> read(Element body) {
        BlockSink sink = new BlockSink(pendingNotes);
        container(body, sink, true);
        List<Block> out = new ArrayList<>(sink.blocks());
        out.addAll(pendingNotes);
        pendingNotes.clear();
        return out;
    }

    /** The blocks of a nested body (a cell, a text box, a note); its notes wait for the enclosing block. */
    private List<Block> nested(Element container) {
        if (depth >= MAX_DEPTH) {
            return List.of();
        }
        depth++;
        Deque<Field> outer = fields;
        fields = new ArrayDeque<>();
        try {
            BlockSink sink = new BlockSink(null);
            container(container, sink, false);
            return sink.blocks();
        } finally {
            fields = outer;
            depth--;
        }
    }

    private void container(Element parent, BlockSink sink, boolean top) {
        for (Element e : children(parent)) {
            switch (e.getLocalName()) {
                case "p" -> paragraph(e, sink, top);
                case "tbl" -> table(e, sink);
                case "sdt" -> {
                    if (!tableOfContents(e)) {
                        Element content = child(e, "sdtContent");
                        if (content != null) {
                            container(content, sink, top);
                        }
                    }
                }
                case "customXml", "ins", "moveTo", "smartTag" -> container(e, sink, top);
                case "AlternateContent" -> {
                    Element choice = choice(e);
                    if (choice != null) {
                        container(choice, sink, top);
                    }
                }
                default -> {
                    // sectPr, bookmarks, deletions, moved-from text, permissions: nothing to read
                }
            }
        }
    }

    private static boolean tableOfContents(Element sdt) {
        Element pr = child(sdt, "sdtPr");
        for (Element g : pr == null ? List.<Element>of() : descendants(pr, "docPartGallery")) {
            String v = attr(g, "val");
            if (v != null && v.toLowerCase(java.util.Locale.ROOT).contains("table of contents")) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code mc:Choice} of an alternate content, else its fallback. */
    private static Element choice(Element alternate) {
        Element c = child(alternate, "Choice");
        return c != null ? c : child(alternate, "Fallback");
    }

    // ---- paragraphs

    private void paragraph(Element p, BlockSink sink, boolean top) {
        Element pPr = child(p, "pPr");
        String style = val(pPr, "pStyle");
        if (style == null) {
            style = styles.defaultParagraph();
        }
        DocxStyles.Kind kind = styles.kind(style);
        int level = styles.headingLevel(style);
        String outline = val(pPr, "outlineLvl");
        if (outline != null && outline.matches("\\d")) {
            level = Integer.parseInt(outline) >= 9 ? 0 : Integer.parseInt(outline) + 1;
        }
        Element numPr = child(pPr, "numPr");
        if (numPr == null || val(numPr, "numId") == null) {
            Element fromStyle = styles.numPr(style);
            numPr = fromStyle != null ? fromStyle : numPr;
        }
        String numId = val(numPr, "numId");
        int ilvl = DocxNumbering.level(val(numPr, "ilvl"));
        boolean numbered = numbering.defined(numId);

        Runs runs = new Runs(kind == DocxStyles.Kind.CODE);
        runs.children(p);
        if (kind == DocxStyles.Kind.CONTENTS) {
            return; // a table of contents: every output makes its own
        }
        String text = runs.out.plainText();
        boolean blank = text.isBlank() && !runs.out.hasNotes();

        if (kind == DocxStyles.Kind.CODE || !blank && runs.allCode && level == 0 && !numbered) {
            sink.codeLine(text.replaceAll("\\s+$", ""));
            runs.side.forEach(sink::add);
            return;
        }
        if (blank) {
            runs.side.forEach(b -> add(sink, b));
            return;
        }
        List<Inline> content = runs.out.build();
        if (kind == DocxStyles.Kind.TITLE && top && title == null) {
            title = text.replaceAll("\\s+", " ").strip();
        } else if (kind == DocxStyles.Kind.AUTHOR && top) {
            author = author == null ? text.replaceAll("\\s+", " ").strip() : author;
        } else if (kind == DocxStyles.Kind.SUBTITLE && top && subtitle == null) {
            subtitle = text.replaceAll("\\s+", " ").strip();
        } else if (level > 0 || kind == DocxStyles.Kind.TITLE) {
            if (numbered) {
                numbering.advance(numId, ilvl);
                String label = numbering.label(numId, ilvl);
                if (!label.isEmpty()) {
                    List<Inline> withNumber = new ArrayList<>();
                    withNumber.add(new Inline.Text(label + " "));
                    withNumber.addAll(content);
                    content = withNumber;
                }
            }
            add(sink, new Block.Heading(Math.min(6, Math.max(1, level)), content));
        } else if (kind == DocxStyles.Kind.CAPTION && sink.last() instanceof Block.Image img && img.caption() == null) {
            sink.replaceLast(new Block.Image(img.src(), img.alt(), text.replaceAll("\\s+", " ").strip()));
        } else if (kind == DocxStyles.Kind.QUOTE) {
            sink.quote(new Block.Paragraph(content));
        } else if (numbered) {
            boolean bullet = numbering.bullet(numId, ilvl);
            int value = numbering.advance(numId, ilvl);
            List<Block> item = new ArrayList<>();
            item.add(new Block.Paragraph(content));
            item.addAll(runs.side);
            sink.listItem(new ListEntries.Entry(ilvl, !bullet, value, numbering.counterKey(numId), item));
            return;
        } else if (sink.inList() && indented(pPr)) {
            sink.continueList(new Block.Paragraph(content));
        } else {
            add(sink, new Block.Paragraph(content));
        }
        runs.side.forEach(b -> add(sink, b));
    }

    /** A paragraph indented by its own properties: in a list, it continues the item before it. */
    private static boolean indented(Element pPr) {
        Element ind = child(pPr, "ind");
        String left = attr(ind, "left") != null ? attr(ind, "left") : attr(ind, "start");
        return left != null && left.matches("\\d{1,6}") && Integer.parseInt(left) > 0;
    }

    private static void add(BlockSink sink, Block b) {
        sink.add(b);
    }

    // ---- runs

    /** The runs of one paragraph: its inlines, and the blocks it carries (pictures, text boxes). */
    private final class Runs {
        final InlineRuns out = new InlineRuns();
        final List<Block> side = new ArrayList<>();
        final boolean code;
        boolean allCode = true;
        boolean anyText;
        private String href;

        Runs(boolean code) {
            this.code = code;
        }

        void children(Element parent) {
            for (Element e : org.accesspub.read.office.SafeXml.children(parent)) {
                switch (e.getLocalName()) {
                    case "r" -> run(e);
                    case "hyperlink" -> hyperlink(e);
                    case "fldSimple" -> fldSimple(e);
                    case "ins", "moveTo", "smartTag", "customXml", "bdo", "dir" -> children(e);
                    case "sdt" -> {
                        Element content = child(e, "sdtContent");
                        if (content != null) {
                            children(content);
                        }
                    }
                    case "AlternateContent" -> {
                        Element c = choice(e);
                        if (c != null) {
                            children(c);
                        }
                    }
                    case "oMath", "oMathPara" -> math(e);
                    default -> {
                        // pPr, del, moveFrom, bookmarks, comments, proofing marks
                    }
                }
            }
        }

        private void hyperlink(Element h) {
            String outer = href;
            String id = attr(h, "id");
            DocxReader.Rel rel = id == null ? null : rels.get(id);
            // an internal anchor (w:anchor, or a relationship to a part) stays text: the outputs have no such target
            href = rel != null && rel.external() ? external(rel.target()) : outer;
            children(h);
            href = outer;
        }

        private void fldSimple(Element f) {
            String instr = String.valueOf(attr(f, "instr")).strip();
            if (instr.matches("(?is)^(TOC|INDEX)\\b.*")) {
                return;
            }
            String outer = href;
            Matcher m = HYPERLINK.matcher(instr);
            if (m.matches()) {
                href = hyperlinkTarget(m.group(1));
            }
            children(f);
            href = outer;
        }

        private void math(Element m) {
            StringBuilder sb = new StringBuilder();
            for (Element t : descendants(m, "t")) {
                sb.append(t.getTextContent());
            }
            text(sb.toString(), InlineRuns.Style.PLAIN);
        }

        private boolean hiddenByField() {
            for (Field f : fields) {
                if (!f.result || f.hidden) {
                    return true;
                }
            }
            return false;
        }

        private String fieldHref() {
            for (Field f : fields) { // innermost first
                if (f.href != null) {
                    return f.href;
                }
            }
            return null;
        }

        private void run(Element r) {
            Element rPr = child(r, "rPr");
            if (rPr != null && (on(rPr, "vanish") || on(rPr, "specVanish") || child(rPr, "del") != null
                    || child(rPr, "moveFrom") != null)) {
                return; // hidden text (and a run whose deletion is tracked on its properties)
            }
            String rStyle = val(rPr, "rStyle");
            boolean bold = rPr != null && child(rPr, "b") != null ? on(rPr, "b") : styles.sets(rStyle, "b");
            boolean italic = rPr != null && child(rPr, "i") != null ? on(rPr, "i") : styles.sets(rStyle, "i");
            boolean mono = code || DocxStyles.monoFont(rPr) || styles.monospace(rStyle);
            for (Element c : org.accesspub.read.office.SafeXml.children(r)) {
                switch (c.getLocalName()) {
                    case "fldChar" -> fldChar(c);
                    case "instrText" -> {
                        if (!fields.isEmpty() && !fields.peek().result) {
                            fields.peek().instr.append(c.getTextContent());
                        }
                    }
                    case "t" -> {
                        if (!hiddenByField()) {
                            String link = href != null ? href : fieldHref();
                            text(c.getTextContent(), new InlineRuns.Style(bold, italic, mono, link));
                            if (!c.getTextContent().isBlank()) {
                                allCode &= mono;
                                anyText = true;
                            }
                        }
                    }
                    case "tab", "ptab" -> {
                        if (!hiddenByField()) {
                            text(code ? "\t" : " ", new InlineRuns.Style(bold, italic, mono, href != null ? href : fieldHref()));
                        }
                    }
                    case "br", "cr" -> {
                        String type = attr(c, "type");
                        if (!hiddenByField() && (type == null || type.equals("textWrapping"))) {
                            out.lineBreak(href != null ? href : fieldHref());
                        }
                    }
                    case "noBreakHyphen" -> text("-", new InlineRuns.Style(bold, italic, mono, href));
                    case "sym" -> symbol(c, bold, italic);
                    case "footnoteReference" -> note(footnotes, attr(c, "id"));
                    case "endnoteReference" -> note(endnotes, attr(c, "id"));
                    case "drawing" -> drawing(c);
                    case "pict", "object" -> vml(c);
                    case "AlternateContent" -> {
                        Element choice = choice(c);
                        if (choice != null) {
                            for (Element d : org.accesspub.read.office.SafeXml.children(choice)) {
                                if (d.getLocalName().equals("drawing")) {
                                    drawing(d);
                                } else if (d.getLocalName().equals("pict")) {
                                    vml(d);
                                }
                            }
                        }
                    }
                    default -> {
                        // rPr, delText, footnoteRef marks, comment references, page-break hints
                    }
                }
            }
        }

        private void text(String s, InlineRuns.Style style) {
            out.text(s, style);
        }

        private void symbol(Element sym, boolean bold, boolean italic) {
            String font = String.valueOf(attr(sym, "font")).toLowerCase(java.util.Locale.ROOT);
            String ch = attr(sym, "char");
            if (ch == null || !ch.matches("[0-9A-Fa-f]{2,4}") || font.contains("wingding") || font.contains("symbol")
                    || font.contains("webding")) {
                return; // a dingbat of a symbol font has no Unicode meaning we can trust
            }
            int cp = Integer.parseInt(ch, 16);
            if (cp >= 0xF000) {
                cp -= 0xF000;
            }
            if (cp >= 0x20 && !Character.isSurrogate((char) cp)) {
                text(new String(Character.toChars(cp)), new InlineRuns.Style(bold, italic, false, href));
            }
        }

        private void fldChar(Element c) {
            String type = String.valueOf(attr(c, "fldCharType"));
            switch (type) {
                case "begin" -> {
                    if (fields.size() < 16) {
                        fields.push(new Field());
                    }
                }
                case "separate" -> {
                    if (!fields.isEmpty()) {
                        fields.peek().separate();
                    }
                }
                case "end" -> {
                    if (!fields.isEmpty()) {
                        Field f = fields.pop();
                        if (!f.result) {
                            f.separate(); // a field without a result shows nothing
                        }
                    }
                }
                default -> {
                }
            }
        }

        private void note(Map<String, Element> notesById, String id) {
            Element n = id == null ? null : notesById.get(id);
            String label = n == null ? null : notes.read(() -> nested(n));
            if (label != null) {
                out.noteRef(label);
            }
        }

        /** DrawingML: pictures with the alt text of {@code wp:docPr}, and the text of text boxes. */
        private void drawing(Element drawing) {
            for (Element frame : org.accesspub.read.office.SafeXml.children(drawing)) {
                Element docPr = child(frame, "docPr");
                String alt = alt(attr(docPr, "descr"), attr(docPr, "title"));
                List<Element> boxes = outermost(descendants(frame, "txbxContent"));
                boolean any = false;
                for (Element blip : descendants(frame, "blip")) {
                    if (!insideAny(blip, boxes)) {
                        side.add(image(attr(blip, "embed"), attr(blip, "link"), alt));
                        any = true;
                    }
                }
                for (Element box : boxes) {
                    side.addAll(nested(box));
                    any = true;
                }
                if (!any && !alt.isEmpty()) {
                    side.add(new Block.Image("", alt, null)); // a chart or diagram: its description stands in
                }
            }
        }

        /** VML (older Word, and the fallback of new files): {@code v:imagedata} pictures and {@code v:textbox} text. */
        private void vml(Element pict) {
            List<Element> boxes = outermost(descendants(pict, "txbxContent"));
            for (Element img : descendants(pict, "imagedata")) {
                if (insideAny(img, boxes)) {
                    continue;
                }
                Node shape = img.getParentNode();
                String alt = alt(shape instanceof Element s ? attr(s, "alt") : null, attr(img, "title"));
                String id = attr(img, "id") != null ? attr(img, "id") : attr(img, "relid");
                side.add(image(id, null, alt));
            }
            for (Element box : boxes) {
                side.addAll(nested(box));
            }
        }
    }

    private static boolean on(Element rPr, String property) {
        Element p = child(rPr, property);
        return p != null && DocxStyles.isOn(attr(p, "val"));
    }

    private static String alt(String descr, String title) {
        String a = descr != null && !descr.isBlank() ? descr : title;
        return a == null ? "" : a.replaceAll("\\s+", " ").strip();
    }

    private static List<Element> outermost(List<Element> boxes) {
        List<Element> out = new ArrayList<>();
        for (Element b : boxes) {
            if (!insideAny(b, boxes)) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean insideAny(Element e, List<Element> containers) {
        for (Node n = e.getParentNode(); n != null; n = n.getParentNode()) {
            if (n != e && containers.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A picture of the package as a {@code data:} image; a linked picture (outside the package) keeps only a web
     * address, which is never fetched, and anything else (a file, a missing part) has no address: its text
     * alternative stands in, with a warning.
     */
    private Block.Image image(String embed, String link, String alt) {
        DocxReader.Rel rel = embed != null ? rels.get(embed) : link != null ? rels.get(link) : null;
        if (rel == null) {
            return new Block.Image("", alt, null);
        }
        if (rel.external()) {
            String url = external(rel.target());
            return new Block.Image(url == null ? "" : url, alt, null);
        }
        byte[] bytes = parts.get(ZipParts.resolve(main, rel.target()));
        return new Block.Image(bytes == null ? "" : OfficeBlocks.dataUrl(bytes), alt, null);
    }

    /** An external target kept as a link: web and mail addresses only. */
    private static String external(String target) {
        String t = target == null ? "" : target.strip();
        return t.matches("(?i)^(https?://|mailto:)\\S+$") ? t : null;
    }

    private static String hyperlinkTarget(String args) {
        Matcher m = QUOTED.matcher(args);
        boolean local = false;
        while (m.find()) {
            String token = m.group(1) != null ? m.group(1) : m.group(2);
            if (token.equals("\\l")) {
                local = true;
                continue;
            }
            if (token.startsWith("\\")) {
                m.find(); // a switch's argument
                continue;
            }
            return local ? null : external(token);
        }
        return null;
    }

    // ---- tables

    private void table(Element tbl, BlockSink sink) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        Element tblPr = child(tbl, "tblPr");
        Element look = child(tblPr, "tblLook");
        String first = attr(look, "firstRow");
        String hex = attr(look, "val");
        boolean lookFirstRow = first != null ? DocxStyles.isOn(first)
                : hex != null && hex.matches("[0-9A-Fa-f]{1,4}") && (Integer.parseInt(hex, 16) & 0x20) != 0;
        boolean styleHeader = lookFirstRow && styles.tableHeader(val(tblPr, "tblStyle"));

        List<Element> rows = new ArrayList<>();
        collectRows(tbl, rows);
        List<List<List<Inline>>> cells = new ArrayList<>();
        List<List<Block>> only = new ArrayList<>();
        int headerRows = 0;
        boolean leading = true;
        for (Element tr : rows) {
            Element trPr = child(tr, "trPr");
            boolean header = trPr != null && child(trPr, "tblHeader") != null && DocxStyles.isOn(val(trPr, "tblHeader"));
            leading &= header;
            if (leading) {
                headerRows++;
            }
            List<List<Inline>> row = new ArrayList<>();
            int before = count(val(trPr, "gridBefore"));
            for (int i = 0; i < before; i++) {
                row.add(List.of());
            }
            List<Element> tcs = new ArrayList<>();
            collectCells(tr, tcs);
            for (Element tc : tcs) {
                Element tcPr = child(tc, "tcPr");
                Element vMerge = child(tcPr, "vMerge");
                boolean continued = vMerge != null && !"restart".equals(attr(vMerge, "val"));
                List<Block> blocks = continued ? List.of() : nested(tc);
                only.add(blocks);
                row.add(OfficeBlocks.cell(blocks));
                for (int i = 1; i < Math.min(64, count(val(tcPr, "gridSpan"))); i++) {
                    row.add(List.of());
                }
            }
            cells.add(row);
        }
        if (cells.isEmpty()) {
            return;
        }
        if (cells.size() == 1 && cells.get(0).size() == 1) {
            only.get(0).forEach(sink::add); // a one-cell table is a frame around text, not a table
            return;
        }
        int h = headerRows > 0 ? 1 : styleHeader ? 1 : 0;
        List<List<Inline>> header = h == 1 ? cells.get(0) : List.of();
        sink.add(new Block.Table(header, cells.subList(h, cells.size())));
    }

    private static int count(String v) {
        return v != null && v.matches("\\d{1,4}") ? Integer.parseInt(v) : 0;
    }

    private static void collectRows(Element parent, List<Element> rows) {
        for (Element e : children(parent)) {
            switch (e.getLocalName()) {
                case "tr" -> rows.add(e);
                case "customXml", "ins", "moveTo" -> collectRows(e, rows);
                case "sdt" -> {
                    Element c = child(e, "sdtContent");
                    if (c != null) {
                        collectRows(c, rows);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void collectCells(Element tr, List<Element> cells) {
        for (Element e : children(tr)) {
            switch (e.getLocalName()) {
                case "tc" -> cells.add(e);
                case "customXml" -> collectCells(e, cells);
                case "sdt" -> {
                    Element c = child(e, "sdtContent");
                    if (c != null) {
                        collectCells(c, cells);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Plain text of blocks, for tests and callers that want the words. */
    static String text(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        blocks.forEach(b -> sb.append(Blocks.plainText(b)).append('\n'));
        return sb.toString();
    }
}
