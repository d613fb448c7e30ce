package org.accesspub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * read → prepare → write: no arrow runs back up. A class of a lower layer (model, prepare, read, speech,
 * braille, lang, style, fonts) names no class of a higher one (write, batch, cli, serve, report, verify, or the
 * front door: Publisher, Writers, Conversion, PublishOptions), by import or by full name, so that a
 * writer can change without touching what it renders and the lower layers work without the tool around
 * them. Scans the sources under src/main/java.
 */
class LayersTest {
    private static final Path SOURCES = Path.of("src/main/java/org/accesspub");
    private static final List<String> LOWER = List.of("model", "prepare", "read", "speech", "braille", "lang", "style", "fonts");
    private static final Pattern HIGHER = Pattern.compile(
            "org\\.accesspub\\.(?:(?:write|batch|cli|serve|report|verify)\\.[\\w.]*[A-Z]\\w*|(?:Publisher|Writers|Conversion|PublishOptions)\\b)");

    @Test
    void noClassOfALowerLayerNamesAClassOfAHigherOne() throws IOException {
        assertThat(upwardArrows()).as("arrows from a lower layer up to a higher one").isEmpty();
    }

    @Test
    void theScanSeesTheArrowsItLooksFor() {
        assertThat(arrows("x/A.java", "import org.accesspub.write.epub.EpubWriter;\nclass A { org.accesspub.Publisher p; "
                + "org.accesspub.prepare.Terms t; org.accesspub.PublishOptionsX y; }"))
                .containsExactly("x/A.java -> org.accesspub.Publisher", "x/A.java -> org.accesspub.write.epub.EpubWriter");
        assertThat(arrows("x/A.java", "/** see {@link org.accesspub.write.ArticleWriter} */ class A {}"))
                .as("a comment is no arrow").isEmpty();
    }

    static Set<String> upwardArrows() throws IOException {
        Set<String> found = new TreeSet<>();
        for (String layer : LOWER) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(SOURCES.resolve(layer))) {
                files = walk.filter(p -> p.toString().endsWith(".java")).toList();
            }
            for (Path f : files) {
                String name = SOURCES.relativize(f).toString().replace('\\', '/');
                found.addAll(arrows(name, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return found;
    }

    private static List<String> arrows(String file, String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
        List<String> out = new ArrayList<>();
        Matcher m = HIGHER.matcher(code);
        while (m.find()) {
            String arrow = file + " -> " + m.group();
            if (!out.contains(arrow)) {
                out.add(arrow);
            }
        }
        out.sort(null);
        return out;
    }
}
