package org.accesspub.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import org.accesspub.BundledData;

/**
 * Noto Sans SC travels in the {@code noto-sans-sc} pack ({@link BundledData}, made at build time by
 * {@code src/build/PackData.java}): Regular as shipped in {@code fonts/}, and Bold with Regular's glyphs for the
 * rare Han characters (outside GB 2312 and Big5's common level), which the two faces packed together store
 * almost for free. The pack is unpacked once into the user cache and each face mapped from there into memory,
 * which keeps the 10 MB off the heap.
 */
final class PackedFonts {
    static final String PACK = "noto-sans-sc";

    private PackedFonts() {
    }

    /** The font file {@code /fonts/NAME}: as it is in the jar, else from the pack; null if neither has it. */
    static ByteBuffer read(String resource) throws IOException {
        try (InputStream plain = PackedFonts.class.getResourceAsStream(resource)) {
            if (plain != null) {
                return ByteBuffer.wrap(plain.readAllBytes());
            }
        }
        Path dir = BundledData.unpacked(PACK);
        if (dir == null) {
            return null;
        }
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        return Files.isRegularFile(file) ? map(file) : null;
    }

    /**
     * The code points a packed bold face draws with the regular design's glyphs, from the list packed beside it
     * ({@code NAME.lighter}: lines of hexadecimal ranges, {@code 3400-4DBF}); empty for every other face.
     */
    static BitSet lighter(String resource) throws IOException {
        BitSet set = new BitSet();
        Path dir = BundledData.unpacked(PACK);
        Path list = dir == null ? null : dir.resolve(resource.substring(resource.lastIndexOf('/') + 1) + ".lighter");
        if (list == null || !Files.isRegularFile(list)) {
            return set;
        }
        for (String line : Files.readAllLines(list, StandardCharsets.US_ASCII)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] range = line.strip().split("-");
            set.set(Integer.parseInt(range[0], 16), Integer.parseInt(range[1], 16) + 1);
        }
        return set;
    }

    /** The file mapped read-only: parsing reads only the tables it needs, and nothing is copied onto the heap. */
    private static ByteBuffer map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }
}
