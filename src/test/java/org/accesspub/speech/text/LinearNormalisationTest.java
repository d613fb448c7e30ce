package org.accesspub.speech.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Speech normalisation of text full of combining marks used to be quadratic (200 KB took over five
 * minutes: Java's \b looks back over every mark). These are hang guards with generous bounds, not
 * benchmarks; scripts/scaling.sh measures time against size.
 */
class LinearNormalisationTest {
    private static String marks(int bytes) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() * 2 < bytes) {
            sb.append("a\u0301\u0302\u0303\u0304\u0305\u0306\u0307 word 2024 ");
        }
        return sb.toString();
    }

    @Test
    void twoHundredKilobytesOfCombiningMarksNormaliseInSeconds() {
        String text = marks(200_000);
        String english = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> TextNormalizer.forLanguage("en").normalize(text));
        String chinese = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> TextNormalizer.forLanguage("zh-CN").normalize(text));
        assertThat(english).contains("twenty twenty-four", "word");
        assertThat(chinese).contains("word");
    }

    @Test
    void oneBaseCharacterKeepsAtMostFourMarks() {
        assertThat(SpeakableText.bound("a" + "\u0301".repeat(50) + " b"))
                .isEqualTo("a" + "\u0301".repeat(SpeakableText.MAX_MARKS) + " b");
    }

    @Test
    void aTokenLongerThanSixtyFourCharactersIsCutAndChineseIsNeverCut() {
        assertThat(SpeakableText.bound("x".repeat(1000) + " y")).isEqualTo("x".repeat(SpeakableText.MAX_TOKEN) + " y");
        String chinese = "无锡高新区召开传达学习贯彻全国两会精神会议".repeat(20);
        assertThat(SpeakableText.bound(chinese)).isEqualTo(chinese);
    }
}
