package org.accesspub.write.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A written DOCX opened again with POI, with the facts the tests ask about worked out. */
final class DocxReadBack implements AutoCloseable {
    final Path file;
    final XWPFDocument doc;
    final CTStyles styles;

    DocxReadBack(Path file) throws Exception {
        this.file = file;
        this.doc = new XWPFDocument(Files.newInputStream(file));
        this.styles = doc.getStyle();
    }

    CTStyle style(String id) {
        for (CTStyle s : styles.getStyleArray()) {
            if (s.getStyleId().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** Every paragraph of the body, table cells included, in order. */
    List<XWPFParagraph> paragraphs() {
        List<XWPFParagraph> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        out.addAll(c.getParagraphs());
                    }
                }
            }
        }
        return out;
    }

    /** Font size of a run in points, as Word resolves it: run, character style, paragraph style, defaults. */
    double effectiveSize(XWPFParagraph p, XWPFRun run) {
        CTRPr direct = run.getCTR().getRPr();
        if (direct != null && direct.sizeOfSzArray() > 0) {
            return Double.parseDouble(direct.getSzArray(0).getVal().toString()) / 2;
        }
        Double fromRunStyle = direct != null && direct.sizeOfRStyleArray() > 0
                ? styleSize(direct.getRStyleArray(0).getVal()) : null;
        if (fromRunStyle != null) {
            return fromRunStyle;
        }
        Double fromParagraph = styleSize(p.getStyle() == null ? "Normal" : p.getStyle());
        if (fromParagraph != null) {
            return fromParagraph;
        }
        return Double.parseDouble(styles.getDocDefaults().getRPrDefault().getRPr().getSzArray(0).getVal().toString()) / 2;
    }

    private Double styleSize(String id) {
        for (CTStyle s = style(id); s != null; s = s.getBasedOn() == null ? null : style(s.getBasedOn().getVal())) {
            if (s.getRPr() != null && s.getRPr().sizeOfSzArray() > 0) {
                return Double.parseDouble(s.getRPr().getSzArray(0).getVal().toString()) / 2;
            }
        }
        return null;
    }

    /** Everything a reader sees: body, tables, footer. */
    String allText() {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(Files.newInputStream(file)))) {
            return extractor.getText();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    /** An embedded font as stored: family, weight and the de-obfuscated bytes. */
    record EmbeddedFont(String family, String weight, String partName, byte[] data) {
        TrueTypeFont parse() throws IOException {
            return new TTFParser().parse(new RandomAccessReadBuffer(data));
        }
    }

    /** Reads the font table and undoes the obfuscation of each font part with its key. */
    List<EmbeddedFont> embeddedFonts() throws Exception {
        List<EmbeddedFont> fonts = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(Files.newInputStream(file))) {
            PackagePart main = pkg.getPartsByContentType(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml").get(0);
            PackageRelationship tableRel = main.getRelationshipsByType(FontEmbedder.FONT_TABLE_REL).getRelationship(0);
            PackagePart table = main.getRelatedPart(tableRel);
            Map<String, PackagePart> byId = new HashMap<>();
            for (PackageRelationship rel : table.getRelationshipsByType(FontEmbedder.FONT_REL)) {
                byId.put(rel.getId(), table.getRelatedPart(rel));
            }
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document xml;
            try (InputStream in = table.getInputStream()) {
                xml = f.newDocumentBuilder().parse(in);
            }
            NodeList fontElements = xml.getElementsByTagNameNS(Xml.W, "font");
            for (int i = 0; i < fontElements.getLength(); i++) {
                Element font = (Element) fontElements.item(i);
                String family = font.getAttributeNS(Xml.W, "name");
                for (String weight : new String[] {"embedRegular", "embedBold", "embedItalic", "embedBoldItalic"}) {
                    NodeList embeds = font.getElementsByTagNameNS(Xml.W, weight);
                    for (int j = 0; j < embeds.getLength(); j++) {
                        Element embed = (Element) embeds.item(j);
                        PackagePart part = byId.get(embed.getAttributeNS(Xml.R, "id"));
                        if (!part.getContentType().equals(FontEmbedder.OBFUSCATED_FONT_TYPE)) {
                            throw new AssertionError("font part " + part.getPartName() + " has type " + part.getContentType());
                        }
                        byte[] stored;
                        try (InputStream in = part.getInputStream()) {
                            stored = in.readAllBytes();
                        }
                        byte[] plain = FontEmbedder.obfuscate(stored, FontEmbedder.parseKey(embed.getAttributeNS(Xml.W, "fontKey")));
                        fonts.add(new EmbeddedFont(family, weight, part.getPartName().getName(), plain));
                    }
                }
            }
        }
        return fonts;
    }

    /** The raw XML of a part, for the few facts POI's model does not expose. */
    String partXml(String name) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(Files.newInputStream(file))) {
            for (PackagePart part : pkg.getParts()) {
                if (part.getPartName().getName().equals(name)) {
                    try (InputStream in = part.getInputStream()) {
                        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
        }
        throw new AssertionError("no part " + name);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
