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
    private final byte[] data;
    private final String origin;
    // Planes 0 to 2: the BMP and the Han extensions.
    private static final int LAST_CODE_POINT = 0x2FFFF;
    private final BitSet covered;

    FontFace(String family, boolean bold, byte[] data, String origin) {
        this.family = family;
        this.bold = bold;
        this.data = data;
        this.origin = origin;
        try (TrueTypeFont ttf = parse(data)) {
            this.covered = coverage(ttf.getUnicodeCmapLookup(false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + origin, e);
        }
    }

    static TrueTypeFont parse(byte[] data) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    /** The family name writers declare, such as {@code Noto Sans SC}. */
    public String family() {
        return family;
    }

    public boolean bold() {
        return bold;
    }

    /** The whole font file. Callers must not change the array. */
    public byte[] data() {
        return data;
    }

    /** Where the font came from: a bundled resource or a user's file. */
    public String origin() {
        return origin;
    }

    public boolean covers(int codePoint) {
        return covered.get(codePoint);
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
