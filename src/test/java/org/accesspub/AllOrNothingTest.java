package org.accesspub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.accesspub.model.Article;
import org.accesspub.testing.Samples;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.Format;
import org.accesspub.write.OutputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All formats of one input are committed together, replacing the previous set, or none is. */
class AllOrNothingTest {
    @TempDir
    Path dir;

    private static ArticleWriter writing(String ext, String content) {
        return (article, context) -> {
            try (OutputStream o = context.out().open(ext)) {
                o.write(content.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private Conversion conversion(Map<Format, ArticleWriter> writers) {
        Article article = Samples.read(Samples.ENGLISH);
        return new Conversion(org.accesspub.testing.Prepared.of(article), writers, dir, "article");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void previousSet() throws IOException {
        Map<Format, ArticleWriter> w = new LinkedHashMap<>();
        w.put(Format.PDF, writing("pdf", "old pdf"));
        w.put(Format.EPUB, writing("epub", "old epub"));
        w.put(Format.AUDIO, writing("mp3", "old mp3"));
        conversion(w).run();
    }

    @Test
    void aFailedReRunLeavesThePreviousArticlesFilesWholeAndNoMix() throws IOException {
        previousSet();
        Map<Format, ArticleWriter> w = new LinkedHashMap<>();
        w.put(Format.PDF, writing("pdf", "new pdf"));
        w.put(Format.EPUB, writing("epub", "new epub"));
        w.put(Format.AUDIO, (article, context) -> {
            try (OutputStream o = context.out().open("mp3")) {
                o.write(1);
                throw new IOException("No space left on device");
            }
        });
        assertThatThrownBy(() -> conversion(w).run())
                .isInstanceOfSatisfying(AccesspubException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(AccesspubException.CANNOT_WRITE);
                    assertThat(e.getMessage()).startsWith("cannot write audio").contains("disk is full",
                            "nothing was written");
                });
        assertThat(dir.resolve("article.pdf")).hasContent("old pdf");
        assertThat(dir.resolve("article.epub")).hasContent("old epub");
        assertThat(dir.resolve("article.mp3")).hasContent("old mp3");
        assertThat(names()).containsExactly("article.epub", "article.mp3", "article.pdf");
    }

    @Test
    void theErrorNamesTheFormatThatFailedAndAnErrorIsOneLine() throws IOException {
        Map<Format, ArticleWriter> w = new LinkedHashMap<>();
        w.put(Format.PDF, writing("pdf", "new pdf"));
        w.put(Format.DOCX, (article, out) -> {
            throw new StackOverflowError();
        });
        assertThatThrownBy(() -> conversion(w).run())
                .isInstanceOfSatisfying(AccesspubException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(AccesspubException.UNEXPECTED);
                    assertThat(e.getMessage()).startsWith("docx: ").contains("--debug");
                });
        assertThat(names()).isEmpty();
    }

    @Test
    void aLibraryExceptionWrappingAnIoErrorIsExitFour() {
        Map<Format, ArticleWriter> w = Map.of(Format.PDF, (article, context) -> {
            context.out().open("pdf").close();
            throw new RuntimeException("ExceptionConverter", new IOException("No space left on device"));
        });
        assertThatThrownBy(() -> conversion(w).run())
                .isInstanceOfSatisfying(AccesspubException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(AccesspubException.CANNOT_WRITE));
    }

    @Test
    void aCommitThatFailsHalfwayRestoresThePreviousSet() throws IOException {
        previousSet();
        OutputFiles out = new OutputFiles(dir, "article");
        try (OutputStream o = out.open("pdf")) {
            o.write("new pdf".getBytes(StandardCharsets.UTF_8));
        }
        out.open("mp3").close();
        try (Stream<Path> files = Files.list(dir)) { // the second file vanishes before it is moved
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(".article.mp3.")).toList()) {
                Files.delete(p);
            }
        }
        assertThatThrownBy(out::commit).isInstanceOf(IOException.class);
        out.close();
        assertThat(dir.resolve("article.pdf")).hasContent("old pdf");
        assertThat(dir.resolve("article.mp3")).hasContent("old mp3");
        assertThat(names()).containsExactly("article.epub", "article.mp3", "article.pdf");
    }

    @Test
    void aBaseNameOf245CharactersStillGetsItsFiles() throws IOException {
        String base = "a".repeat(245);
        OutputFiles out = new OutputFiles(dir, base);
        try (OutputStream o = out.open("epub")) {
            o.write(1);
        }
        assertThat(out.commit()).containsExactly(dir.resolve(base + ".epub"));
    }

    @Test
    void aFileNameLongerThanTheFileSystemAllowsIsExitFourNamingIt() {
        String base = "长".repeat(90); // 270 bytes in UTF-8
        Map<Format, ArticleWriter> w = Map.of(Format.EPUB, writing("epub", "x"));
        Conversion c = new Conversion(org.accesspub.testing.Prepared.of(Samples.read(Samples.ENGLISH)), w, dir, base);
        assertThatThrownBy(c::run).isInstanceOfSatisfying(AccesspubException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(AccesspubException.CANNOT_WRITE);
            assertThat(e.getMessage()).contains("longer than 255 bytes", "rename the input");
        });
    }
}
