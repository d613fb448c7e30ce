package org.accesspub.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A PDF read back with PDFBox: its text by line, and the size every character is set at. */
public final class PdfText {
    /** A character as PDFBox saw it: text, size in points on the page (font size through the text and page matrices), position. */
    public record Glyph(String text, float size, float x, float width, int page) {
    }

    public final String text;
    public final List<String> lines;
    public final List<Glyph> glyphs;

    private PdfText(String text, List<Glyph> glyphs) {
        this.text = text;
        this.lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        this.glyphs = glyphs;
    }

    public static PdfText read(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        glyphs.add(new Glyph(p.getUnicode(), p.getFontSizeInPt(),
                                p.getXDirAdj(), p.getWidthDirAdj(), getCurrentPageNo()));
                    }
                    super.writeString(s, positions);
                }
            };
            stripper.setSortByPosition(false);
            return new PdfText(stripper.getText(doc), glyphs);
        }
    }

    /** The smallest size any visible character is set at. */
    public float smallestSize() {
        return (float) glyphs.stream().filter(g -> !g.text().isBlank()).mapToDouble(Glyph::size).min().orElse(0);
    }

    /** The text without white space, for order checks that do not depend on where lines break. */
    public String dense() {
        return text.replaceAll("\\s+", "");
    }
}
