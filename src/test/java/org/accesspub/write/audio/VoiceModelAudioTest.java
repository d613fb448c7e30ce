package org.accesspub.write.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accesspub.cli.Main;
import org.accesspub.testing.Samples;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed spoken through the command line with a Piper voice model (the test model of
 * scripts/make-test-voice.py, through the real runtime) and with eSpeak NG: the rest of the pipeline does not
 * know which engine spoke, so the chapters and the cues are the same, in a valid MP3 timed by its cues.
 */
class VoiceModelAudioTest {
    static final Path MODEL = Samples.fixture("org/accesspub/speech/piper/zh_CN-test-x_low.onnx");
    @TempDir
    static Path dir;
    static Spoken piper;
    static Spoken espeak;

    record Spoken(int exit, String err, byte[] mp3, AudioFiles.Tag tag, List<AudioFiles.Cue> cues) {
    }

    @BeforeAll
    static void speakTheSeedBothWays() throws Exception {
        piper = convert("piper", "--voice-model", "zh=" + MODEL);
        espeak = convert("espeak");
    }

    static Spoken convert(String name, String... more) throws Exception {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("convert", Samples.path(Samples.SEED).toString(),
                "-f", "audio", "-o", out.toString()));
        args.addAll(List.of(more));
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (code != 0) {
            return new Spoken(code, err.toString(), null, null, null);
        }
        Path mp3;
        Path vtt;
        try (var files = Files.list(out)) {
            List<Path> all = files.toList();
            mp3 = all.stream().filter(p -> p.toString().endsWith(".mp3")).findFirst().orElseThrow();
            vtt = all.stream().filter(p -> p.toString().endsWith(".vtt")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(mp3);
        return new Spoken(code, err.toString(), bytes, AudioFiles.readId3(bytes),
                AudioFiles.readVttSentences(Files.readString(vtt, StandardCharsets.UTF_8)));
    }

    @Test
    void theConversionSucceedsWithoutWarningsAboutPhonemes() {
        assertThat(piper.exit()).as(piper.err()).isZero();
        assertThat(piper.err()).doesNotContain("has no phoneme");
    }

    @Test
    void theChaptersAreThoseOfESpeakNG() {
        assertThat(piper.tag().chapters()).extracting(AudioFiles.Chapter::title)
                .isEqualTo(espeak.tag().chapters().stream().map(AudioFiles.Chapter::title).toList());
        assertThat(piper.tag().toc()).hasSameSizeAs(espeak.tag().toc());
        assertThat(piper.tag().chapters()).hasSize(18);
        assertThat(piper.tag().texts()).containsEntry("TIT2", "无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议");
    }

    @Test
    void theCuesAreThoseOfESpeakNGInOrder() {
        assertThat(piper.cues()).extracting(AudioFiles.Cue::text)
                .isEqualTo(espeak.cues().stream().map(AudioFiles.Cue::text).toList());
        for (int i = 1; i < piper.cues().size(); i++) {
            assertThat(piper.cues().get(i).startMs()).isGreaterThanOrEqualTo(piper.cues().get(i - 1).endMs());
        }
    }

    @Test
    void theMp3DecodesAt22kHzAndLastsAsItsCuesSay() throws Exception {
        AudioFiles.Decoded d = AudioFiles.decodeMp3(piper.mp3());
        assertThat(d.rate()).isEqualTo(22050);
        assertThat(d.channels()).isEqualTo(1);
        long lastEnd = piper.cues().get(piper.cues().size() - 1).endMs();
        assertThat(d.seconds() * 1000).isCloseTo(lastEnd, Percentage.withPercentage(1));
        assertThat(d.peakDbfs()).isLessThanOrEqualTo(-1.0);
    }

    @Test
    void aMissingModelEndsTheRunBeforeAnythingIsReadWithExit2() throws Exception {
        Spoken missing = convert("missing", "--voice-model", "zh=" + dir.resolve("nowhere.onnx"));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).contains("nowhere.onnx: no such file").doesNotContain("\n");
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void aLanguageTheModelLacksEndsTheRunWithOneLineAndExit2() throws Exception {
        Spoken wrong = convert("wrong", "--voice-model", "en=" + MODEL);
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err().strip()).startsWith("accesspub: ").contains("speaks zh-CN, not en").doesNotContain("\n");
        assertThat(dir.resolve("wrong")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }
}
