package org.accesspub.write.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.model.Article;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.read.SourceKind;

/**
 * Times the PDF writer on the seed article and on a 1 MB article made of the seed's paragraphs
 * repeated. Not a test: run it by hand with
 * {@code mvn -q test-compile exec:java} or from the IDE; it prints size, pages and time.
 */
public final class PdfBenchmark {
    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of("samples/seed-article-zh.txt"));
        run("seed", Readers.read(Path.of("samples/seed-article-zh.txt"), ReadOptions.defaults()), 5);
        StringBuilder big = new StringBuilder(seed);
        String body = seed.substring(seed.indexOf("  3月16日"), seed.lastIndexOf("来源"));
        while (big.toString().getBytes(StandardCharsets.UTF_8).length < 1_000_000) {
            big.append(body);
        }
        Files.writeString(Path.of("target/big-zh.txt"), big);
        run("1 MB", Readers.read(big.toString(), SourceKind.TXT, ReadOptions.defaults(), "big"), 3);
    }

    private static void run(String name, Article article, int times) throws Exception {
        long[] ms = new long[times];
        byte[] pdf = null;
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfWriter.builder().build().write(org.accesspub.testing.Prepared.of(article), out, org.accesspub.Warnings.collecting());
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            pdf = out.toByteArray();
        }
        java.util.Arrays.sort(ms);
        Files.write(Path.of("target/bench-" + name.replace(' ', '-') + ".pdf"), pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            System.out.printf("%s: %d bytes, %d pages, median %d ms (min %d, max %d)%n", name, pdf.length,
                    doc.getNumberOfPages(), ms[times / 2], ms[0], ms[times - 1]);
        }
    }
}
