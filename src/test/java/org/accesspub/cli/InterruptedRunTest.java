package org.accesspub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM (as Ctrl-C's SIGINT) in the middle of a conversion leaves no temporary file and the previous set whole. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptedRunTest {
    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalWhileWritingLeavesNoPartFileAndThePreviousSetUntouched(String signal) throws Exception {
        // A run whose writers finish between the sighting of a temporary file and the signal exits 0 with the
        // new set: that attempt proves nothing, so it is tried again with twice the text (at most three times).
        if (ignoredHere(signal)) {
            // Started under nohup or in a shell's background, this JVM and the run it starts ignore the signal, as
            // nohup promises: the run is not stopped and writes the new set whole.
            assertThat(interrupted(signal, 3000, tmp.resolve("ignored"))).isFalse();
            assertThat(tmp.resolve("ignored/out/long.pdf")).content().startsWith("%PDF-");
            return;
        }
        for (int attempt = 0, paragraphs = 3000; attempt < 3; attempt++, paragraphs *= 2) {
            if (interrupted(signal, paragraphs, tmp.resolve("attempt" + attempt))) {
                return;
            }
        }
        throw new AssertionError("three runs ended before the signal reached them");
    }

    /** Whether this process ignores the signal (its SigIgn mask in /proc, on Linux); the run it starts inherits that. */
    private static boolean ignoredHere(String signal) throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        int number = "INT".equals(signal) ? 2 : 15;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (new java.math.BigInteger(line.substring(7).strip(), 16).testBit(number - 1));
            }
        }
        return false;
    }

    /** Whether the run was stopped by the signal; if so, it left the previous set whole and no temporary file. */
    private static boolean interrupted(String signal, int paragraphs, Path dir) throws Exception {
        Path input = Files.createDirectories(dir).resolve("long.txt");
        StringBuilder text = new StringBuilder("A long notice\n\n");
        for (int i = 0; i < paragraphs; i++) {
            text.append("Paragraph ").append(i).append(" of a notice that takes the writers a while to set. ")
                    .append("The library opens at nine and closes at five on weekdays.\n\n");
        }
        Files.writeString(input, text);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("long.pdf"), "previous pdf");
        Files.writeString(out.resolve("long.epub"), "previous epub");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.accesspub.cli.Main", "convert", input.toString(), "-f", "epub,pdf", "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean sawPart = false;
        while (!sawPart && p.isAlive() && System.nanoTime() < deadline) {
            sawPart = names(out).stream().anyMatch(n -> n.endsWith(".part"));
            Thread.sleep(20);
        }
        assertThat(sawPart).as("a temporary file appeared while the run was alive").isTrue();
        // SIGTERM is what a service manager sends, SIGINT what Ctrl-C sends
        new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        if (p.exitValue() == 0) {
            assertThat(names(out)).containsExactly("long.epub", "long.pdf"); // finished first: the new set, whole
            return false;
        }
        assertThat(names(out)).containsExactly("long.epub", "long.pdf");
        assertThat(out.resolve("long.pdf")).hasContent("previous pdf");
        assertThat(out.resolve("long.epub")).hasContent("previous epub");
        return true;
    }
}
