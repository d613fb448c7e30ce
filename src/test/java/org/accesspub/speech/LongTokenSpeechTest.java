package org.accesspub.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.accesspub.speech.text.SpeakableText;
import org.accesspub.speech.text.TextNormalizer;
import org.junit.jupiter.api.Test;

/** Hostile tokens are cut before the engine: FreeTTS used to overflow its stack or run out of memory. */
class LongTokenSpeechTest {
    @Test
    void twentyKilobytesOfDigitsAreReadByFreeTtsWithoutOverflow() {
        String spoken = TextNormalizer.forLanguage("en").normalize("Call " + "7".repeat(20_000) + " now.");
        Pcm pcm = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> FreeTtsEngine.get().synthesise(spoken, "en", null, 160));
        assertThat(pcm.durationMillis()).isPositive().isLessThan(120_000);
    }

    @Test
    void aTenKilobyteCombiningMarkTokenIsReadByFreeTtsWithoutOverflow() {
        String spoken = TextNormalizer.forLanguage("en").normalize("Zalgo a" + "\u0301".repeat(10_000) + " ends.");
        assertThat(spoken.length()).isLessThan(100);
        Pcm pcm = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> FreeTtsEngine.get().synthesise(spoken, "en", null, 160));
        assertThat(pcm.durationMillis()).isPositive();
    }

    @Test
    void ordinaryTextPassesUnchanged() {
        String text = "无锡高新区召开会议，2024-03-18 08:57。The council met on Monday; e\u0301te\u0301.";
        assertThat(SpeakableText.bound(text)).isSameAs(text);
    }
}
