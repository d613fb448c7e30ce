package org.accesspub.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.accesspub.AccesspubException;
import org.accesspub.cli.Main;
import org.accesspub.testing.Samples;
import org.accesspub.write.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Issue 28's batch cases: output names that collide, links out of the folder, skipped entries, a stalled article. */
class BatchSafetyTest {
    @TempDir
    Path tmp;

    private static int cli(StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void twoInputsWritingAFileOfTheSameNameAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Samples.path(Samples.MARKDOWN), in.resolve("a.md"));
        Files.copy(Samples.path(Samples.MARKDOWN), in.resolve("a.narrated.md"));
        StringWriter err = new StringWriter();
        Path out = tmp.resolve("out");

        int code = cli(err, "convert", in.toString(), "-f", "epub,narrated", "-o", out.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("a.md", "a.narrated.md", "would both write", "a.narrated.epub");
        assertThat(out).doesNotExist();
    }

    @Test
    void namesThatDifferOnlyInCaseCollideToo() {
        Batch batch = Batch.builder().formats(EnumSet.of(Format.EPUB)).outDir(tmp.resolve("out")).build();
        assertThatThrownBy(() -> batch.run(List.of(tmp.resolve("x/Report.txt"), tmp.resolve("y/report.md"))))
                .isInstanceOfSatisfying(AccesspubException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aLinkOutOfTheFolderIsRefusedAndAPipeOrALoopIsReportedWhileTheRestIsWritten() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Samples.path(Samples.ENGLISH), in.resolve("news.txt"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "Not for the batch.\n\nA private note.");
        Files.createSymbolicLink(in.resolve("leak.txt"), secret);
        Files.createSymbolicLink(in.resolve("inside.txt"), in.resolve("news.txt"));
        Files.createSymbolicLink(in.resolve("loop.md"), in.resolve("loop.md"));
        assertThat(new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start().waitFor()).isZero();
        StringWriter err = new StringWriter();
        Path out = tmp.resolve("out");

        int code = cli(err, "convert", in.toString(), "-f", "epub", "-o", out.toString());

        assertThat(code).isEqualTo(3);
        assertThat(out.resolve("news.epub")).isNotEmptyFile();
        assertThat(out.resolve("inside.epub")).isNotEmptyFile();
        assertThat(out.resolve("leak.epub")).doesNotExist();
        assertThat(err.toString()).contains("leak.txt: a symbolic link that leads out of the folder",
                "warning: skipped " + in.resolve("loop.md") + ": a symbolic link loop",
                "warning: skipped " + in.resolve("pipe.txt") + ": not a regular file");
    }

    @Test
    void anArticleOutOfTimeFailsWithNothingWrittenAndNoTemporaryFile() throws Exception {
        Path out = tmp.resolve("out");
        Batch batch = Batch.builder().formats(EnumSet.of(Format.EPUB, Format.DOCX)).outDir(out)
                .timeLimit(Duration.ofMillis(1)).build();

        BatchResult r = batch.run(List.of(Samples.path(Samples.ENGLISH), Samples.path(Samples.MARKDOWN)));

        assertThat(r.failures()).hasSize(2).allSatisfy(a -> {
            assertThat(a.failure().exitCode()).isEqualTo(AccesspubException.BAD_INPUT);
            assertThat(a.failure().getMessage()).contains("took longer than", "nothing was written");
        });
        Thread.sleep(3000); // the writers, still running when stopped, find their files refused
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s).isEmpty();
            }
        }
    }

    @Test
    void aStuckArticleIsLetGoAndItsThreadReplacedSoTheOthersGoOn() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (Watchdog threads = new Watchdog(1, Duration.ofSeconds(1))) {
            Watchdog.Article stuck = threads.article();
            stuck.execute(() -> {
                while (true) { // stuck in native code or a dead library thread: deaf to interrupts
                    try {
                        never.await();
                        return;
                    } catch (InterruptedException e) {
                        // ignored, as a native call would
                    }
                }
            });
            Thread.sleep(200);
            CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> "converted", threads.article());
            Thread.sleep(300);
            assertThat(next).isNotDone(); // one thread, taken by the stuck article
            stuck.expire();
            assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo("converted");
            never.countDown();
        }
    }
}
