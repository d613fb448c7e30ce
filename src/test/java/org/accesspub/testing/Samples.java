package org.accesspub.testing;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;

/** The project's samples and the shared test fixtures, found the same way by every test. */
public final class Samples {
    public static final String SEED = "seed-article-zh.txt";
    public static final String ENGLISH = "news-en.txt";
    public static final String MARKDOWN = "community-digital-skills.md";
    public static final String HTML = "council-notice.html";
    /** Every sample the project ships: each output is tested on all of them. */
    public static final List<String> ALL = List.of(SEED, ENGLISH, MARKDOWN, HTML);

    private Samples() {
    }

    /** A file of the project's samples/ folder (Maven runs tests from the project root). */
    public static Path path(String name) {
        return Path.of("samples", name).toAbsolutePath();
    }

    public static Article read(String name) {
        return Readers.read(path(name), ReadOptions.defaults());
    }

    /** A file under src/test/resources. */
    public static Path fixture(String name) {
        try {
            return Path.of(Samples.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test fixture " + name, e);
        }
    }

    public static Article readFixture(String name) {
        return Readers.read(fixture(name), ReadOptions.defaults());
    }
}
