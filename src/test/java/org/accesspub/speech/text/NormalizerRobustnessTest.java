package org.accesspub.speech.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever a scraped page holds, normalisation never fails and leaves no digit for the engine to guess. */
class NormalizerRobustnessTest {
    private static final String POOL = "0123456789012345678901234567890.,:-—~%$¥£€+/×=℃°年月日号第个 ABXkmhs电话万亿行长。";

    @Test
    void randomMixturesOfDigitsAndSymbolsAreAlwaysReadInWords() {
        Random random = new Random(42);
        for (int n = 0; n < 1000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                sb.append(POOL.charAt(random.nextInt(POOL.length())));
            }
            String text = sb.toString();
            assertThat(ChineseNormalizer.INSTANCE.normalize(text)).as(text).doesNotContainPattern("[0-9０-９]");
            assertThat(EnglishNormalizer.INSTANCE.normalize(text)).as(text).doesNotContainPattern("[0-9]");
        }
    }

    @Test
    void hugeNumbersAreReadDigitByDigit() {
        String huge = "123456789012345678901234567890";
        assertThat(ChineseNormalizer.INSTANCE.normalize(huge + "th " + huge + "%")).doesNotContainPattern("\\d");
        assertThat(EnglishNormalizer.INSTANCE.normalize(huge + "th $" + huge + " " + huge + "%")).doesNotContainPattern("\\d");
    }
}
