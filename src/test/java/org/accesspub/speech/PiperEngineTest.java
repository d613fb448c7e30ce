package org.accesspub.speech;

import org.accesspub.testing.Prepared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.accesspub.AccesspubException;
import org.accesspub.speech.text.MandarinReading;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Piper voice model read with accesspub's own pronunciation, through the real runtime (piper-jni, onnxruntime).
 * The model (scripts/make-test-voice.py) is no voice: it plays back the phoneme ids it was fed, then a tone of
 * 256 samples an id times length_scale; Piper scales its output so that the first sample is 32767.
 */
class PiperEngineTest {
    static final Path DIR = Samples.fixture("org/accesspub/speech/piper");
    static final VoiceModel ZH = VoiceModel.parse(DIR.resolve("zh_CN-test-x_low.onnx").toString(), null);
    static final VoiceModel EN = VoiceModel.parse("en=" + DIR.resolve("en_US-test-x_low.onnx"), null);
    static final PiperEngine PIPER = PiperEngine.load(List.of(ZH, EN), () -> EspeakEngine.load(null));
    /** Piper ends each sentence with 0.2 s of silence. */
    static final int SILENCE_22K = 4410;

    /** What the model was fed, read back from its sound: the n ids after the first sample. */
    static long[] fed(Pcm pcm, int n) {
        assertThat(pcm.samples()[0]).isEqualTo((short) 32767);
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Math.round(pcm.samples()[1 + i] * 1000.0 / 32767);
        }
        return ids;
    }

    static SpokenScript.Utterance firstSentence() {
        SpokenScript script = ScriptBuilder.builder().build().build(Prepared.of(Samples.read(Samples.SEED)));
        return script.parts().stream().filter(p -> p instanceof SpokenScript.Utterance u && u.language().startsWith("zh"))
                .map(p -> (SpokenScript.Utterance) p).findFirst().orElseThrow();
    }

    @Test
    void theSeedsFirstSentenceReachesTheModelAsThePhonemeIdsOfItsReading() {
        SpokenScript.Utterance u = firstSentence();
        assertThat(u.display()).isEqualTo("无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议");
        PiperEngine.Phonemes p = PIPER.phonemes(u.spoken(), u.language());
        // the phonemes are eSpeak NG's IPA of the pinyin the reading decided (tones and sandhi), not of the characters
        String pinyin = MandarinReading.pinyinLine(u.spoken(), cp -> { });
        String espeakText = MandarinReading.espeakText(u.spoken(), cp -> { });
        EspeakEngine espeak = EspeakEngine.load(null);
        String expected = espeak.phonemes(espeakText.replaceAll("[（）]", " ").replaceAll("\\s+", " ").strip(), "cmn");
        assertThat(p.ipa()).isEqualTo(expected.replaceAll("\\s+", " ").strip());
        // eSpeak's cmn IPA marks each syllable's tone after its vowel: 5 for the first and fourth, ɜ the second,
        // 2 the third, 1 the neutral; they follow the reading's tones syllable by syllable
        List<String> marks = List.of("5", "ɜ", "2", "5", "1");
        List<String> wanted = Pattern.compile("[a-z]+([1-5])").matcher(pinyin).results()
                .map(m -> marks.get(m.group(1).charAt(0) - '1')).toList();
        assertThat(Pattern.compile("[125ɜ]").matcher(p.ipa()).results().map(m -> m.group()).toList()).isEqualTo(wanted);
        long syllables = Pattern.compile("[a-z]+[1-5]").matcher(pinyin).results().count();
        assertThat(syllables).isEqualTo(u.display().codePoints().filter(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN).count());
        assertThat(p.missing()).isEmpty();
        // the ids are the config's for those phonemes: ^ _ then each phoneme and _, then $
        assertThat(p.ids()[0]).isEqualTo(1);
        assertThat(p.ids()[1]).isZero();
        assertThat(p.ids()[p.ids().length - 1]).isEqualTo(2);
        PhonemeIds map = new PhonemeIds(org.accesspub.speech.piper.VoiceConfig.read(ZH.config()).phonemeIdMap());
        assertThat(map.phonemes(p.ids())).isEqualTo(java.text.Normalizer.normalize(p.ipa(), java.text.Normalizer.Form.NFD));
        // and what the runtime fed the model is exactly that
        Pcm said = PIPER.synthesise(u.spoken(), u.language(), null, SpeechEngines.DEFAULT_HAN_PER_MINUTE);
        assertThat(fed(said, p.ids().length)).containsExactly(p.ids());
    }

    @Test
    void aPolyphoneIsSaidAsTheReadingDecidesNotAsESpeakReadsTheCharacters() {
        EspeakEngine espeak = EspeakEngine.load(null);
        String own = PIPER.phonemes("区长", "zh-CN").ipa();
        assertThat(own).isEqualTo(espeak.phonemes(MandarinReading.espeakText("区长", cp -> { }), "cmn"));
        assertThat(own).isNotEqualTo(espeak.phonemes("区长", "cmn"));
    }

    @Test
    void theSoundLastsAsTheModelSaysAtItsRateAndTheRateScalesThePace() {
        String text = "今天天气很好。";
        int n = PIPER.phonemes(text, "zh-CN").ids().length;
        Pcm normal = PIPER.synthesise(text, "zh-CN", null, 220);
        assertThat(normal.sampleRate()).isEqualTo(22050);
        assertThat(normal.length()).isEqualTo(1 + n + n * 256 + SILENCE_22K);
        Pcm slow = PIPER.synthesise(text, "zh-CN", null, 110); // half the rate: length_scale 2
        assertThat(slow.length()).isEqualTo(1 + n + 2 * n * 256 + SILENCE_22K);
        // the tone is a 440 Hz sine: about 2 * 440 zero crossings a second
        short[] tone = Arrays.copyOfRange(normal.samples(), 1 + n, 1 + n + n * 256);
        int crossings = 0;
        for (int i = 1; i < tone.length; i++) {
            crossings += (tone[i - 1] < 0) != (tone[i] < 0) ? 1 : 0;
        }
        assertThat(crossings / (tone.length / 22050.0)).isBetween(870.0, 890.0);
    }

    @Test
    void englishGoesToTheEnglishModelWithESpeaksEnglishPhonemes() {
        assertThat(PIPER.voiceFor("en-GB")).isEqualTo("en_US-test-x_low");
        assertThat(PIPER.voiceFor("zh-TW")).isEqualTo("zh_CN-test-x_low");
        assertThat(PIPER.voiceFor("zh-HK")).isNull(); // Cantonese is not Mandarin
        assertThat(PIPER.voiceFor("fr")).isNull();
        PiperEngine.Phonemes p = PIPER.phonemes("Hello, world.", "en");
        assertThat(p.ipa()).isEqualTo("həlˈoʊ, wˈɜːld.");
        Pcm said = PIPER.synthesise("Hello, world.", "en", null, SpeechEngines.DEFAULT_WORDS_PER_MINUTE);
        assertThat(fed(said, p.ids().length)).containsExactly(p.ids());
    }

    @Test
    void aLongUtteranceIsSaidInBoundedPieces() {
        String text = "今天天气很好".repeat(60) + "。";
        PiperEngine.Phonemes p = PIPER.phonemes(text, "zh-CN");
        List<String> pieces = PiperPhonemes.pieces(p.ipa());
        assertThat(pieces.size()).isGreaterThan(1);
        assertThat(pieces).allSatisfy(s -> assertThat(s.codePointCount(0, s.length())).isLessThanOrEqualTo(PiperPhonemes.MAX_PHONEMES));
        assertThat(String.join(" ", pieces).replace(" ", "")).isEqualTo(p.ipa().replace(" ", ""));
        Pcm said = PIPER.synthesise(text, "zh-CN", null, 220);
        long expected = 0;
        PhonemeIds map = new PhonemeIds(org.accesspub.speech.piper.VoiceConfig.read(ZH.config()).phonemeIdMap());
        for (String s : pieces) {
            int n = map.ids(s).ids().length;
            expected += 1 + n + 256L * n + SILENCE_22K;
        }
        assertThat(said.length()).isEqualTo(expected);
    }

    @Test
    void aModelAtAnotherRateIsResampledByTheRecorder() {
        VoiceModel k16 = VoiceModel.parse(DIR.resolve("zh_CN-test16k-x_low.onnx").toString(), null);
        PiperEngine e = PiperEngine.load(List.of(k16), () -> EspeakEngine.load(null));
        Pcm said = e.synthesise("你好。", "zh-CN", null, 220);
        assertThat(said.sampleRate()).isEqualTo(16000);
        assertThat(said.resampled(22050).durationMillis()).isCloseTo(said.durationMillis(), org.assertj.core.data.Offset.offset(2L));
    }

    @Test
    void missingFilesAreBadUsage(@TempDir Path tmp) throws Exception {
        assertExit(() -> VoiceModel.of(List.of(tmp.resolve("none.onnx").toString()), List.of(), null), 2, "no such file");
        Path lone = Files.copy(ZH.model(), tmp.resolve("lone.onnx"));
        assertExit(() -> VoiceModel.of(List.of(lone.toString()), List.of(), null), 2, "--voice-config");
        assertExit(() -> VoiceModel.of(List.of(), List.of(ZH.config()), null), 2, "no --voice-model");
        // the environment names models the same way, apart like PATH
        assertThat(VoiceModel.of(List.of(), List.of(), "zh=" + ZH.model() + ":" + EN.model()))
                .extracting(VoiceModel::language).containsExactly("zh", null);
    }

    @Test
    void aCorruptModelIsBadInput(@TempDir Path tmp) throws Exception {
        byte[] bytes = Files.readAllBytes(ZH.model());
        Path model = Files.write(tmp.resolve("corrupt.onnx"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.copy(ZH.config(), tmp.resolve("corrupt.onnx.json"));
        assertExit(() -> load(model), 3, "Cannot load the voice model");
    }

    @Test
    void aConfigThatDoesNotFitIsBadInput(@TempDir Path tmp) throws Exception {
        String json = Files.readString(ZH.config());
        // a config of a voice with two speakers: the runtime feeds a speaker id the model has no input for
        Path model = copyWith(tmp, "two", json.replace("\"num_speakers\": 1", "\"num_speakers\": 2"));
        assertExit(() -> load(model), 3, "does not fit the model");
        Path notJson = copyWith(tmp, "notjson", "{\"audio\": ");
        assertExit(() -> load(notJson), 3, "not a Piper voice config");
        Path noMap = copyWith(tmp, "nomap", json.replace("\"phoneme_id_map\"", "\"other\""));
        assertExit(() -> load(noMap), 3, "no phoneme_id_map");
        Path textType = copyWith(tmp, "text", json.replace("\"phoneme_type\": \"espeak\"", "\"phoneme_type\": \"text\""));
        assertExit(() -> load(textType), 2, "eSpeak NG phonemes only");
    }

    @Test
    void aModelForARateOutsideWhatIsResampledIsRefused(@TempDir Path tmp) throws Exception {
        Path model = copyWith(tmp, "hifi", Files.readString(ZH.config()).replace("22050", "96000"));
        assertExit(() -> load(model), 2, "96000 Hz");
    }

    @Test
    void aLanguageTheModelLacksIsBadUsage() {
        VoiceModel wrong = VoiceModel.parse("en=" + ZH.model(), null);
        assertExit(() -> PiperEngine.load(List.of(wrong), () -> EspeakEngine.load(null)), 2, "speaks zh-CN, not en");
    }

    private static Path copyWith(Path dir, String name, String config) throws Exception {
        Path model = Files.copy(ZH.model(), dir.resolve(name + ".onnx"));
        Files.writeString(dir.resolve(name + ".onnx.json"), config);
        return model;
    }

    private static PiperEngine load(Path model) {
        return PiperEngine.load(VoiceModel.of(List.of(model.toString()), List.of(), null), () -> EspeakEngine.load(null));
    }

    private static void assertExit(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int code, String says) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccesspubException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(code);
            assertThat(e.getMessage()).contains(says).doesNotContain("\n");
        });
    }
}
