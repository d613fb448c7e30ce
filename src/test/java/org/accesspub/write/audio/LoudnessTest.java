package org.accesspub.write.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.accesspub.speech.Pcm;
import org.junit.jupiter.api.Test;

class LoudnessTest {
    static Pcm tone(double amplitude, int millis, double hz) {
        int n = 22050 * millis / 1000;
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            s[i] = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / 22050));
        }
        return new Pcm(s, 22050);
    }

    @Test
    void quietSpeechIsBroughtUpToTheTarget() {
        Pcm out = Loudness.normalise(tone(0.02, 1000, 220));
        assertThat(Loudness.db(Loudness.activeRms(out.samples(), 22050))).isCloseTo(Loudness.TARGET_DBFS, within(0.3));
    }

    @Test
    void peaksAreHeldUnderTheCeilingWithoutClipping() {
        // a loud click inside quiet speech: raising the speech would push the click far past full scale
        Pcm quiet = tone(0.05, 1000, 220);
        short[] s = quiet.samples().clone();
        for (int i = 11000; i < 11004; i++) {
            s[i] = (short) (i % 2 == 0 ? 16000 : -16000);
        }
        Pcm out = Loudness.normalise(new Pcm(s, 22050));
        assertThat(Loudness.db(Loudness.peak(out.samples()) / 32768.0)).isLessThanOrEqualTo(Loudness.CEILING_DBFS + 0.01);
        // the limiter only touches the few milliseconds around the click
        assertThat(Loudness.db(Loudness.activeRms(out.slice(0, 10000).samples(), 22050))).isCloseTo(Loudness.TARGET_DBFS, within(1.5));
    }

    @Test
    void silenceAroundAnUtteranceIsTrimmedToAShortMargin() {
        Pcm speech = tone(0.3, 500, 220);
        short[] s = new short[22050 * 2];
        System.arraycopy(speech.samples(), 0, s, 22050 / 2, speech.length());
        Pcm trimmed = Loudness.trim(new Pcm(s, 22050));
        assertThat(trimmed.durationMillis()).isBetween(500L, 545L);
        assertThat(Loudness.trim(new Pcm(new short[1000], 22050)).length()).isZero();
    }
}
