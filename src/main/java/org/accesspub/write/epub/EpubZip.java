package org.accesspub.write.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link Book} as an EPUB container (OCF): {@code mimetype} first and stored uncompressed,
 * then the container file, the package files and the resources, deflated. Every entry carries the
 * same fixed time, so the same book always gives the same bytes.
 */
final class EpubZip {
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private EpubZip() {
    }

    static void write(Book book, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
        deflated(zip, "META-INF/container.xml", utf8(PackageFiles.container()));
        deflated(zip, PackageFiles.ROOT + PackageFiles.OPF, utf8(PackageFiles.opf(book)));
        deflated(zip, PackageFiles.ROOT + PackageFiles.NAV, utf8(PackageFiles.nav(book)));
        deflated(zip, PackageFiles.ROOT + PackageFiles.NCX, utf8(PackageFiles.ncx(book)));
        for (Book.Resource r : book.resources()) {
            if (r.file() != null) { // media, streamed from its file and stored: MP3 does not compress
                zip.putNextEntry(org.accesspub.write.StoredFile.entry(PackageFiles.ROOT + r.href(), r.file(), ENTRY_TIME));
                java.nio.file.Files.copy(r.file(), zip);
                zip.closeEntry();
            } else {
                deflated(zip, PackageFiles.ROOT + r.href(), r.data());
            }
        }
        zip.finish();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.DEFLATED);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
