package org.accesspub.write.braille;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.accesspub.PublishOptions;
import org.accesspub.Publisher;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.testing.Samples;
import org.accesspub.write.Format;

/** Each input converted once to BRF and PEF through the library's front door, shared by the tests. */
final class BrailleOutputs {
    static final String TRADITIONAL = "braille/seed-article-zh-tw.txt";
    static final String MANUAL = "blocks/terminal-basics.md";
    static final String POEMS = "blocks/poems-44.txt";
    /** The samples, a traditional Chinese text, a manual page with notes and code, and verse. */
    static final List<String> INPUTS = List.of(Samples.SEED, Samples.ENGLISH, Samples.MARKDOWN, Samples.HTML, TRADITIONAL,
            MANUAL, POEMS);

    record Output(Article article, byte[] brf, String pef, Path pefFile, List<String> warnings) {
    }

    private static final Map<String, Output> CACHE = new ConcurrentHashMap<>();
    private static final Path DIR = tempDir();

    private BrailleOutputs() {
    }

    static Path input(String name) {
        return name.contains("/") ? Samples.fixture(name) : Samples.path(name);
    }

    static Output of(String name) {
        return CACHE.computeIfAbsent(name, n -> convert(n, PublishOptions.builder(), n.replace('/', '_')));
    }

    static Output convert(String name, PublishOptions.Builder options, String outName) {
        Warnings warnings = Warnings.collecting();
        Publisher publisher = Publisher.builder().publishOptions(options.build()).warnings(warnings).build();
        Path input = input(name);
        Article article = publisher.read(input);
        try {
            publisher.write(article, input.getParent(), EnumSet.of(Format.BRAILLE), DIR, outName);
            Path pef = DIR.resolve(outName + ".pef");
            return new Output(article, Files.readAllBytes(DIR.resolve(outName + ".brf")),
                    Files.readString(pef, StandardCharsets.UTF_8), pef, warnings.all());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of each page of a PEF, as Unicode braille. */
    static List<List<String>> pefPages(String pef) {
        return java.util.Arrays.stream(pef.split("<page>")).skip(1)
                .map(page -> java.util.regex.Pattern.compile("<row>(.*?)</row>|<row/>").matcher(page).results()
                        .map(m -> m.group(1) == null ? "" : m.group(1)).toList())
                .toList();
    }

    /** The text rows of a PEF (no page number rows), joined by blanks. */
    static String pefText(String pef) {
        StringBuilder sb = new StringBuilder();
        for (List<String> page : pefPages(pef)) {
            page.stream().skip(1).forEach(row -> sb.append(row).append('\u2800'));
        }
        return sb.toString();
    }

    private static Path tempDir() {
        try {
            // under target/, which mvn clean empties (deleteOnExit cannot remove a folder that holds files)
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "braille-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
