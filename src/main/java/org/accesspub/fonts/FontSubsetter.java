package org.accesspub.fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Cuts a font down to the glyphs a document uses (fontbox's {@link TTFSubsetter}): the subset keeps
 * its family name and metrics, so it can stand in for the whole font wherever it is embedded.
 */
public final class FontSubsetter {
    /**
     * The tables a subset keeps. Without a list fontbox copies the rest whole: layout tables (GSUB,
     * GPOS) and vertical metrics sized for all 65 000 glyphs, which bloat the subset and no longer
     * match its glyph count.
     */
    private static final List<String> KEEP_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "name", "OS/2", "post", "cmap");

    private FontSubsetter() {
    }

    /** A TrueType font holding only the glyphs for the code points of {@code text} that the face covers. */
    public static byte[] subset(FontFace face, String text) {
        Set<Integer> codePoints = new TreeSet<>();
        text.codePoints().filter(face::covers).forEach(codePoints::add);
        codePoints.add((int) ' ');
        try (TrueTypeFont ttf = face.parse()) {
            return subset(ttf, codePoints);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot subset " + face, e);
        }
    }

    /** Every glyph reachable from the font's Unicode cmap (used to cut one font out of a collection). */
    static byte[] wholeFont(TrueTypeFont ttf) throws IOException {
        Set<Integer> codePoints = new TreeSet<>();
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        for (int cp = 0; cp <= 0x2FFFF; cp++) {
            if (cmap.getGlyphId(cp) > 0) {
                codePoints.add(cp);
            }
        }
        return subset(ttf, codePoints);
    }

    private static byte[] subset(TrueTypeFont ttf, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(ttf, KEEP_TABLES);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }
}
