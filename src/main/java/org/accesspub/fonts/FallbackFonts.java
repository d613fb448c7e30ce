package org.accesspub.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Fonts tried for what the bundled ones lack, chiefly the rare Han characters of CJK Extension B and
 * beyond (𠮷, 𪚥): those the machine has in the usual places (Debian's {@code fonts-hanazono} covers
 * Extensions B to F, {@code fonts-babelstone-han} up to H) and any named with {@code --fallback-font}.
 * A machine font is opened only when a document needs a character no bundled font draws, once per
 * process, and mapped from its file rather than read onto the heap. Fonts with PostScript (CFF)
 * outlines, such as Noto Sans CJK's .ttc files, cannot be embedded by the writers and are skipped.
 */
final class FallbackFonts {
    /** TrueType-outline fonts with the rarer Han characters, where Linux distributions install them. */
    private static final List<String> MACHINE = List.of(
            "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
            "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
            "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf",
            "/usr/share/fonts/truetype/babelstone-han/BabelStoneHan.ttf",
            "/usr/share/fonts/TTF/HanaMinA.ttf",
            "/usr/share/fonts/TTF/HanaMinB.ttf",
            "/usr/share/fonts/TTF/BabelStoneHan.ttf");

    private static volatile List<FontFace> machine;

    private FallbackFonts() {
    }

    /** The machine's fallback fonts, opened on first use; those that cannot be read are left out. */
    static List<FontFace> machine() {
        List<FontFace> m = machine;
        if (m == null) {
            synchronized (FallbackFonts.class) {
                if (machine == null) {
                    List<FontFace> found = new ArrayList<>();
                    for (String file : MACHINE) {
                        FontFace face = open(Path.of(file));
                        if (face != null) {
                            found.add(face);
                        }
                    }
                    machine = List.copyOf(found);
                }
                m = machine;
            }
        }
        return m;
    }

    /** The machine's fallback fonts already opened (none before a document needed one). */
    static List<FontFace> opened() {
        List<FontFace> m = machine;
        return m == null ? List.of() : m;
    }

    /** A font file mapped read-only, or null when it is missing or not a TrueType-outline font. */
    static FontFace open(Path path) {
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer data = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            String family;
            try (TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(data.duplicate()))) {
                if (ttf.getGlyph() == null) {
                    return null;
                }
                family = ttf.getNaming() != null && ttf.getNaming().getFontFamily() != null
                        ? ttf.getNaming().getFontFamily() : path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            }
            return new FontFace(family, false, data, path.toString(), new java.util.BitSet());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
