package org.accesspub.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * A file put into a zip as it is ({@link ZipEntry#STORED}): media that does not compress (the speech in MP3)
 * goes into the talking books straight from its file, streamed, never read into memory whole.
 */
public final class StoredFile {
    private StoredFile() {
    }

    /** The entry for {@code file}, its size and CRC read from it (once, in blocks). */
    public static ZipEntry entry(String name, Path file, LocalDateTime time) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        byte[] block = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(block)) > 0; ) {
                crc.update(block, 0, n);
                size += n;
            }
        }
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(size);
        e.setCompressedSize(size);
        e.setCrc(crc.getValue());
        e.setTimeLocal(time);
        return e;
    }
}
