package org.accesspub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A full disk is exit 4 and one line for every format (POI used to log 36 lines and exit 1, OpenPDF
 * to end in ExceptionConverter), and leaves nothing behind. A real 64 KB tmpfs: runs where the tests
 * may mount one (root, as on this project's machines), skipped elsewhere.
 */
@EnabledOnOs(OS.LINUX)
class FullDiskTest {
    private static Path mount;

    @BeforeAll
    static void mountSmallDisk() throws Exception {
        mount = Files.createTempDirectory("accesspub-full");
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "cannot mount a tmpfs here (needs root)");
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", mount.toString()).start().waitFor();
            Files.deleteIfExists(mount);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "epub"})
    void aFullDiskIsExitFourInOneLineAndLeavesNothing(String format) throws Exception {
        org.accesspub.testing.CommandLine.Result r = org.accesspub.testing.CommandLine.run("convert", Samples.path(Samples.SEED).toString(),
                "-f", format, "-o", mount.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(4);
        assertThat(r.err().strip()).startsWith("accesspub: cannot write " + format)
                .contains("disk is full").doesNotContain("\n", "Exception", "\tat ");
        try (Stream<Path> files = Files.list(mount)) {
            assertThat(files).isEmpty();
        }
    }
}
