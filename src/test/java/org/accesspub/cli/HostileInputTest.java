package org.accesspub.cli;

import static org.accesspub.testing.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.accesspub.testing.CommandLine;

/** The reproductions of issue 13 that the command line answers: one line, the right exit code, nothing written. */
class HostileInputTest {
    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("out");
    }

    private List<String> written() throws Exception {
        if (!Files.exists(out())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out())) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void oneLine(CommandLine.Result r) {
        assertThat(r.err().strip()).startsWith("accesspub: ").doesNotContain("\n", "\tat ", "Exception");
    }

    @Test
    void anUnknownEngineBesideAPdfExitsTwoAndWritesNoPdf() throws Exception {
        CommandLine.Result r = run("convert", Samples.path(Samples.ENGLISH).toString(), "-f", "pdf,audio", "--engine", "foo",
                "-o", out().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown speech engine 'foo'");
        oneLine(r);
        assertThat(written()).isEmpty();
    }

    @Test
    void twoInputsWithTheSameBaseNameAreRefusedBeforeAnythingIsWritten() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a")).resolve("notice.txt");
        Path b = Files.createDirectories(tmp.resolve("b")).resolve("notice.md");
        Files.copy(Samples.path(Samples.ENGLISH), a);
        Files.writeString(b, "# Another notice\n\nText.\n");
        CommandLine.Result r = run("convert", a.toString(), b.toString(), "-f", "epub", "-o", out().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("would both write", "notice");
        oneLine(r);
        assertThat(written()).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoAsInputIsRefusedAtOnceWithExitThree() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        CommandLine.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run("convert", fifo.toString(), "-f", "epub", "-o", out().toString()));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("not a regular file");
        oneLine(r);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void devZeroAsInputIsRefusedAtOnceWithExitThree() {
        CommandLine.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run("inspect", "/dev/zero"));
        assertThat(r.code()).isEqualTo(3);
        oneLine(r);
    }

    @Test
    void anInputLargerThanTheLimitIsExitThreeNamingTheOption() throws Exception {
        Path big = tmp.resolve("big.txt");
        Files.writeString(big, "Title\n\n" + "word ".repeat(300_000)); // 1.5 MB
        CommandLine.Result r = run("inspect", big.toString(), "--max-input-size", "1");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("larger than 1 MB", "--max-input-size");
    }

    @Test
    void lineSpacingNaNInfinityAndNegativeAreUsageErrors() throws Exception {
        for (String bad : List.of("NaN", "Infinity", "-1.5", "0")) {
            CommandLine.Result r = run("convert", Samples.path(Samples.ENGLISH).toString(), "--line-spacing", bad,
                    "-f", "epub", "-o", out().toString());
            assertThat(r.code()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).contains("line spacing");
        }
        assertThat(written()).isEmpty();
    }

    @Test
    void aLanguageTagWithMarkupIsRefusedAsUsage() throws Exception {
        CommandLine.Result r = run("convert", Samples.path(Samples.ENGLISH).toString(), "--lang", "fr\"/><w:injected w:val=\"",
                "-f", "docx", "-o", out().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("BCP 47");
        assertThat(written()).isEmpty();
    }

    @Test
    void anInputWithA245CharacterNameConverts() throws Exception {
        Path input = tmp.resolve("n".repeat(245) + ".txt");
        Files.copy(Samples.path(Samples.ENGLISH), input);
        CommandLine.Result r = run("convert", input.toString(), "-f", "epub,docx", "-o", out().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(written()).containsExactlyInAnyOrder("n".repeat(245) + ".epub", "n".repeat(245) + ".docx");
    }

    @Test
    void aLexiconErrorDoesNotEchoTheFile() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "root:$6$hash-of-a-password:19000\n");
        CommandLine.Result r = run("convert", Samples.path(Samples.SEED).toString(), "-f", "pdf,audio", "--lexicon",
                secret.toString(), "-o", out().toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("line 1").doesNotContain("hash-of-a-password", "root:");
        assertThat(written()).isEmpty();
    }

    @Test
    void aFormatFailingLateLeavesThePreviousSetAndNamesTheFormat() throws Exception {
        Files.createDirectories(out());
        Files.writeString(out().resolve("news-en.epub"), "previous epub");
        Files.writeString(out().resolve("news-en.mp3"), "previous mp3");
        CommandLine.Result r = run("convert", Samples.path(Samples.ENGLISH).toString(), "-f", "epub,audio", "--voice", "no-such-voice",
                "-o", out().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("accesspub: audio: ").contains("no-such-voice", "nothing was written");
        oneLine(r);
        assertThat(out().resolve("news-en.epub")).hasContent("previous epub");
        assertThat(out().resolve("news-en.mp3")).hasContent("previous mp3");
        assertThat(written()).containsExactlyInAnyOrder("news-en.epub", "news-en.mp3");
    }
}
