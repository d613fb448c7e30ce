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
     * a windowed-sinc interpolator keeps the voice clean where straight lines would add hiss. Output sample
     * {@code i} lies at {@code i * from / to} input samples: with the two rates in lowest terms only
     * {@code to / gcd} fractional positions occur, so the filter for each is worked out once per pair of rates
     * (16 to 22.05 kHz: 441 positions of 32 taps) and each sample is 32 multiply-adds.
     */
    public Pcm resampled(int rate) {
        if (rate == sampleRate || samples.length == 0) {
            return this;
        }
        Polyphase filter = Polyphase.of(sampleRate, rate);
        int n = (int) ((long) samples.length * filter.up / filter.down);
        short[] out = new short[n];
        int taps = 2 * Polyphase.HALF;
        for (int i = 0; i < n; i++) {
            long position = (long) i * filter.down;
            int base = (int) (position / filter.up);
            double[] h = filter.phases[(int) (position % filter.up)];
            int first = base - Polyphase.HALF + 1;
            int from = Math.max(0, -first);
            int to = Math.min(taps, samples.length - first);
            double sum = 0;
            for (int j = from; j < to; j++) {
                sum += samples[first + j] * h[j];
            }
            out[i] = clamp(sum);
        }
        return new Pcm(out, rate);
    }

    /** The interpolation filters from one rate to another, one per fractional position. */
    private static final class Polyphase {
        static final int HALF = 16;
        private static final java.util.Map<Long, Polyphase> MADE = new java.util.concurrent.ConcurrentHashMap<>();

        final int up;
        final int down;
        final double[][] phases;

        private Polyphase(int from, int to) {
            int g = java.math.BigInteger.valueOf(from).gcd(java.math.BigInteger.valueOf(to)).intValue();
            this.up = to / g;
            this.down = from / g;
            double cutoff = Math.min(1.0, to / (double) from); // low-pass below the lower Nyquist going down
            this.phases = new double[up][2 * HALF];
            for (int p = 0; p < up; p++) {
                for (int j = 0; j < 2 * HALF; j++) {
                    double x = p / (double) up + (HALF - 1 - j); // distance from the output sample
                    double window = 0.5 + 0.5 * Math.cos(Math.PI * x / HALF); // Hann
                    phases[p][j] = cutoff * sinc(x * cutoff) * window;
                }
            }
        }

        static Polyphase of(int from, int to) {
            return MADE.computeIfAbsent(((long) from << 32) | to, k -> new Polyphase(from, to));
        }
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
