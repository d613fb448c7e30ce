package org.accesspub.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.accesspub.UserCache;
import org.tukaani.xz.XZInputStream;

/**
 * Fonts the jar carries xz-compressed ({@code /fonts/NAME.xz}, made by {@code scripts/pack-fonts.sh}): each is
 * unpacked once into the user cache ({@code <cache>/fonts/}, named by the packed entry's CRC and size, written
 * by an atomic rename so a half-written file is never read) and mapped from there into memory, which is
 * faster than inflating it from the jar on every run and keeps the 10 MB off the heap. Where the cache
 * cannot be written it is unpacked in memory.
 */
final class PackedFonts {
    private PackedFonts() {
    }

    /** The font file {@code /fonts/NAME}: as it is in the jar, else unpacked from {@code NAME.xz}; null if neither. */
    static ByteBuffer read(String resource) throws IOException {
        try (InputStream plain = PackedFonts.class.getResourceAsStream(resource)) {
            if (plain != null) {
                return ByteBuffer.wrap(plain.readAllBytes());
            }
        }
        URL packed = PackedFonts.class.getResource(resource + ".xz");
        if (packed == null) {
            return null;
        }
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        Path cached = UserCache.root().resolve("fonts").resolve(cachedName(name, packed));
        if (Files.isRegularFile(cached)) {
            return map(cached);
        }
        byte[] bytes;
        try (InputStream in = new XZInputStream(packed.openStream())) {
            bytes = in.readAllBytes();
        }
        try {
            Files.createDirectories(cached.getParent());
            Path temp = Files.createTempFile(cached.getParent(), name, ".tmp");
            try {
                Files.write(temp, bytes);
                Files.move(temp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // a read-only cache: the font still works, unpacked in memory on every run
        }
        return ByteBuffer.wrap(bytes);
    }

    /** The file mapped read-only: parsing reads only the tables it needs, and nothing is copied onto the heap. */
    private static ByteBuffer map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    /** {@code NotoSansSC-Regular-<crc>-<size>.ttf}: a new build of the font gets a new file. */
    private static String cachedName(String name, URL packed) throws IOException {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "-" + UserCache.identity(packed) + name.substring(dot);
    }
}
