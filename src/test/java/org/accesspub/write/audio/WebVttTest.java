package org.accesspub.write.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebVttTest {
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
}
