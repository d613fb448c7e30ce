package org.accesspub.write.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accesspub.lang.Graphemes;
import org.junit.jupiter.api.Test;

class WebVttTest {
    private static final String LONG_CHINESE = "为深入贯彻落实全国两会精神，进一步推动高质量发展，区委区政府召开专题会议，"
            + "传达学习会议精神，研究部署下一阶段重点工作；会议要求各部门、各街道、各园区提高政治站位，"
            + "强化责任担当，聚焦科技创新、产业升级、城市更新、民生保障等重点领域，"
            + "以更加务实的作风、更加有力的举措，确保全年目标任务圆满完成，为建设现代化新城作出新的更大贡献。";
    private static final String LONG_ENGLISH = "The council met on Monday evening to discuss the new library, which will open "
            + "next spring on the corner of Main Street and Elm Avenue, and agreed that it should stay open until nine "
            + "o'clock on weekdays, offer large-print books, audio books and braille, and hold reading hours for "
            + "children, older readers and anyone learning English as a second language.";

    @Test
    void cuesAreNumberedTimedAndEscaped() {
        Timeline t = new Timeline(List.of(
                new Timeline.Cue(0, 250, 2100, "价格 <10元> & 更多"),
                new Timeline.Cue(1, 3_723_004, 3_725_000, "a --> b\nc")), List.of(), 3_725_300);
        String vtt = WebVtt.of(t);
        assertThat(vtt).startsWith("WEBVTT\n\n1\n00:00:00.250 --> 00:00:02.100\n价格 &lt;10元&gt; &amp; 更多\n\n2\n01:02:03.004 --> 01:02:05.000\n");
        List<AudioFiles.Cue> cues = AudioFiles.readVtt(vtt);
        assertThat(cues).extracting(AudioFiles.Cue::text).containsExactly("价格 <10元> & 更多", "a --> b c");
    }

    @Test
    void aShortSentenceStaysOneCueOnOneLine() {
        String vtt = WebVtt.of(new Timeline(List.of(new Timeline.Cue(0, 100, 3000, "正文第一句。")), List.of(), 3500));
        assertThat(vtt).isEqualTo("WEBVTT\n\n1\n00:00:00.100 --> 00:00:03.000\n正文第一句。\n\n");
    }

    @Test
    void aLongChineseSentenceIsCutIntoShortCuesAtItsCommas() {
        List<AudioFiles.Cue> cues = cuesOf(LONG_CHINESE, 1_000, 38_000);
        long cutAtPause = cues.stream().flatMap(c -> c.lines().stream())
                .filter(l -> "，、；：。".indexOf(l.charAt(l.length() - 1)) >= 0).count();
        long lines = cues.stream().mapToLong(c -> c.lines().size()).sum();
        assertThat(cutAtPause).as("lines ending at a pause").isGreaterThanOrEqualTo(lines * 2 / 3);
        assertThat(cues.stream().flatMap(c -> c.lines().stream()))
                .allSatisfy(l -> assertThat("，、；：。！？").doesNotContain(l.substring(0, 1)));
        java.util.Set<Integer> wordStarts = new java.util.HashSet<>();
        int at = 0;
        for (String word : org.accesspub.lang.ChineseWords.segment(LONG_CHINESE)) {
            wordStarts.add(at);
            at += word.length();
        }
        int lineStart = 0;
        for (String line : cues.stream().flatMap(c -> c.lines().stream()).toList()) {
            assertThat(wordStarts).as("a line starts with a word: %s", line).contains(lineStart);
            lineStart += line.length();
        }
    }

    @Test
    void aLongEnglishSentenceIsCutIntoShortCuesBetweenWords() {
        List<AudioFiles.Cue> cues = cuesOf(LONG_ENGLISH, 500, 24_500);
        List<String> words = List.of(LONG_ENGLISH.split(" "));
        for (AudioFiles.Cue c : cues) {
            for (String line : c.lines()) {
                assertThat(words).as("whole words in %s", line).containsAll(List.of(line.split(" ")));
            }
        }
    }

    @Test
    void aShortSentenceSaidSlowlyIsCutToStayWithinSevenSeconds() {
        List<AudioFiles.Cue> cues = cuesOf("这是一句说得很慢的话，每个字都拖得很长很长很长。", 0, 16_000);
        assertThat(cues).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void graphemesAreNeverCut() {
        String family = "👨‍👩‍👧";
        String text = family.repeat(50);
        List<AudioFiles.Cue> cues = cuesOf(text, 0, 6_000);
        assertThat(cues.stream().flatMap(c -> c.lines().stream()))
                .allSatisfy(l -> assertThat(l).matches("(" + family + ")+"));
    }

    /**
     * The cues one utterance gives, checked against the limits: one or two lines each, each line at most 20
     * wide or 42 narrow characters, each cue at most 7 s, none empty, in order and following on without a gap
     * over exactly the utterance's time, and the text joined back is the utterance.
     */
    private static List<AudioFiles.Cue> cuesOf(String text, long start, long end) {
        String vtt = WebVtt.of(new Timeline(List.of(new Timeline.Cue(0, start, end, text)), List.of(), end + 300));
        List<AudioFiles.Cue> cues = AudioFiles.readVtt(vtt);
        assertThat(cues).hasSizeGreaterThan(1);
        assertThat(cues.get(0).startMs()).isEqualTo(start);
        assertThat(cues.get(cues.size() - 1).endMs()).isEqualTo(end);
        String joined = "";
        for (int i = 0; i < cues.size(); i++) {
            AudioFiles.Cue c = cues.get(i);
            assertThat(c.lines()).hasSizeBetween(1, 2);
            assertThat(c.endMs()).isGreaterThan(c.startMs());
            assertThat(c.endMs() - c.startMs()).as("duration of %s", c.text()).isLessThanOrEqualTo(7000);
            if (i > 0) {
                assertThat(c.startMs()).isEqualTo(cues.get(i - 1).endMs());
            }
            for (String line : c.lines()) {
                assertThat(line).isNotBlank();
                int wide = 0;
                for (int k = 0; k < line.length(); k = Graphemes.end(line, k)) {
                    wide += WebVtt.wide(line.codePointAt(k)) ? 1 : 0;
                }
                assertThat(wide).as(line).isLessThanOrEqualTo(20);
                assertThat(Graphemes.count(line) + wide).as(line).isLessThanOrEqualTo(42);
            }
            joined = WebVtt.join(joined, c.text());
        }
        assertThat(joined).isEqualTo(text);
        assertThat(AudioFiles.readVttSentences(vtt)).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo(text));
        return cues;
    }
}
