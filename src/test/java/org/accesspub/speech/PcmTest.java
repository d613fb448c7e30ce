package org.accesspub.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PcmTest {
    private static Pcm tone(double hz, int rate, double seconds) {
        short[] s = new short[(int) (rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(10000 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return new Pcm(s, rate);
    }

    private static double worstError(Pcm got, Pcm wanted, int margin) {
        double worst = 0;
        for (int i = margin; i < Math.min(got.length(), wanted.length()) - margin; i++) {
            worst = Math.max(worst, Math.abs(got.samples()[i] - wanted.samples()[i]));
        }
        return worst;
    }

    @Test
    void a16kHzToneResampledTo22kHzIsTheSameToneSampledAt22kHz() {
        Pcm up = tone(1000, 16000, 1).resampled(22050);
        assertThat(up.sampleRate()).isEqualTo(22050);
        assertThat(up.length()).isEqualTo(22050);
        // away from the edges, within 0.5 % of full scale of the tone drawn at the new rate
        assertThat(worstError(up, tone(1000, 22050, 1), 64)).isLessThan(160);
    }

    @Test
    void goingDownItFiltersWhatTheNewRateCannotCarry() {
        Pcm down = tone(10000, 44100, 1).resampled(16000); // 10 kHz is above 16 kHz's Nyquist
        assertThat(down.length()).isEqualTo(16000);
        int peak = 0;
        for (int i = 64; i < down.length() - 64; i++) {
            peak = Math.max(peak, Math.abs(down.samples()[i]));
        }
        assertThat(peak).isLessThan(500); // an alias would come through at full strength
        assertThat(worstError(tone(1000, 44100, 1).resampled(16000), tone(1000, 16000, 1), 64)).isLessThan(160);
    }

    @Test
    void theSameRateIsTheSameSound() {
        Pcm p = tone(440, 22050, 0.1);
        assertThat(p.resampled(22050)).isSameAs(p);
    }
}
