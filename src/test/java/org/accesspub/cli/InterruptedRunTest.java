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
        Path input = tmp.resolve("long.txt");
        StringBuilder text = new StringBuilder("A long notice\n\n");
        for (int i = 0; i < 3000; i++) {
            text.append("Paragraph ").append(i).append(" of a notice that takes the writers a while to set. ")
                    .append("The library opens at nine and closes at five on weekdays.\n\n");
        }
        Files.writeString(input, text);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("long.pdf"), "previous pdf");
        Files.writeString(out.resolve("long.epub"), "previous epub");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.accesspub.cli.Main", "convert", input.toString(), "-f", "epub,pdf", "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean sawPart = false;
        while (!sawPart && p.isAlive() && System.nanoTime() < deadline) {
            sawPart = names(out).stream().anyMatch(n -> n.endsWith(".part"));
            Thread.sleep(20);
        }
        assertThat(sawPart).as("a temporary file appeared while the run was alive").isTrue();
        // SIGTERM is what a service manager sends, SIGINT what Ctrl-C sends
        assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor()).isZero();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(names(out)).containsExactly("long.epub", "long.pdf");
        assertThat(out.resolve("long.pdf")).hasContent("previous pdf");
        assertThat(out.resolve("long.epub")).hasContent("previous epub");
    }
}
