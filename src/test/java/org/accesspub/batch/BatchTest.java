package org.accesspub.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.accesspub.AccesspubException;
import org.accesspub.Publisher;
import org.accesspub.testing.Samples;
import org.accesspub.write.Format;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    @TempDir
    Path tmp;
    Path folder;
    Path out;
    final StringWriter stdout = new StringWriter();
    final StringWriter stderr = new StringWriter();

    @BeforeEach
    void aFolderWithTwoArticlesAndAnEmptyOne() throws Exception {
        folder = Files.createDirectories(tmp.resolve("articles"));
        out = tmp.resolve("out");
        Files.copy(Samples.path(Samples.ENGLISH), folder.resolve("a-news.txt"));
        Files.writeString(folder.resolve("b-empty.md"), "   \n");
        Files.copy(Samples.path(Samples.HTML), folder.resolve("c-council.html"));
        Files.writeString(folder.resolve("notes.json"), "{}"); // not an article: skipped
        Files.writeString(folder.resolve(".hidden.txt"), "hidden"); // skipped
    }

    private BatchResult run(Progress progress, int jobs) {
        return Batch.builder().publisher(Publisher.builder().build())
                .formats(EnumSet.of(Format.EPUB, Format.DOCX)).outDir(out).jobs(jobs).listener(progress).build()
                .run(ArticleFiles.expand(List.of(folder)));
    }

    @Test
    void aFolderIsReadForItsArticlesInNameOrder() {
        assertThat(ArticleFiles.expand(List.of(folder))).extracting(p -> p.getFileName().toString())
                .containsExactly("a-news.txt", "b-empty.md", "c-council.html");
    }

    @Test
    void oneFailingArticleDoesNotStopTheOthersAndTheExitCodeSaysSo() throws Exception {
        BatchResult result = run(Progress.forBatch(new PrintWriter(stdout), new PrintWriter(stderr), false), 2);

        assertThat(result.articles()).hasSize(3);
        assertThat(result.failures()).singleElement()
                .satisfies(f -> assertThat(f.input().getFileName()).hasToString("b-empty.md"))
                .satisfies(f -> assertThat(f.failure().exitCode()).isEqualTo(AccesspubException.BAD_INPUT));
        assertThat(result.exitCode()).isEqualTo(AccesspubException.BAD_INPUT);
        assertThat(result.filesWritten()).isEqualTo(4);
        for (String name : List.of("a-news", "c-council")) {
            assertThat(out.resolve(name + ".epub")).isNotEmptyFile();
            assertThat(out.resolve(name + ".docx")).isNotEmptyFile();
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("b-empty") || n.startsWith("."));
        }
    }

    @Test
    void withoutATerminalEachArticleIsOneLineAndASummaryEndsTheRun() {
        Progress progress = Progress.forBatch(new PrintWriter(stdout), new PrintWriter(stderr), false);
        BatchResult result = run(progress, 1);
        progress.summary(result);

        String err = stderr.toString();
        assertThat(err).doesNotContain("\r")
                .containsPattern("\\[\\d/3] .*a-news.txt: 2 files")
                .containsPattern("\\[\\d/3] failed: .*b-empty.md is empty")
                .contains("converted 2 of 3 articles in ", ": 4 files written, 1 warning, 1 failed")
                .containsPattern("\n  failed: .*b-empty.md is empty");
        assertThat(stdout.toString().lines()).hasSize(4).allMatch(l -> l.endsWith(".epub") || l.endsWith(".docx"));
    }

    @Test
    void onATerminalABarIsRedrawnInPlace() {
        Progress progress = Progress.forBatch(new PrintWriter(stdout), new PrintWriter(stderr), true);
        progress.summary(run(progress, 2));

        assertThat(stderr.toString()).contains("\r[", "] 3/3 articles, 1 failed").doesNotContain("[1/3]");
    }

    @Test
    void aBadOptionFailsTheWholeBatchBeforeAnythingIsWritten() {
        Batch batch = Batch.builder().publisher(Publisher.builder()
                        .publishOptions(org.accesspub.PublishOptions.builder()
                                .speech(org.accesspub.speech.SpeechOptions.builder().engine("no-such-engine").build()).build())
                        .build())
                .formats(EnumSet.of(Format.EPUB, Format.AUDIO)).outDir(out).build();

        assertThatThrownBy(() -> batch.run(ArticleFiles.expand(List.of(folder))))
                .isInstanceOfSatisfying(AccesspubException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
        assertThat(out).doesNotExist();
    }

    @Test
    void jobsBelowOneIsAUsageError() {
        assertThatThrownBy(() -> Batch.builder().jobs(0))
                .isInstanceOfSatisfying(AccesspubException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
    }

    @Test
    void aFolderWithoutArticlesIsBadInput() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> ArticleFiles.expand(List.of(empty)))
                .isInstanceOfSatisfying(AccesspubException.class, e -> assertThat(e.exitCode()).isEqualTo(3));
    }
}
