package org.accesspub.write.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.accesspub.model.Article;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;

/** Reading samples and writing and unpacking EPUBs for the tests of this package. */
final class EpubTesting {
    static final Path SAMPLES = Path.of("samples");

    private EpubTesting() {
    }

    static Article sample(String name) {
        return Readers.read(SAMPLES.resolve(name), ReadOptions.defaults());
    }

    static Path write(EpubWriter writer, Article article, Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".epub");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(article, out);
        }
        return file;
    }

    /** Every entry of the zip, in order, with its bytes. */
    static Map<String, byte[]> entries(Path epub) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }
}
