package org.accesspub.read.docx;

import static org.accesspub.read.office.SafeXml.attr;
import static org.accesspub.read.office.SafeXml.children;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accesspub.AccesspubException;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Metadata;
import org.accesspub.read.office.OfficeBlocks;
import org.accesspub.read.office.SafeXml;
import org.accesspub.read.office.ZipParts;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a Word document (DOCX, Office Open XML) into an article, by its structure rather than its looks: see
 * {@link DocxBody} for the body. The package is read by {@link ZipParts} within its limits; every XML part is
 * parsed with DTDs refused ({@link SafeXml}); a relationship is followed only to a part inside the package,
 * never to a file or a web address.
 */
public final class DocxReader {
    private static final String OFFICE_DOCUMENT = "/officeDocument";

    /** A relationship of the main document: its type (the last path segment), target and whether it is external. */
    record Rel(String type, String target, boolean external) {
    }

    private DocxReader() {
    }

    /** Whether the package is a Word document (it has a main document part of WordprocessingML). */
    public static boolean isDocx(ZipParts parts) {
        byte[] types = parts.get("[Content_Types].xml");
        return parts.has("word/document.xml") || types != null
                && new String(types, java.nio.charset.StandardCharsets.UTF_8).contains("wordprocessingml.document.main");
    }

    public static Article read(ZipParts parts, String name) {
        Map<String, Rel> rootRels = rels(parts, "", name);
        String main = null;
        String core = null;
        for (Rel r : rootRels.values()) {
            if (!r.external() && r.type().endsWith(OFFICE_DOCUMENT) && main == null) {
                main = ZipParts.resolve("", r.target());
            } else if (!r.external() && r.type().endsWith("/core-properties")) {
                core = ZipParts.resolve("", r.target());
            }
        }
        if (main == null || !parts.has(main)) {
            main = "word/document.xml";
        }
        byte[] mainBytes = parts.get(main);
        if (mainBytes == null) {
            throw AccesspubException.badInput("cannot read " + name + ": it is a ZIP package without a Word document"
                    + " in it: give a .docx saved by Word, LibreOffice or WPS");
        }
        Map<String, Rel> rels = rels(parts, main, name);
        Document styles = part(parts, main, rels, "/styles", name);
        Document numbering = part(parts, main, rels, "/numbering", name);
        Document footnotes = part(parts, main, rels, "/footnotes", name);
        Document endnotes = part(parts, main, rels, "/endnotes", name);
        Document document = SafeXml.parse(mainBytes, main, name);
        DocxStyles st = new DocxStyles(styles);
        DocxBody body = new DocxBody(parts, main, rels, st, new DocxNumbering(numbering), notes(footnotes),
                notes(endnotes), name);
        Element bodyEl = SafeXml.child(document.getDocumentElement(), "body");
        List<Block> blocks = bodyEl == null ? List.of() : body.read(bodyEl);
        Metadata meta = metadata(core == null ? null : parts.get(core), core, name);
        if (body.title() != null) {
            meta = meta.withTitle(body.title());
        } else if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h && h.level() == 1) {
            String heading = Blocks.plainText(h.content()).strip();
            if (meta.title() == null || meta.title().strip().equals(heading)) {
                meta = meta.withTitle(heading);
                blocks = blocks.subList(1, blocks.size()); // the title, not a heading of its own
            }
        }
        blocks = OfficeBlocks.withoutTitleHeading(blocks, meta.title());
        if (body.author() != null && meta.author() == null) {
            meta = meta.withAuthor(body.author());
        }
        if (body.subtitle() != null && meta.subtitle() == null) {
            meta = meta.withSubtitle(body.subtitle());
        }
        if ("und".equals(meta.language())) {
            String lang = OfficeBlocks.language(st.defaultLang(), st.defaultEastAsiaLang(), blocks);
            if (lang != null) {
                meta = meta.withLanguage(lang);
            }
        }
        return new Article(meta, blocks);
    }

    private static Document part(ZipParts parts, String main, Map<String, Rel> rels, String type, String name) {
        for (Rel r : rels.values()) {
            if (!r.external() && r.type().endsWith(type)) {
                String p = ZipParts.resolve(main, r.target());
                byte[] b = parts.get(p);
                if (b != null) {
                    return SafeXml.parse(b, p, name);
                }
            }
        }
        return null;
    }

    private static Map<String, Element> notes(Document doc) {
        Map<String, Element> out = new HashMap<>();
        if (doc != null) {
            for (Element e : children(doc.getDocumentElement())) {
                String type = attr(e, "type");
                if (type == null || type.equals("normal")) {
                    out.putIfAbsent(attr(e, "id"), e);
                }
            }
        }
        return out;
    }

    /** The relationships of a part ({@code ""} for the package), by id. */
    static Map<String, Rel> rels(ZipParts parts, String part, String name) {
        int slash = part.lastIndexOf('/');
        String relsName = (slash < 0 ? "" : part.substring(0, slash + 1)) + "_rels/" + part.substring(slash + 1) + ".rels";
        byte[] bytes = parts.get(relsName);
        Map<String, Rel> out = new HashMap<>();
        if (bytes == null) {
            return out;
        }
        Document d = SafeXml.parse(bytes, relsName, name);
        for (Element r : children(d.getDocumentElement())) {
            String id = attr(r, "Id");
            String target = attr(r, "Target");
            if (id != null && target != null) {
                out.putIfAbsent(id, new Rel(String.valueOf(attr(r, "Type")), target.strip(),
                        "external".equalsIgnoreCase(String.valueOf(attr(r, "TargetMode")))));
            }
        }
        return out;
    }

    /** Title, author, date, description and language from the core properties ({@code docProps/core.xml}). */
    private static Metadata metadata(byte[] core, String part, String name) {
        Metadata m = Metadata.of(null, null);
        if (core == null) {
            return m;
        }
        Document d = SafeXml.parse(core, part, name);
        Map<String, String> v = new HashMap<>();
        for (Element e : children(d.getDocumentElement())) {
            String text = e.getTextContent() == null ? "" : e.getTextContent().strip();
            if (!text.isEmpty()) {
                v.putIfAbsent(e.getLocalName().toLowerCase(Locale.ROOT), text);
            }
        }
        String title = v.get("title");
        if (title != null && title.matches("(?i)(microsoft word - .*|untitled|document\\d*|文档\\d*|无标题.*)")) {
            title = null; // what Word or a template wrote, not the author
        }
        String lang = v.get("language");
        return new Metadata(title, null, v.get("creator"), OfficeBlocks.date(v.get("created")), null,
                lang == null || !lang.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*") ? null : lang, v.get("description"));
    }
}
