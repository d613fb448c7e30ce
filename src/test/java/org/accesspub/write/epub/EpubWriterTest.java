package org.accesspub.write.epub;

import static org.accesspub.write.epub.EpubTesting.entries;
import static org.accesspub.write.epub.EpubTesting.sample;
import static org.accesspub.write.epub.EpubTesting.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.TOCReference;
import nl.siegmann.epublib.epub.EpubReader;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.testing.EpubCheck;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EpubWriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"seed-article-zh.txt", "news-en.txt", "community-digital-skills.md", "council-notice.html"})
    void everySamplePassesEpubCheckWithoutAWarning(String name) throws Exception {
        Warnings warnings = Warnings.collecting();
        Article article = sample(name);
        Path epub = EpubTesting.write(EpubWriter.builder().warnings(warnings).baseDir(EpubTesting.SAMPLES).build(),
                article, dir, name);
        System.out.println(name + ": " + Files.size(epub) + " bytes, warnings " + warnings.all());
        EpubCheck.assertValid(epub);
    }
}
