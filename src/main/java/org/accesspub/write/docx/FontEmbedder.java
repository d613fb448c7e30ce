package org.accesspub.write.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/**
 * Embeds fonts the way Word does (ECMA-376 Part 1, 17.8.1): each font file becomes an obfuscated
 * {@code word/fonts/fontN.odttf} part, related from the font table, whose {@code w:embedRegular} /
 * {@code w:embedBold} entries carry the GUID that undoes the obfuscation. POI has no API for this, so
 * it is done on the package directly.
 */
final class FontEmbedder {
    static final String FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    static final String FONT_TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    static final String FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
    static final String OBFUSCATED_FONT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

    /**
     * One family to embed.
     *
     * @param bold the bold face, or null when the document has no bold text in this family
     * @param han  whether the font is a Chinese one (font table charset GB2312)
     */
    record Font(String family, byte[] regular, byte[] bold, boolean han) {
    }

    private FontEmbedder() {
    }

    /** Adds the font table with the fonts to the document and turns embedding on in its settings. */
    static void embed(XWPFDocument doc, List<Font> fonts) throws IOException {
        try {
            OPCPackage pkg = doc.getPackage();
            PackagePart table = pkg.createPart(PackagingURIHelper.createPartName("/word/fontTable.xml"), FONT_TABLE_TYPE);
            doc.getPackagePart().addRelationship(table.getPartName(), TargetMode.INTERNAL, FONT_TABLE_REL);
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
            xml.append("<w:fonts xmlns:w=\"").append(Xml.W).append("\" xmlns:r=\"").append(Xml.R).append("\">");
            int n = 0;
            for (Font font : fonts) {
                xml.append("<w:font w:name=\"").append(Xml.attr(font.family())).append("\">")
                        .append("<w:charset w:val=\"").append(font.han() ? "86" : "00").append("\"/>")
                        .append(font.family().endsWith(" Mono") ? "<w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/>"
                                : "<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/>");
                n = addFont(pkg, table, xml, "embedRegular", font.regular(), n);
                if (font.bold() != null) {
                    n = addFont(pkg, table, xml, "embedBold", font.bold(), n);
                }
                xml.append("</w:font>");
            }
            xml.append("</w:fonts>");
            try (OutputStream out = table.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("cannot add the font parts", e);
        }
        CTSettings settings = doc.getSettings().getCTSettings();
        if (!settings.isSetEmbedTrueTypeFonts()) {
            settings.addNewEmbedTrueTypeFonts();
        }
        if (!settings.isSetSaveSubsetFonts()) {
            settings.addNewSaveSubsetFonts();
        }
    }

    private static int addFont(OPCPackage pkg, PackagePart table, StringBuilder xml, String element, byte[] ttf, int n)
            throws InvalidFormatException, IOException {
        int number = n + 1;
        // Derived from the font bytes, so the same input gives the same document.
        UUID key = UUID.nameUUIDFromBytes(ttf);
        PackagePart part = pkg.createPart(
                PackagingURIHelper.createPartName("/word/fonts/font" + number + ".odttf"), OBFUSCATED_FONT_TYPE);
        try (OutputStream out = part.getOutputStream()) {
            out.write(obfuscate(ttf, key));
        }
        PackageRelationship rel = table.addRelationship(part.getPartName(), TargetMode.INTERNAL, FONT_REL);
        xml.append("<w:").append(element).append(" r:id=\"").append(rel.getId()).append("\" w:fontKey=\"")
                .append(fontKey(key)).append("\"/>");
        return number;
    }

    /** The key as the font table writes it: {@code {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}. */
    static String fontKey(UUID key) {
        return "{" + key.toString().toUpperCase(Locale.ROOT) + "}";
    }

    /**
     * XORs the first 32 bytes of the font with the key: the GUID's 16 bytes read from its last hex pair
     * to its first, applied twice. The operation is its own inverse.
     */
    static byte[] obfuscate(byte[] font, UUID key) {
        String hex = key.toString().replace("-", "");
        byte[] k = new byte[16];
        for (int i = 0; i < 16; i++) {
            k[i] = (byte) Integer.parseInt(hex.substring(30 - 2 * i, 32 - 2 * i), 16);
        }
        byte[] out = font.clone();
        for (int i = 0; i < Math.min(32, out.length); i++) {
            out[i] ^= k[i % 16];
        }
        return out;
    }

    /** Reads a {@link #fontKey} back. */
    static UUID parseKey(String fontKey) {
        return UUID.fromString(fontKey.replace("{", "").replace("}", ""));
    }
}
