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
            index = Integer.parseInt(spec.substring(comma + 1));
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
            return new FontFace(family, bold, data, file);
        } catch (IOException e) {
            throw AccesspubException.badInput("cannot read font " + file + ": " + e.getMessage()
                    + " (give a .ttf, .otf with TrueType outlines, or file.ttc,N)");
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
