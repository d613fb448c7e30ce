package org.accesspub.write.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.accesspub.AccesspubException;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.model.Article;
import org.accesspub.model.Metadata;
import org.accesspub.speech.ScriptFixtures;
import org.accesspub.speech.SpokenScript;
import org.accesspub.write.OutputFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioWriterTest {
    static final SpokenScript CHINESE = ScriptFixtures.load("chinese-article.script");
    static final SpokenScript ENGLISH = ScriptFixtures.load("english-article.script");
    static final Article CHINESE_ARTICLE = new Article(new Metadata("新吴区中小学下周一起恢复线下教学", null, null,
            "2024-03-18T08:57", "新吴区人民政府", "zh-CN", null), List.of());
    static final Article ENGLISH_ARTICLE = new Article(new Metadata("Schools reopen next week", null, "Jane Smith",
            "2024-03-18", "District Council", "en", "A notice to parents."), List.of());

    @TempDir
    static Path dir;
    static byte[] chineseMp3;
    static List<AudioFiles.Cue> chineseCues;
    static AudioFiles.Decoded chineseAudio;

    @BeforeAll
    static void writeChineseArticle() throws Exception {
        Path[] files = write(CHINESE_ARTICLE, CHINESE, SpeechOptions.defaults(), "zh");
        chineseMp3 = Files.readAllBytes(files[0]);
        chineseCues = AudioFiles.readVttSentences(Files.readString(files[1], StandardCharsets.UTF_8));
        chineseAudio = AudioFiles.decodeMp3(chineseMp3);
    }

    static Path[] write(Article article, SpokenScript script, SpeechOptions options, String name) throws Exception {
        AudioWriter writer = AudioWriter.builder().script(a -> script).options(options).build();
        try (OutputFiles out = new OutputFiles(dir, name)) {
            writer.write(org.accesspub.testing.Prepared.of(article), out);
            out.commit();
        }
        String ext = "wav".equals(options.audioFormat()) ? "wav" : "mp3";
        return new Path[] {dir.resolve(name + "." + ext), dir.resolve(name + ".vtt")};
    }

    @Test
    void mp3IsMonoSpeechAt22kHzAndAbout48kbps() {
        assertThat(chineseAudio.rate()).isEqualTo(22050);
        assertThat(chineseAudio.channels()).isEqualTo(1);
        double kbps = chineseMp3.length * 8 / chineseAudio.seconds() / 1000;
        assertThat(kbps).isBetween(44.0, 66.0);
    }

    @Test
    void durationMatchesTheLastCueWithinOnePercent() {
        long lastEnd = chineseCues.get(chineseCues.size() - 1).endMs();
        assertThat(chineseAudio.seconds() * 1000).isCloseTo(lastEnd, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(chineseAudio.seconds()).isGreaterThan(40); // long enough for the 1 % to mean something
    }

    @Test
    void transcriptHasOneCuePerSentenceWithItsWrittenText() {
        assertThat(chineseCues).extracting(AudioFiles.Cue::text).containsExactlyElementsOf(sentences(CHINESE));
        assertThat(chineseCues.size()).isLessThan(ScriptFixtures.utterances(CHINESE).size()); // the mixed sentence is one cue
        for (int i = 0; i < chineseCues.size(); i++) {
            AudioFiles.Cue c = chineseCues.get(i);
            assertThat(c.endMs()).isGreaterThan(c.startMs());
            if (i > 0) {
                assertThat(c.startMs()).isGreaterThanOrEqualTo(chineseCues.get(i - 1).endMs());
            }
        }
    }

    /** Utterances said with no pause or chapter between them are one sentence: one cue. */
    private static List<String> sentences(SpokenScript script) {
        List<String> out = new java.util.ArrayList<>();
        boolean joined = false;
        for (SpokenScript.Part p : script.parts()) {
            if (p instanceof SpokenScript.Utterance u) {
                if (joined) {
                    out.set(out.size() - 1, Assembler.join(out.get(out.size() - 1), u.display()));
                } else {
                    out.add(u.display());
                }
                joined = true;
            } else {
                joined = false;
            }
        }
        return out;
    }

    @Test
    void infoFrameWithLameTagGivesTheExactDurationDelayAndPadding() {
        AudioFiles.Info info = AudioFiles.readInfo(chineseMp3);
        assertThat(info.delay()).isEqualTo(576);
        assertThat(info.crcMatches()).isTrue();
        int infoAt = AudioFiles.infoFrameAt(chineseMp3);
        assertThat(info.bytes()).isEqualTo(chineseMp3.length - infoAt);
        // the frames the decoder found, less the Info frame, are the frames the tag counts
        assertThat(chineseAudio.samples().length).isEqualTo(info.frames() * 576);
        long exact = (long) info.frames() * 576 - info.delay() - info.padding();
        long lastEnd = chineseCues.get(chineseCues.size() - 1).endMs();
        assertThat(exact * 1000.0 / 22050 - lastEnd).isBetween(500.0, Assembler.TAIL_MS + 1.0); // ends in silence
    }

    @Test
    void ffprobeTakesTheDurationFromTheInfoFrame() throws Exception {
        Path mp3 = dir.resolve("zh.mp3");
        Process p;
        try {
            p = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                    mp3.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "ffprobe is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).isZero();
        // ffprobe's duration is the Info frame's frame count (not an estimate from the size); decoders then drop
        // the delay and padding the LAME tag names
        AudioFiles.Info info = AudioFiles.readInfo(chineseMp3);
        assertThat(Double.parseDouble(out)).isCloseTo(info.frames() * 576 / 22050.0, org.assertj.core.data.Offset.offset(0.0005));
    }

    @Test
    void everyCueStartsAndEndsWithItsSpeechWithin20Ms() {
        long delayMs = AudioFiles.CODEC_DELAY * 1000L / 22050;
        for (AudioFiles.Cue c : chineseCues) {
            long onset = firstLoud(chineseAudio, c.startMs() - 300 + delayMs, c.endMs() + delayMs, true) - delayMs;
            long offset = firstLoud(chineseAudio, c.startMs() + delayMs, c.endMs() + 300 + delayMs, false) - delayMs;
            assertThat(onset).as("speech onset of %s", c.text()).isCloseTo(c.startMs(), org.assertj.core.data.Offset.offset(20L));
            assertThat(offset).as("speech end of %s", c.text()).isCloseTo(c.endMs(), org.assertj.core.data.Offset.offset(20L));
        }
    }

    /** The first (or last) 10 ms window louder than -50 dBFS in [from, to). */
    private static long firstLoud(AudioFiles.Decoded d, long from, long to, boolean first) {
        long found = -1;
        for (long t = Math.max(0, from); t + 10 <= to; t += 5) {
            if (d.rmsDbfs(t, t + 10) > -50) {
                if (first) {
                    return t;
                }
                found = t + 10;
            }
        }
        return found;
    }

    @Test
    void isLoudEnoughWithPeaksUnderTheLimitAndNoClipping() {
        assertThat(chineseAudio.peakDbfs()).isLessThanOrEqualTo(-1.5);
        double speech = Loudness.db(Loudness.activeRms(chineseAudio.samples(), 22050));
        assertThat(speech).isBetween(-20.0, -15.5);
        double overall = chineseAudio.rmsDbfs(0, (long) (chineseAudio.seconds() * 1000));
        assertThat(overall).isBetween(-21.0, -16.5);
        assertThat(Lufs.integrated(chineseAudio.samples(), 22050)).isBetween(-19.5, -16.5);
    }

    @Test
    void startsWithinHalfASecondAndEndsWithinOneAndAHalf() {
        long total = (long) (chineseAudio.seconds() * 1000);
        assertThat(firstLoud(chineseAudio, 0, total, true)).isLessThanOrEqualTo(500);
        assertThat(total - firstLoud(chineseAudio, 0, total, false)).isLessThanOrEqualTo(1500);
    }

    @Test
    void id3TagCarriesTitleArtistDateLanguageAndChapters() {
        AudioFiles.Tag tag = AudioFiles.readId3(chineseMp3);
        assertThat(tag.version()).isEqualTo(3);
        assertThat(tag.texts()).containsEntry("TIT2", "新吴区中小学下周一起恢复线下教学")
                .containsEntry("TPE1", "新吴区人民政府")
                .containsEntry("TYER", "2024")
                .containsEntry("TDAT", "1803")
                .containsEntry("TLAN", "zho");
        assertThat(tag.comment()).isNotBlank();
        assertThat(tag.chapters()).extracting(AudioFiles.Chapter::title)
                .containsExactlyElementsOf(ScriptFixtures.chapters(CHINESE));
    }

    @Test
    void chaptersStartWhereTheirFirstSentenceIsSpokenAndNestParagraphsUnderHeadings() {
        AudioFiles.Tag tag = AudioFiles.readId3(chineseMp3);
        List<AudioFiles.Chapter> chapters = tag.chapters();
        assertThat(chapters.get(0).startMs()).isZero();
        long delayMs = AudioFiles.CODEC_DELAY * 1000L / 22050;
        for (AudioFiles.Chapter c : chapters.subList(1, chapters.size())) {
            assertThat(chineseCues).as("a cue starts with chapter %s", c.title()).anySatisfy(q -> assertThat(q.startMs()).isEqualTo(c.startMs()));
            long onset = firstLoud(chineseAudio, c.startMs() - 300 + delayMs, c.startMs() + 500 + delayMs, true) - delayMs;
            assertThat(onset).as("speech onset of chapter %s", c.title()).isCloseTo(c.startMs(), org.assertj.core.data.Offset.offset(20L));
        }
        // top level: the title, the body, then each heading as a table of contents of its own
        AudioFiles.Toc top = tag.tocs().stream().filter(AudioFiles.Toc::topLevel).findFirst().orElseThrow();
        assertThat(top.children()).hasSize(4);
        AudioFiles.Toc safety = tag.tocs().stream().filter(t -> "安全检查".equals(t.title())).findFirst().orElseThrow();
        assertThat(top.children()).contains(safety.id());
        assertThat(safety.children()).hasSize(3);
        AudioFiles.Chapter heading = chapter(tag, safety.children().get(0));
        AudioFiles.Chapter firstParagraph = chapter(tag, safety.children().get(1));
        AudioFiles.Chapter secondParagraph = chapter(tag, safety.children().get(2));
        assertThat(heading.title()).isEqualTo("安全检查");
        assertThat(firstParagraph.startMs()).isGreaterThan(heading.startMs());
        assertThat(firstParagraph.endMs()).isEqualTo(secondParagraph.startMs());
        // the heading's chapter spans its paragraphs and ends where the next heading starts
        AudioFiles.Chapter next = chapters.stream().filter(c -> c.title().equals("家长须知")).findFirst().orElseThrow();
        assertThat(heading.endMs()).isEqualTo(next.startMs()).isEqualTo(secondParagraph.endMs());
        long total = (long) (chineseAudio.seconds() * 1000);
        assertThat(chapters.get(chapters.size() - 1).endMs()).isCloseTo(total, org.assertj.core.data.Offset.offset(200L));
    }

    private static AudioFiles.Chapter chapter(AudioFiles.Tag tag, String id) {
        return tag.chapters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void englishPassageInChineseArticleIsSpokenNotSilent() {
        AudioFiles.Cue english = chineseCues.stream().filter(c -> c.text().startsWith("The notice")).findFirst().orElseThrow();
        long delayMs = AudioFiles.CODEC_DELAY * 1000L / 22050;
        assertThat(chineseAudio.rmsDbfs(english.startMs() + delayMs, english.endMs() + delayMs)).isGreaterThan(-30);
        // about 11 words at 160 a minute, not a letter-by-letter spelling
        assertThat(english.endMs() - english.startMs()).isBetween(2500L, 6500L);
    }

    @Test
    void englishArticleAsWavIsMonoPcmTimedByItsTranscript() throws Exception {
        SpeechOptions wav = SpeechOptions.builder().audioFormat("wav").build();
        Path[] files = write(ENGLISH_ARTICLE, ENGLISH, wav, "en");
        List<AudioFiles.Cue> cues = AudioFiles.readVttSentences(Files.readString(files[1], StandardCharsets.UTF_8));
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(Files.readAllBytes(files[0])))) {
            AudioFormat f = in.getFormat();
            assertThat(f.getSampleRate()).isEqualTo(22050f);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            double ms = in.getFrameLength() * 1000.0 / f.getSampleRate();
            assertThat(ms - cues.get(cues.size() - 1).endMs()).isBetween(500.0, (double) Assembler.TAIL_MS + 1);
        }
        assertThat(cues).hasSize(ScriptFixtures.utterances(ENGLISH).size());
        assertThat(cues.get(7).text()).isEqualTo("Lunch will cost $5.50 a day.");
    }

    @Test
    void englishMp3TagNamesTheAuthorAndDescription() throws Exception {
        Path[] files = write(ENGLISH_ARTICLE, ENGLISH, SpeechOptions.defaults(), "en-mp3");
        AudioFiles.Tag tag = AudioFiles.readId3(Files.readAllBytes(files[0]));
        assertThat(tag.texts()).containsEntry("TPE1", "Jane Smith").containsEntry("TLAN", "eng");
        assertThat(tag.comment()).isEqualTo("A notice to parents.");
        assertThat(tag.chapters()).hasSize(3);
    }

    @Test
    void aLanguageNoEngineSpeaksFailsWithoutLeavingFiles() throws Exception {
        SpokenScript klingon = new SpokenScript("tlh", List.of(new SpokenScript.Chapter("nuqneH"),
                new SpokenScript.Utterance("nuqneH", "nuqneH", "tlh")));
        Path empty = Files.createTempDirectory(dir, "failed");
        AudioWriter writer = AudioWriter.builder().script(a -> klingon).build();
        try (OutputFiles out = new OutputFiles(empty, "tlh")) {
            assertThatThrownBy(() -> writer.write(org.accesspub.testing.Prepared.of(ENGLISH_ARTICLE), out))
                    .isInstanceOf(AccesspubException.class).hasMessageContaining("tlh");
        }
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void unknownAudioFormatIsAUsageError() {
        SpeechOptions ogg = SpeechOptions.builder().audioFormat("ogg").build();
        assertThatThrownBy(() -> AudioWriter.builder().script(a -> ENGLISH).options(ogg).build())
                .isInstanceOf(AccesspubException.class).hasMessageContaining("ogg");
    }
}
