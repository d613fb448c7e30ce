package org.accesspub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged main jar with the second jar the launcher builds for {@code --verify}
 * ({@code extras/verify} → {@code target/accesspub-verify.jar}, built here when missing or older than its pom):
 * the validators are found through ServiceLoader and pass the seed's files; without the jar, one line says
 * how to get it.
 */
class VerifyJarIT {
    private static final Path EXTRA = Path.of("target", "accesspub-verify.jar");
    private static final Path POM = Path.of("extras", "verify", "pom.xml");

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run run(List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("XDG_CACHE_HOME", Path.of("target", "it-cache").toAbsolutePath().toString());
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("finished within 10 minutes").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private void buildExtraIfStale() throws Exception {
        if (Files.isRegularFile(EXTRA) && Files.getLastModifiedTime(EXTRA).compareTo(Files.getLastModifiedTime(POM)) > 0) {
            return;
        }
        String home = System.getProperty("maven.home");
        String mvn = home != null && Files.isExecutable(Path.of(home, "bin", "mvn")) ? Path.of(home, "bin", "mvn").toString() : "mvn";
        Run build = run(List.of(mvn, "-B", "-q", "-f", POM.toString(), "package"));
        assertThat(build.code()).as(build.out() + build.err()).isZero();
    }

    @Test
    void theMainJarWithTheVerifyJarPassesTheSeedThroughAllThreeValidators() throws Exception {
        buildExtraIfStale();
        Path out = tmp.resolve("out");
        Run r = run(java("-cp", PackagedJarIT.JAR + java.io.File.pathSeparator + EXTRA, "org.accesspub.cli.Main",
                "convert", Samples.path(Samples.SEED).toString(), "-f", "pdf,epub,docx,narrated", "--verify",
                "-o", out.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        String json = Files.readString(out.resolve("seed-article-zh.report.json"));
        assertThat(json).contains("\"verified\": true", "\"counts\": {\"error\": 0,",
                "{\"rule\": \"pdf-ua\", \"level\": \"pass\"", "{\"rule\": \"docx-schema\", \"level\": \"pass\"");
        assertThat(json.split("\\{\"rule\": \"epubcheck\", \"level\": \"pass\"", -1)).hasSize(3); // the EPUB and the narrated one
        assertThat(r.err()).doesNotContain("Exception", "SLF4J", "StatusLogger");
    }

    @Test
    void withoutTheVerifyJarVerifyIsOneLineSayingHowToGetIt() throws Exception {
        Path out = tmp.resolve("none");
        Run r = run(java("-jar", PackagedJarIT.JAR.toString(), "convert", Samples.path(Samples.SEED).toString(),
                "--verify", "-o", out.toString()));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("accesspub-verify.jar", "./accesspub",
                "mvn -f extras/verify/pom.xml package");
        assertThat(out).doesNotExist();
    }
}
