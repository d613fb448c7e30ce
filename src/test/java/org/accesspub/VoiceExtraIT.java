package org.accesspub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged main jar with the voice extra (target/accesspub-voice.jar, built here when missing or older than
 * extras/voice/pom.xml, as the launcher does), as users run them: the Piper runtime comes from the extra only,
 * and the main jar alone says in one line how to get it.
 */
class VoiceExtraIT {
    static final Path JAR = Path.of("target", "accesspub.jar");
    static final Path EXTRA = Path.of("target", "accesspub-voice.jar");
    static final Path POM = Path.of("extras", "voice", "pom.xml");
    static final Path MODEL = Path.of("src/test/resources/org/accesspub/speech/piper/zh_CN-test-x_low.onnx").toAbsolutePath();

    @TempDir
    static Path tmp;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void buildTheExtraWhenNeeded() throws Exception {
        if (!Files.isRegularFile(EXTRA) || Files.getLastModifiedTime(EXTRA).compareTo(Files.getLastModifiedTime(POM)) < 0) {
            Process p = new ProcessBuilder("mvn", "-B", "-q", "-f", POM.toString(), "package")
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("extra-build.log").toFile()).start();
            assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(tmp.resolve("extra-build.log"))).isZero();
        }
    }

    static Run java(List<String> classPath, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-cp",
                String.join(java.io.File.pathSeparator, classPath), "org.accesspub.cli.Main"));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("XDG_CACHE_HOME", Path.of("target", "it-cache").toAbsolutePath().toString());
        pb.environment().remove("ACCESSPUB_VOICE_MODELS");
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished within 5 minutes").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theMainJarCarriesNoPiperRuntime() throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.contains("onnxruntime") || n.contains("piper_phonemize")
                    || n.matches(".*piper-jni\\.(so|dll|dylib)") || n.startsWith("io/github/givimad/"))).isEmpty();
        }
        try (JarFile extra = new JarFile(EXTRA.toFile())) {
            assertThat(extra.getEntry("debian-amd64/libonnxruntime.so.1.14.1")).isNotNull();
            assertThat(extra.getEntry("io/github/givimad/piperjni/PiperJNI.class")).isNotNull();
            assertThat(extra.getEntry("com/google/gson/JsonParser.class")).isNotNull();
        }
    }

    @Test
    void withTheExtraTheSeedIsSpokenByTheVoiceModel() throws Exception {
        Path out = tmp.resolve("with");
        Run r = java(List.of(JAR.toString(), EXTRA.toString()), "convert", Samples.path(Samples.SEED).toString(),
                "-f", "audio,narrated", "-o", out.toString(), "--voice-model", "zh=" + MODEL);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Exception", "has no phoneme");
        assertThat(out.resolve("seed-article-zh.mp3")).isNotEmptyFile();
        assertThat(out.resolve("seed-article-zh.vtt")).isNotEmptyFile();
        assertThat(Files.list(out).filter(p -> p.toString().endsWith(".epub")).count()).isEqualTo(1);
        Run voices = java(List.of(JAR.toString(), EXTRA.toString()), "voices", "--voice-model", MODEL.toString());
        assertThat(voices.code()).as(voices.err()).isZero();
        assertThat(voices.out()).contains("piper    zh_CN-test-x_low", "22050 Hz, eSpeak voice cmn");
    }

    @Test
    void withoutTheExtraOneLineSaysHowToGetItWithExit2() throws Exception {
        Path out = tmp.resolve("without");
        Run r = java(List.of(JAR.toString()), "convert", Samples.path(Samples.SEED).toString(), "-f", "audio",
                "-o", out.toString(), "--voice-model", "zh=" + MODEL);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("mvn -f extras/voice/pom.xml package").doesNotContain("\n", "Exception");
        assertThat(out.resolve("seed-article-zh.mp3")).doesNotExist();
    }
}
