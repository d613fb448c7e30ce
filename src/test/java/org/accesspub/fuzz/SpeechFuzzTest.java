package org.accesspub.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.accesspub.speech.text.SpeakableText;
import org.accesspub.speech.text.TextNormalizer;

/**
 * Fuzz harness for the speech normaliser: any text, Chinese or English rules, is rewritten without
 * an exception, and no token longer than the engines can take comes out. Seeds in
 * src/test/resources/org/accesspub/fuzz/SpeechFuzzTestInputs/normaliser/.
 */
class SpeechFuzzTest {
    @FuzzTest(maxDuration = "3s")
    void normaliser(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String language = (input[0] & 1) == 0 ? "zh-CN" : "en";
        String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
        String spoken = TextNormalizer.forLanguage(language).normalize(text);
        assertThat(spoken).isNotNull();
        for (String token : spoken.split("[\\s\\p{IsHan}]+")) {
            // a number read out may be long, but never the thousands of characters that overflowed FreeTTS
            assertThat(token.length()).as(token).isLessThanOrEqualTo(SpeakableText.MAX_TOKEN * 40);
        }
    }
}
