package org.accesspub.write.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.accesspub.model.Article;
import org.accesspub.testing.Samples;

/** Reading samples and writing and unpacking EPUBs for the tests of this package. */
final class EpubTesting {
    /** The samples' folder: their relative image paths resolve against it. */
    static final Path SAMPLES = Samples.path(Samples.SEED).getParent();

    private EpubTesting() {
    }

    static Article sample(String name) {
        return Samples.read(name);
    }

    /** Every sample the project ships, for parameterized tests. */
    static List<String> samples() {
        return Samples.ALL;
    }

    static Path write(EpubWriter writer, Article article, Path dir, String name) throws IOException {
        return write(writer, org.accesspub.testing.Prepared.of(article, SAMPLES, org.accesspub.Warnings.collecting()), dir, name);
    }

    static Path write(EpubWriter writer, org.accesspub.prepare.PreparedDocument article, Path dir, String name)
            throws IOException {
        return write(writer, article, dir, name, org.accesspub.Warnings.collecting());
    }

    static Path write(EpubWriter writer, org.accesspub.prepare.PreparedDocument article, Path dir, String name,
                      org.accesspub.Warnings warnings) throws IOException {
        Path file = dir.resolve(name + ".epub");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(article, out, warnings);
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
