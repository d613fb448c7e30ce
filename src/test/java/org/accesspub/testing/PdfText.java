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
    /**
     * A character as PDFBox saw it: text, size in points on the page (font size through the text and page
     * matrices), position ({@code y} of the baseline from the top of the page).
     */
    public record Glyph(String text, float size, float x, float width, int page, float y) {
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
                                p.getXDirAdj(), p.getWidthDirAdj(), getCurrentPageNo(), p.getYDirAdj()));
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

    /**
     * The lines as set on the pages, from the characters' positions in the order they were drawn: a new
     * line where the page or the baseline changes or the text moves back or jumps more than two ems
     * ahead (the next cell of a table row). Spaces are left out.
     */
    public List<String> setLines() {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        Glyph last = null;
        for (Glyph g : glyphs) {
            if (g.text().isBlank()) {
                continue;
            }
            boolean next = last != null && (g.page() != last.page() || Math.abs(g.y() - last.y()) > 1
                    || g.x() < last.x() - 0.5f || g.x() > last.x() + last.width() + 2 * g.size());
            if (next && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(g.text());
            last = g;
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    /** The text without white space, for order checks that do not depend on where lines break. */
    public String dense() {
        return text.replaceAll("\\s+", "");
    }
}
