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
            if (codePoints.stream().allMatch(cp -> cp < 0x10000)) {
                return subset(ttf, codePoints);
            }
            return withAstral(ttf, codePoints);
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

    /**
     * A subset holding characters beyond the BMP (😀, 𠮷): fontbox keeps their glyphs by number, and
     * {@link AstralCmap} maps every code point to them in a format-12 cmap.
     */
    private static byte[] withAstral(TrueTypeFont ttf, Set<Integer> codePoints) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        TTFSubsetter subsetter = new TTFSubsetter(ttf, KEEP_TABLES);
        Set<Integer> glyphs = new TreeSet<>();
        for (int cp : codePoints) {
            if (cp < 0x10000) {
                subsetter.add(cp);
            }
            glyphs.add(cmap.getGlyphId(cp));
        }
        subsetter.addGlyphIds(glyphs);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        java.util.Map<Integer, Integer> newByOld = new java.util.HashMap<>();
        subsetter.getGIDMap().forEach((newGid, oldGid) -> newByOld.put(oldGid, newGid));
        java.util.Map<Integer, Integer> map = new java.util.TreeMap<>();
        for (int cp : codePoints) {
            Integer gid = newByOld.get(cmap.getGlyphId(cp));
            if (gid != null && gid > 0) {
                map.put(cp, gid);
            }
        }
        return AstralCmap.add(out.toByteArray(), map);
    }

    private static byte[] subset(TrueTypeFont ttf, Set<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(ttf, KEEP_TABLES);
        subsetter.addAll(codePoints);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
    }
}
