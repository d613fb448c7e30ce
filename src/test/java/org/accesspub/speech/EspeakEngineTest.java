package org.accesspub.speech;

import org.accesspub.testing.Prepared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.accesspub.AccesspubException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspeakEngineTest {
    static final EspeakEngine ESPEAK = EspeakEngine.load(null);
    static final String NEWS = "无锡市新吴区人民政府今天发布通知，全区中小学将于下周一起恢复正常教学秩序。"
            + "各学校要认真做好校园安全检查工作，确保师生安全。家长们表示，这一消息让他们感到非常高兴。";
    /** eSpeak's cmn marks each syllable's tone with a digit, or ɜ for the third tone. */
    static final Pattern TONE = Pattern.compile("[1-5ɜ]");

    @Test
    void hanSentencesAreReadAsMandarinWithToneNumbersAndNoSwitchToEnglish() {
        for (SpokenScript.Utterance u : ScriptFixtures.utterances(ScriptFixtures.load("chinese-article.script"))) {
            if (!u.language().equals("zh-CN")) {
                continue;
            }
            String ipa = ESPEAK.phonemes(u.spoken(), "cmn");
            assertThat(ipa).as(u.spoken()).doesNotContain("(en)").doesNotContain("tʃˈaɪniːz");
            long han = u.spoken().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
            assertThat(TONE.matcher(ipa).results().count()).as(ipa).isGreaterThanOrEqualTo(han / 2);
        }
        assertThat(ESPEAK.phonemes("你好", "cmn")).isEqualTo("ni2χˈɑu2");
    }

    /**
     * The seed's sentences, as the audio writer will say them, are all read in Mandarin. The lone
     * Latin letters of 六加二加X and 一加三加十加N are the one exception a listener expects: a Chinese
     * newsreader says them as letters ("X" as in English), and eSpeak does too.
     */
    @Test
    void everySeedSentenceIsReadAsMandarinSwitchingOnlyForLoneLetters() {
        SpokenScript script = ScriptBuilder.builder().build().build(Prepared.of(org.accesspub.testing.Samples.read(
                org.accesspub.testing.Samples.SEED)));
        int sentences = 0;
        for (SpokenScript.Part part : script.parts()) {
            if (!(part instanceof SpokenScript.Utterance u) || !u.language().startsWith("zh")) {
                continue;
            }
            sentences++;
            String ipa = ESPEAK.phonemes(u.spoken(), "cmn");
            long loneLetters = LONE_LETTER.matcher(u.spoken()).results().count();
            long switches = ipa.split("\\(en\\)", -1).length - 1;
            assertThat(switches).as(u.spoken() + " -> " + ipa).isLessThanOrEqualTo(loneLetters);
            long han = u.spoken().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
            assertThat(TONE.matcher(ipa).results().count()).as(ipa).isGreaterThanOrEqualTo(han / 2);
        }
        assertThat(sentences).isGreaterThan(30);
    }

    /**
     * What eSpeak says is the pinyin accesspub gives it: for every Mandarin sentence of the seed, the tones
     * in eSpeak's own phonemes (55 35 214 51, 11 neutral) are those of the pinyin that inspect --pinyin shows.
     */
    @Test
    void theMandarinVoiceSaysTheGivenPinyinWithExactlyItsTones() {
        SpokenScript script = ScriptBuilder.builder().build().build(Prepared.of(org.accesspub.testing.Samples.read(
                org.accesspub.testing.Samples.SEED)));
        int checked = 0;
        for (SpokenScript.Part part : script.parts()) {
            if (!(part instanceof SpokenScript.Utterance u) || !u.language().startsWith("zh")) {
                continue;
            }
            String pinyin = org.accesspub.speech.text.MandarinReading.pinyinLine(u.spoken(), cp -> { });
            String espeak = org.accesspub.speech.text.MandarinReading.espeakText(u.spoken(), cp -> { });
            List<String> wanted = Pattern.compile("[a-z]+([1-5])").matcher(pinyin).results()
                    .map(m -> List.of("55", "35", "214", "51", "11").get(m.group(1).charAt(0) - '1')).toList();
            String said = ESPEAK.phonemeMnemonics(espeak, "cmn");
            List<String> tones = Pattern.compile("(214|55|35|51|11)").matcher(said).results().map(m -> m.group(1)).toList();
            assertThat(tones).as(pinyin + " -> " + said).isEqualTo(wanted);
            checked++;
        }
        assertThat(checked).isGreaterThan(30);
        // eSpeak's own reading of the characters gets these wrong; the pinyin is said as given
        assertThat(ESPEAK.phonemeMnemonics("区长", "cmn")).contains("ts.h'A35N");
        assertThat(ESPEAK.phonemeMnemonics(org.accesspub.speech.text.MandarinReading.espeakText("区长", cp -> { }), "cmn"))
                .contains("ts.'A214N");
    }

    private static final Pattern LONE_LETTER = Pattern.compile("(?<![A-Za-z])[A-Za-z](?![A-Za-z])");

    @Test
    void cantoneseHasItsOwnVoice() {
        assertThat(ESPEAK.voiceFor("zh-HK")).isEqualTo("yue");
        assertThat(ESPEAK.phonemes("你好", "yue")).isEqualTo("nˈei5 hˈou2");
    }

    @Test
    void synthesisGivesMonoSpeechAt22kHz() {
        Pcm pcm = ESPEAK.synthesise("你好，今天天气很好。", "zh-CN", null, 220);
        assertThat(pcm.sampleRate()).isEqualTo(22050);
        assertThat(pcm.durationMillis()).isBetween(1500L, 4500L);
        assertThat(rmsDbfs(pcm)).isGreaterThan(-35);
    }

    @Test
    void onLinuxTheBundledBuildSpeaksOnOneCopyPerCoreAndTheCopiesSpeakAtOnceAsTheyDoAlone() throws Exception {
        if (System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            assertThat(ESPEAK.lanes()).isEqualTo(Math.min(4, Runtime.getRuntime().availableProcessors()));
        }
        java.util.List<String> sentences = java.util.List.of("三月十六日，无锡高新区召开会议。",
                "会议传达学习了全国两会精神。", "区长强调，要把握新机遇。", "来源：无锡高新区在线。");
        java.util.List<Integer> alone = new java.util.ArrayList<>();
        for (String s : sentences) {
            alone.add(ESPEAK.synthesise(s, "zh-CN", null, 220).length());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Pcm>> together = new java.util.ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String s : sentences) {
                    together.add(pool.submit(() -> ESPEAK.synthesise(s, "zh-CN", null, 220)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                Pcm pcm = together.get(i).get();
                // eSpeak's noise draws on shared random numbers: the same length within 2 %, at speech level
                assertThat((double) pcm.length()).isCloseTo(alone.get(i % sentences.size()),
                        org.assertj.core.data.Percentage.withPercentage(2));
                assertThat(rmsDbfs(pcm)).isGreaterThan(-35);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void chineseRateIsHanCharactersPerMinute() {
        int han = (int) NEWS.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        for (int rate : new int[] {180, 220, 280}) {
            Pcm pcm = ESPEAK.synthesise(NEWS, "zh-CN", null, rate);
            double measured = han * 60000.0 / pcm.durationMillis();
            assertThat(measured).as("asked %d", rate).isBetween(rate * 0.93, rate * 1.07);
        }
    }

    @Test
    void chineseRateGivenAsPinyinIsStillHanCharactersPerMinute() {
        int han = (int) NEWS.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        String pinyin = org.accesspub.speech.text.MandarinReading.espeakText(NEWS, cp -> { });
        Pcm pcm = ESPEAK.synthesisePinyin(pinyin, "zh-CN", null, 220);
        assertThat(han * 60000.0 / pcm.durationMillis()).isBetween(220 * 0.95, 220 * 1.05);
    }

    @Test
    void englishRateIsWordsPerMinute() {
        String text = "The district council said on Monday that schools across the district would reopen next week "
                + "after a careful safety review. Parents welcomed the news.";
        int words = text.split("\\s+").length;
        Pcm pcm = ESPEAK.synthesise(text, "en", null, 160);
        assertThat(words * 60000.0 / pcm.durationMillis()).isBetween(160 * 0.9, 160 * 1.1);
    }

    @Test
    void bundledLibraryIsUnpackedOnceIntoAHashedCacheFolder() throws Exception {
        EspeakInstall a = EspeakInstall.bundled();
        EspeakInstall b = EspeakInstall.bundled();
        assertThat(a).isEqualTo(b);
        Path dir = a.library().getParent();
        assertThat(dir.getFileName().toString()).matches("espeak-[0-9a-f]{16}");
        assertThat(dir.resolve(".complete")).isRegularFile();
        assertThat(a.data().resolve("cmn_dict")).isRegularFile();
        assertThat(Files.size(a.data().resolve("phondata"))).isPositive();
    }

    @Test
    void damagedCacheIsReplaced(@TempDir Path cache) throws Exception {
        // a private cache folder: the test neither writes into the user's ~/.cache nor changes user.home
        EspeakInstall fresh = EspeakInstall.bundled(cache);
        byte[] good = Files.readAllBytes(fresh.library());
        assertThat(fresh.library()).startsWith(cache);
        // a cache whose library no longer matches its hash is never loaded; it is unpacked again
        Files.write(fresh.library(), new byte[] {1, 2, 3});
        EspeakInstall again = EspeakInstall.bundled(cache);
        assertThat(Files.readAllBytes(again.library())).isEqualTo(good);
    }

    @Test
    void theTestsNeverUseTheUsersCache() {
        // surefire points XDG_CACHE_HOME into target/ (pom.xml), so the suite leaves ~/.cache alone
        assertThat(EspeakInstall.cacheRoot()).startsWith(Path.of("target").toAbsolutePath());
        assertThat(System.getProperty("user.home")).doesNotContain("accesspub-cache");
    }

    @Test
    void voicesComeFromTheDataWithTheirLanguages() {
        List<Voice> voices = ESPEAK.voices();
        assertThat(voices).anySatisfy(v -> {
            assertThat(v.name()).isEqualTo("cmn");
            assertThat(v.languages()).contains("zh", "cmn");
        });
        assertThat(voices).anySatisfy(v -> assertThat(v.name()).isEqualTo("yue"));
        assertThat(ESPEAK.voiceFor("fr-FR")).isEqualTo("fr");
        assertThat(ESPEAK.voiceFor("xx")).isNull();
    }

    @Test
    void anotherLibraryCanBeGivenAndReadsTheBundledDataWhenItHasNone(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        // a second eSpeak NG cannot share this process with the bundled one, so the probe runs in its own JVM
        Path copy = tmp.resolve("libespeak-ng-copy.so");
        Files.copy(EspeakInstall.bundled().library(), copy);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EspeakLibraryProbe.class.getName(), copy.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("label: eSpeak NG 1.52").contains(copy.toString())
                .contains("phonemes: ni2χˈɑu2").contains("voices include cmn: true")
                .contains("second library refused: one process can use only one eSpeak NG library");
    }

    @Test
    void aMissingLibraryIsAUsageError(@org.junit.jupiter.api.io.TempDir Path tmp) {
        assertThatThrownBy(() -> EspeakEngine.load(tmp.resolve("missing.so")))
                .isInstanceOf(AccesspubException.class).hasMessageContaining("--espeak-lib");
    }

    @Test
    void unknownVoiceIsAUsageError() {
        assertThatThrownBy(() -> ESPEAK.synthesise("hello", "en", "no-such-voice", 160))
                .isInstanceOf(AccesspubException.class).hasMessageContaining("no-such-voice");
    }

    static double rmsDbfs(Pcm pcm) {
        double sum = 0;
        for (short s : pcm.samples()) {
            sum += (s / 32768.0) * (s / 32768.0);
        }
        return 20 * Math.log10(Math.sqrt(sum / Math.max(1, pcm.length())));
    }
}
