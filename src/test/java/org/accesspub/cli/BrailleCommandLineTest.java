package org.accesspub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrailleCommandLineTest {
    @TempDir
    Path tmp;

    private static int run(StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void formatBrailleWritesBrfAndPefWithTheTableAndPageAsked() throws Exception {
        StringWriter err = new StringWriter();
        Path out = tmp.resolve("out");
        int code = run(err, "convert", Samples.path(Samples.SEED).toString(), "-f", "braille", "-o", out.toString(),
                "--braille-table", "zhcn-g1", "--braille-page", "32x20");
        assertThat(code).as(err.toString()).isZero();
        // no warning: only the self-check's line of counts (braille tables checked too)
        assertThat(err.toString().lines().toList()).singleElement().asString().startsWith("检查：0 个错误");
        assertThat(out.resolve("seed-article-zh.brf")).isNotEmptyFile();
        String pef = Files.readString(out.resolve("seed-article-zh.pef"));
        assertThat(pef).contains("cols=\"32\" rows=\"20\"");
        // 现行盲文 marks every tone: 全国 ⠅⠯⠂⠛⠕⠂, where 国家通用盲文 leaves out 全's (⠅⠯⠛⠕⠂)
        assertThat(pef).contains("⠅⠯⠂⠛⠕⠂");
    }

    @Test
    void anUnknownTableOrPageIsABadUsageWithNothingWritten() {
        for (String[] bad : new String[][] {{"--braille-table", "zhcn-g9"}, {"--braille-page", "40by25"}, {"--braille-page", "2x2"}}) {
            StringWriter err = new StringWriter();
            Path out = tmp.resolve("bad");
            int code = run(err, "convert", Samples.path(Samples.SEED).toString(), "-f", "braille", "-o", out.toString(),
                    bad[0], bad[1]);
            assertThat(code).isEqualTo(2);
            assertThat(err.toString().strip()).doesNotContain("\n", "Exception").contains(bad[1]);
            assertThat(out).doesNotExist();
        }
    }
}
