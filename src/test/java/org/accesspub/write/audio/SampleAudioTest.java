package org.accesspub.write.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.accesspub.Publisher;
import org.accesspub.model.Article;
import org.accesspub.testing.Samples;
import org.accesspub.write.Format;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples spoken end to end, through the library's front door, as a listener will get them. */
class SampleAudioTest {
    @TempDir
    static Path dir;
    static AudioFiles.Decoded seed;
    static List<AudioFiles.Cue> seedCues;
    static List<AudioFiles.Cue> seedShown;
    static AudioFiles.Tag seedTag;

    @BeforeAll
    static void speakTheSeed() throws Exception {
        Path[] files = speak(Samples.SEED);
        byte[] mp3 = Files.readAllBytes(files[0]);
        seed = AudioFiles.decodeMp3(mp3);
        seedTag = AudioFiles.readId3(mp3);
        seedCues = AudioFiles.readVttSentences(Files.readString(files[1], StandardCharsets.UTF_8));
        seedShown = AudioFiles.readVtt(Files.readString(files[1], StandardCharsets.UTF_8));
    }

    private static Path[] speak(String sample) {
        Article article = Samples.read(sample);
        String base = Publisher.baseName(Samples.path(sample));
        Publisher.builder().build().write(article, Samples.path(sample).getParent(), EnumSet.of(Format.AUDIO), dir, base);
        return new Path[] {dir.resolve(base + ".mp3"), dir.resolve(base + ".vtt")};
    }

    @Test
    void seedTranscriptShowsAtMostTwoShortLinesForAtMostSevenSeconds() {
        assertThat(seedCues.stream().mapToInt(c -> c.text().length()).max().orElseThrow()).isGreaterThan(100);
        assertThat(seedShown).hasSizeGreaterThan(seedCues.size()).allSatisfy(c -> {
            assertThat(c.lines()).hasSizeBetween(1, 2);
            assertThat(c.endMs() - c.startMs()).as(c.text()).isBetween(1L, 7000L);
            assertThat(c.lines()).allSatisfy(l -> assertThat(l.codePoints().map(cp -> WebVtt.wide(cp) ? 2 : 1).sum())
                    .as(l).isLessThanOrEqualTo(42));
            assertThat(c.lines()).allSatisfy(l -> assertThat(l.codePoints().filter(WebVtt::wide).count())
                    .as(l).isLessThanOrEqualTo(20));
        });
    }

    @Test
    void seedArticleLastsBetweenSixAndTwelveMinutesAtTheDefaultRate() {
        assertThat(seed.seconds()).isBetween(6 * 60.0, 12 * 60.0);
    }

    @Test
    void seedDurationMatchesItsLastCueWithinOnePercent() {
        long lastEnd = seedCues.get(seedCues.size() - 1).endMs();
        assertThat(seed.seconds() * 1000).isCloseTo(lastEnd, Percentage.withPercentage(1));
    }

    @Test
    void seedIsSpeechWithPeaksUnderTheLimit() {
        assertThat(seed.peakDbfs()).isLessThanOrEqualTo(-1.5);
        assertThat(seed.rmsDbfs(0, (long) (seed.seconds() * 1000))).isBetween(-24.0, -15.0);
    }

    @Test
    void seedTranscriptStartsWithTheTitleAndEndsWithTheCredit() {
        assertThat(seedCues.get(0).text()).isEqualTo("无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议");
        assertThat(seedCues.get(1).text()).contains("2024", "新吴区人民政府");
        assertThat(seedCues.get(seedCues.size() - 1).text()).isEqualTo("来源：无锡高新区在线");
    }

    @Test
    void seedWithoutHeadingsHasAChapterPerParagraphAfterTheTitle() {
        // the title (with the announcement), then the 17 paragraphs, the closing credit included
        assertThat(seedTag.chapters()).hasSize(18);
        assertThat(seedTag.toc()).hasSize(18);
        assertThat(seedTag.chapters().get(0).startMs()).isZero();
        assertThat(seedTag.chapters().get(17).title()).isEqualTo("来源：无锡高新区在线");
        assertThat(seedTag.texts()).containsEntry("TIT2", "无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议");
    }

    @Test
    void englishNewsIsSpokenInEnglishAndTimedByItsTranscript() throws Exception {
        Path[] files = speak(Samples.ENGLISH);
        AudioFiles.Decoded en = AudioFiles.decodeMp3(Files.readAllBytes(files[0]));
        List<AudioFiles.Cue> cues = AudioFiles.readVttSentences(Files.readString(files[1], StandardCharsets.UTF_8));
        assertThat(en.seconds() * 1000).isCloseTo(cues.get(cues.size() - 1).endMs(), Percentage.withPercentage(1));
        assertThat(en.seconds()).isBetween(60.0, 240.0);
        assertThat(cues).extracting(AudioFiles.Cue::text).contains("Source: Riverside Gazette");
    }
}
