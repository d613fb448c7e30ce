package org.accesspub.read.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.accesspub.AccesspubException;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;

/**
 * Not a test: reads every {@code *.html} page of a folder with accesspub's HTML reader, exactly as
 * {@code convert} does, and writes the body text the model holds to {@code OUT/<name>.txt}: the
 * plain text of every block, one block a paragraph. The title is metadata and is not written, nor
 * are images (their alt text and caption describe a picture; the benchmark's ground truth is the
 * article's running text).
 * {@code scripts/extraction-score.sh} runs it on the extraction corpus and scores the result.
 */
public final class ExtractionDump {
    private ExtractionDump() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        try (Stream<Path> pages = Files.list(in)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = page.getFileName().toString().replaceFirst("\\.html$", "");
                Files.writeString(out.resolve(name + ".txt"), text(page));
            }
        }
    }

    private static String text(Path page) {
        try {
            Article a = Readers.read(page, ReadOptions.builder().keepPunctuation(true).build());
            StringBuilder sb = new StringBuilder();
            for (Block b : a.blocks()) {
                if (b instanceof Block.Image) {
                    continue;
                }
                sb.append(Blocks.plainText(b)).append("\n\n");
            }
            return sb.toString();
        } catch (AccesspubException e) {
            System.err.println(page.getFileName() + ": " + e.getMessage());
            return "";
        }
    }
}
