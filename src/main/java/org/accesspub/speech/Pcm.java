package org.accesspub.speech;

import java.util.Arrays;

/**
 * Mono 16-bit audio: what an engine returns for one utterance and what the audio writer mixes.
 *
 * @param samples    signed 16-bit samples, one channel
 * @param sampleRate samples per second
 */
public record Pcm(short[] samples, int sampleRate) {

    public static Pcm silence(int millis, int sampleRate) {
        return new Pcm(new short[(int) ((long) millis * sampleRate / 1000)], sampleRate);
    }

    public int length() {
        return samples.length;
    }

    public long durationMillis() {
        return samples.length * 1000L / sampleRate;
    }

    public Pcm slice(int from, int to) {
        return new Pcm(Arrays.copyOfRange(samples, from, to), sampleRate);
    }

    /**
     * The same sound at another rate. Engines differ (FreeTTS speaks at 16 kHz, eSpeak at 22.05 kHz);
     * a windowed-sinc interpolator keeps the voice clean where straight lines would add hiss.
     */
    public Pcm resampled(int rate) {
        if (rate == sampleRate || samples.length == 0) {
            return this;
        }
        double step = (double) sampleRate / rate;
        int n = (int) Math.floor(samples.length / step);
        short[] out = new short[n];
        double cutoff = Math.min(1.0, 1.0 / step); // low-pass below the lower Nyquist when going down
        int half = 16;
        for (int i = 0; i < n; i++) {
            double centre = i * step;
            int first = (int) Math.floor(centre) - half + 1;
            double sum = 0;
            for (int k = first; k < first + 2 * half; k++) {
                if (k < 0 || k >= samples.length) {
                    continue;
                }
                double x = centre - k;
                double window = 0.5 + 0.5 * Math.cos(Math.PI * x / half); // Hann
                sum += samples[k] * cutoff * sinc(x * cutoff) * window;
            }
            out[i] = clamp(sum);
        }
        return new Pcm(out, rate);
    }

    private static double sinc(double x) {
        if (Math.abs(x) < 1e-9) {
            return 1;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }

    static short clamp(double v) {
        long r = Math.round(v);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, r));
    }
}
