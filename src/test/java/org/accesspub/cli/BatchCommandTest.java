package org.accesspub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderAndAFileConvertTogetherAndABadOneOnlyFailsItself() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Samples.path(Samples.MARKDOWN), folder.resolve("skills.md"));
        Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5});
        Path out = tmp.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();

        int code = Main.run(new String[] {"convert", folder.toString(), Samples.path(Samples.ENGLISH).toString(),
                "-f", "epub", "--jobs", "2", "-o", out.toString()}, new PrintWriter(stdout), new PrintWriter(stderr));

        assertThat(code).isEqualTo(3);
        assertThat(out.resolve("skills.epub")).isNotEmptyFile();
        assertThat(out.resolve("news-en.epub")).isNotEmptyFile();
        assertThat(out.resolve("broken.epub")).doesNotExist();
        assertThat(stdout.toString().lines()).hasSize(2);
        assertThat(stderr.toString()).contains("converted 2 of 3 articles", "2 files written", "1 failed",
                "broken.txt");
    }

    @Test
    void jobsZeroIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"convert", Samples.path(Samples.ENGLISH).toString(), "--jobs", "0",
                "-o", tmp.resolve("out").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--jobs");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
