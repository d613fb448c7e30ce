package org.accesspub.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small Word and OpenDocument files written part by part, for the one construct a test is about. */
public final class OfficeFixtures {
    public static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\"";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private OfficeFixtures() {
    }

    /** A DOCX builder: the body's XML, and optional styles, numbering, footnotes and relationships. */
    public static final class Docx {
        private String body = "";
        private String styles;
        private String numbering;
        private String footnotes;
        private final StringBuilder rels = new StringBuilder();
        private final Map<String, byte[]> extra = new LinkedHashMap<>();
        private String core;

        public Docx body(String xml) {
            body = xml;
            return this;
        }

        public Docx styles(String stylesXml) {
            styles = "<w:styles " + W + ">" + stylesXml + "</w:styles>";
            return this;
        }

        public Docx numbering(String xml) {
            numbering = "<w:numbering " + W + ">" + xml + "</w:numbering>";
            return this;
        }

        public Docx footnotes(String xml) {
            footnotes = "<w:footnotes " + W + ">" + xml + "</w:footnotes>";
            return this;
        }

        public Docx core(String title, String creator) {
            core = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + title + "</dc:title><dc:creator>"
                    + creator + "</dc:creator></cp:coreProperties>";
            return this;
        }

        /** A relationship of the main document; {@code external} sets TargetMode. */
        public Docx rel(String id, String type, String target, boolean external) {
            rels.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(REL).append(type)
                    .append("\" Target=\"").append(target).append('"').append(external ? " TargetMode=\"External\"" : "")
                    .append("/>");
            return this;
        }

        public Docx part(String name, byte[] bytes) {
            extra.put(name, bytes);
            return this;
        }

        /** Replaces a part's XML as written (a DOCTYPE, broken XML). */
        public Docx rawDocument(String xml) {
            extra.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        public byte[] bytes() {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("[Content_Types].xml", ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            parts.put("_rels/.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
                    + (core == null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>")
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            parts.put("word/document.xml", ("<w:document " + W + "><w:body>" + body + "</w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder r = new StringBuilder(rels);
            if (styles != null) {
                parts.put("word/styles.xml", styles.getBytes(StandardCharsets.UTF_8));
                r.append("<Relationship Id=\"rSt\" Type=\"").append(REL).append("styles\" Target=\"styles.xml\"/>");
            }
            if (numbering != null) {
                parts.put("word/numbering.xml", numbering.getBytes(StandardCharsets.UTF_8));
                r.append("<Relationship Id=\"rNum\" Type=\"").append(REL).append("numbering\" Target=\"numbering.xml\"/>");
            }
            if (footnotes != null) {
                parts.put("word/footnotes.xml", footnotes.getBytes(StandardCharsets.UTF_8));
                r.append("<Relationship Id=\"rFn\" Type=\"").append(REL).append("footnotes\" Target=\"footnotes.xml\"/>");
            }
            if (core != null) {
                parts.put("docProps/core.xml", core.getBytes(StandardCharsets.UTF_8));
            }
            parts.put("word/_rels/document.xml.rels", ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\">" + r + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            parts.putAll(extra);
            return zip(parts);
        }
    }

    public static Docx docx() {
        return new Docx();
    }

    /** A paragraph of plain text, optionally in a style. */
    public static String p(String style, String text) {
        return "<w:p>" + (style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>")
                + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A paragraph style with a name (and its XML inside, such as a pPr). */
    public static String style(String id, String name, String inner) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>" + inner + "</w:style>";
    }

    /** A ZIP of the given parts, in order, deflated. */
    public static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An ODT of a content.xml body (office:text children) and an optional manifest. */
    public static byte[] odt(String text, String manifest) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        parts.put("content.xml", ("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\">"
                + "<office:body><office:text>" + text + "</office:text></office:body></office:document-content>")
                .getBytes(StandardCharsets.UTF_8));
        parts.put("META-INF/manifest.xml", (manifest == null ? "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:"
                + "opendocument:xmlns:manifest:1.0\"/>" : manifest).getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }
}
