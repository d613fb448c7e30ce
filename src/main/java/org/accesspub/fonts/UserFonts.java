package org.accesspub.fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accesspub.AccesspubException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/** Reads a font the user names with {@code --font}: {@code file.ttf}, {@code file.otf} or {@code file.ttc,N}. */
public final class UserFonts {
    private UserFonts() {
    }

    public static FontFace load(String spec) {
        int comma = spec.lastIndexOf(',');
        int index = -1;
        String file = spec;
        if (comma > 0 && spec.substring(comma + 1).matches("\\d+")) {
            file = spec.substring(0, comma);
            String number = spec.substring(comma + 1);
            if (number.length() > 4) {
                throw AccesspubException.badUsage("--font " + spec + ": the font number " + number
                        + " is out of range (a collection holds at most a few hundred fonts: file.ttc,0)");
            }
            index = Integer.parseInt(number);
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw AccesspubException.badInput("font file not found: " + file + " (give a .ttf, .otf or file.ttc,N)");
        }
        try {
            byte[] data = Files.readAllBytes(path);
            if (index >= 0 || file.toLowerCase().endsWith(".ttc")) {
                data = fromCollection(data, Math.max(0, index), file);
            }
            String family;
            boolean bold;
            try (TrueTypeFont ttf = FontFace.parse(data)) {
                if (ttf.getGlyph() == null) {
                    throw AccesspubException.badInput("font " + file
                            + " has PostScript (CFF) outlines; give a font with TrueType outlines (.ttf)");
                }
                family = ttf.getNaming() != null && ttf.getNaming().getFontFamily() != null
                        ? ttf.getNaming().getFontFamily() : path.getFileName().toString();
                bold = ttf.getHeader().getMacStyle() % 2 == 1;
            }
            FontFace face = new FontFace(family, bold, data, file);
            check(face, file);
            return face;
        } catch (IOException | RuntimeException e) {
            if (e instanceof AccesspubException ae) {
                throw ae;
            }
            // fontbox reads a damaged file with whatever exception its arrays give (AIOOBE, NPE, NegativeArraySize…)
            throw AccesspubException.badInput("cannot read font " + file + ": "
                    + org.accesspub.Failures.oneLine(String.valueOf(e.getMessage())) + " (give a .ttf, .otf with"
                    + " TrueType outlines, or file.ttc,N)");
        }
    }

    /** The tables every writer reads: a font without one fails here, naming it, not halfway through a PDF. */
    private static final List<String> REQUIRED = List.of("head", "hhea", "maxp", "hmtx", "cmap", "OS/2", "name",
            "post", "glyf", "loca");
    /** Glyphs subset and read back as a trial, spread over what the font covers. */
    private static final int TRIAL_GLYPHS = 400;

    /**
     * Proves the font can be used as the writers use it: every required table is there, and a subset of a few
     * hundred of its characters is made and every glyph of it read back (a glyf table of garbage fails here).
     */
    private static void check(FontFace face, String file) throws IOException {
        try (TrueTypeFont ttf = face.parse()) {
            for (String table : REQUIRED) {
                if (!ttf.getTableMap().containsKey(table)) {
                    throw AccesspubException.badInput("font " + file + " has no " + table
                            + " table, which PDF, EPUB and DOCX need; give a complete TrueType font");
                }
            }
        }
        StringBuilder sample = new StringBuilder();
        int covered = 0;
        for (int cp = 0x20; cp <= 0x2FFFF; cp++) {
            if (face.covers(cp)) {
                covered++;
            }
        }
        int every = Math.max(1, covered / TRIAL_GLYPHS);
        int seen = 0;
        for (int cp = 0x20; cp <= 0x2FFFF; cp++) {
            if (face.covers(cp) && seen++ % every == 0) {
                sample.appendCodePoint(cp);
            }
        }
        byte[] subset = FontSubsetter.subset(face, sample.toString());
        try (TrueTypeFont sub = FontFace.parse(subset)) {
            org.apache.fontbox.ttf.GlyphTable glyphs = sub.getGlyph();
            for (int gid = 0; gid < sub.getNumberOfGlyphs(); gid++) {
                org.apache.fontbox.ttf.GlyphData g = glyphs.getGlyph(gid);
                if (g != null) {
                    g.getPath();
                }
            }
        }
    }

    /** Cuts font number {@code index} out of a TrueType collection as a stand-alone font file. */
    private static byte[] fromCollection(byte[] data, int index, String file) throws IOException {
        List<byte[]> fonts = new ArrayList<>();
        try (TrueTypeCollection ttc = new TrueTypeCollection(new java.io.ByteArrayInputStream(data))) {
            ttc.processAllFonts(ttf -> {
                if (fonts.size() == index) {
                    fonts.add(FontSubsetter.wholeFont(ttf));
                } else {
                    fonts.add(null);
                }
            });
        }
        if (index >= fonts.size()) {
            throw AccesspubException.badInput("font collection " + file + " has " + fonts.size()
                    + " fonts; choose an index from 0 to " + (fonts.size() - 1));
        }
        return fonts.get(index);
    }
}
