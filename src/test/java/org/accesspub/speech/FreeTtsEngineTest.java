package org.accesspub.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accesspub.AccesspubException;
import org.junit.jupiter.api.Test;

class FreeTtsEngineTest {
    static final String TEXT = "The district council said on Monday that schools across the district would reopen "
            + "next week after a careful safety review. Parents welcomed the news.";

    @Test
    void speaksEnglishInMemoryAt16kHz() {
        Pcm pcm = FreeTtsEngine.get().synthesise(TEXT, "en", null, 160);
        assertThat(pcm.sampleRate()).isEqualTo(16000);
        assertThat(EspeakEngineTest.rmsDbfs(pcm)).isGreaterThan(-35);
    }

    @Test
    void rateIsWordsPerMinute() {
        int words = TEXT.split("\\s+").length;
        for (int rate : new int[] {130, 160, 200}) {
            Pcm pcm = FreeTtsEngine.get().synthesise(TEXT, "en-US", FreeTtsEngine.KEVIN16, rate);
            assertThat(words * 60000.0 / pcm.durationMillis()).as("asked %d", rate).isBetween(rate * 0.9, rate * 1.1);
        }
    }

    @Test
    void refusesChineseWhichItWouldReadAsSilence() {
        assertThatThrownBy(() -> FreeTtsEngine.get().synthesise("你好", "zh-CN", null, 220))
                .isInstanceOf(AccesspubException.class).hasMessageContaining("English only");
        assertThat(FreeTtsEngine.get().speaks("zh-CN")).isFalse();
    }

    @Test
    void resampledTo22kHzItKeepsItsLengthAndLoudness() {
        Pcm pcm = FreeTtsEngine.get().synthesise("Hello, world.", "en", null, 160);
        Pcm up = pcm.resampled(22050);
        assertThat(up.sampleRate()).isEqualTo(22050);
        assertThat(up.durationMillis()).isCloseTo(pcm.durationMillis(), org.assertj.core.data.Offset.offset(2L));
        assertThat(EspeakEngineTest.rmsDbfs(up)).isCloseTo(EspeakEngineTest.rmsDbfs(pcm), org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void sentencesSpokenAtOnceOnSeveralVoicesSoundAsWhenSpokenOneByOne() throws Exception {
        FreeTtsEngine engine = FreeTtsEngine.get();
        java.util.List<String> sentences = java.util.List.of(
                "The council meets on Tuesday at seven in the evening.",
                "Bring a photo identity card and a recent utility bill.",
                "Large print copies are available at the front desk.",
                "Call the help line if you need a ride to the hall.");
        java.util.List<short[]> alone = new java.util.ArrayList<>();
        for (String s : sentences) {
            alone.add(engine.synthesise(s, "en", null, 160).samples());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Pcm>> together = new java.util.ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String s : sentences) {
                    together.add(pool.submit(() -> engine.synthesise(s, "en", null, 160)));
                }
            }
            for (int i = 0; i < together.size(); i++) {
                org.assertj.core.api.Assertions.assertThat(together.get(i).get().samples())
                        .isEqualTo(alone.get(i % sentences.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
