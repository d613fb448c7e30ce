package org.accesspub.fonts;

import java.io.IOException;
import java.util.BitSet;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One font file (TrueType outlines) with the family name and weight writers declare for it.
 * The bytes are the whole font; {@link FontSubsetter} cuts them down to the glyphs a document uses.
 */
public final class FontFace {
    private final String family;
    private final boolean bold;
    private final java.nio.ByteBuffer data; // read-only; a mapped file for the unpacked bundled fonts
    private final String origin;
    // Planes 0 to 3: the BMP, emoji, and the Han extensions up to H.
    private static final int LAST_CODE_POINT = 0x3FFFF;
    private final BitSet covered;
    private final BitSet lighter; // of a bold face: code points drawn with the regular design's glyph

    FontFace(String family, boolean bold, byte[] data, String origin) {
        this(family, bold, java.nio.ByteBuffer.wrap(data), origin, new BitSet());
    }

    /** A face over the font's bytes, such as a file mapped into memory (only the tables read are loaded). */
    FontFace(String family, boolean bold, java.nio.ByteBuffer data, String origin, BitSet lighter) {
        this.family = family;
        this.bold = bold;
        this.lighter = lighter;
        this.data = data.asReadOnlyBuffer();
        this.origin = origin;
        try (TrueTypeFont ttf = parse()) {
            this.covered = coverage(ttf.getUnicodeCmapLookup(false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + origin, e);
        }
    }

    static TrueTypeFont parse(byte[] data) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    /** The font parsed afresh (callers close it); any number of threads may parse one face at once. */
    public TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data.duplicate()));
    }

    /** The family name writers declare, such as {@code Noto Sans SC}. */
    public String family() {
        return family;
    }

    public boolean bold() {
        return bold;
    }

    /** The whole font file, copied. */
    public byte[] data() {
        byte[] copy = new byte[data.capacity()];
        data.duplicate().rewind().get(copy);
        return copy;
    }

    /** Where the font came from: a bundled resource or a user's file. */
    public String origin() {
        return origin;
    }

    public boolean covers(int codePoint) {
        return covered.get(codePoint);
    }

    /**
     * Whether this bold face draws the character with a glyph of the regular design: the bundled Noto Sans SC
     * Bold does for the rare Han characters (outside GB 2312 and Big5's common level), which keeps the jar
     * small; a writer that can embolden (the PDF strokes the outline) does so for these.
     */
    public boolean lighterAt(int codePoint) {
        return lighter.get(codePoint);
    }

    @Override
    public String toString() {
        return family + (bold ? " Bold" : "") + " (" + origin + ")";
    }

    /** Code points the font maps to a glyph, read once so the parsed font can be closed. */
    private static BitSet coverage(CmapLookup cmap) {
        BitSet covered = new BitSet();
        if (cmap != null) {
            for (int cp = 0; cp <= LAST_CODE_POINT; cp++) {
                if (cmap.getGlyphId(cp) > 0) {
                    covered.set(cp);
                }
            }
        }
        return covered;
    }
}
