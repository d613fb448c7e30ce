package org.accesspub.write.audio;

import org.accesspub.speech.Pcm;

/**
 * Makes every utterance equally loud, whichever engine spoke it: the speech (not its silences) is brought to
 * a target RMS, then a smooth peak limiter keeps every sample under the ceiling, so nothing clips.
 */
final class Loudness {
    /**
     * Gated RMS each utterance is raised to. The limiter takes back about a decibel, so whole articles measure
     * about -18 LUFS (BS.1770 integrated) and -18.5 dB RMS with their pauses (AudioWriterTest measures it).
     */
    static final double TARGET_DBFS = -16.5;
    /** Below the -1.5 dBFS the listener gets, leaving room for MP3's overshoot. */
    static final double CEILING_DBFS = -3.5;
    private static final double GATE_DBFS = -45.0;

    private Loudness() {
    }

    static double db(double linear) {
        return 20 * Math.log10(Math.max(linear, 1e-9));
    }

    static double linear(double db) {
        return Math.pow(10, db / 20);
    }

    /** RMS (as a fraction of full scale) of the 50 ms blocks louder than the gate: the voiced part. */
    static double activeRms(short[] s, int rate) {
        int block = Math.max(1, rate / 20);
        long sum = 0;
        long n = 0;
        double gate = linear(GATE_DBFS) * 32768.0;
        double gateSquared = gate * gate;
        for (int start = 0; start < s.length; start += block) {
            int end = Math.min(s.length, start + block);
            long b = 0;
            for (int i = start; i < end; i++) {
                int x = s[i];
                b += x * x;
            }
            if (b >= gateSquared * (end - start)) {
                sum += b;
                n += end - start;
            }
        }
        return n == 0 ? 0 : Math.sqrt(sum / (double) n) / 32768.0;
    }

    static int peak(short[] s) {
        int max = 0;
        int min = 0;
        for (short x : s) {
            if (x > max) {
                max = x;
            } else if (x < min) {
                min = x;
            }
        }
        return Math.max(max, -min);
    }

    /** The utterance at the target loudness, its peaks held under the ceiling. */
    static Pcm normalise(Pcm pcm) {
        short[] s = pcm.samples();
        double rms = activeRms(s, pcm.sampleRate());
        if (rms == 0) {
            return pcm;
        }
        double gain = linear(TARGET_DBFS) / rms;
        double ceiling = linear(CEILING_DBFS) * 32767;
        int n = s.length;
        int w = Math.max(1, pcm.sampleRate() / 500);
        short[] out = new short[n];
        // samples within the ceiling once gained are only scaled (rounded half away from zero)
        int limit = (int) Math.floor(ceiling / gain);
        for (int i = 0; i < n; i++) {
            int x = s[i];
            if (x <= limit && x >= -limit) {
                double y = x * gain;
                out[i] = (short) (y >= 0 ? (int) (y + 0.5) : -(int) (-y + 0.5));
            } else {
                out[i] = (short) Math.max(-ceiling, Math.min(ceiling, Math.round(x * gain)));
            }
        }
        // The limiter only lowers the gain within 2w samples of one that would pass the ceiling: it is worked
        // out on those stretches alone (with 2w more each side, so the result is the same as on the whole).
        int over = 0;
        while (over < n) {
            while (over < n && Math.abs(s[over] * gain) <= ceiling) {
                over++;
            }
            if (over == n) {
                break;
            }
            int from = over;
            int to = over;
            for (int i = over; i < n && i <= to + 4 * w; i++) {
                if (Math.abs(s[i] * gain) > ceiling) {
                    to = i;
                }
            }
            limit(s, out, gain, ceiling, w, Math.max(0, from - 2 * w), Math.min(n - 1, to + 2 * w));
            over = to + 2 * w + 1;
        }
        return new Pcm(out, pcm.sampleRate());
    }

    /** Applies the limiter to out[a..b]; the samples from a-2w to b+2w decide it. */
    private static void limit(short[] s, short[] out, double gain, double ceiling, int w, int a, int b) {
        int lo = Math.max(0, a - 2 * w);
        int hi = Math.min(s.length - 1, b + 2 * w);
        // gain each sample may take without passing the ceiling
        double[] allowed = new double[hi - lo + 1];
        for (int i = lo; i <= hi; i++) {
            double y = Math.abs(s[i] * gain);
            allowed[i - lo] = y > ceiling ? ceiling / y : 1.0;
        }
        // hold the smallest allowed gain over +-2 ms, then average over the same span: the result never
        // exceeds what any sample allows, and changes smoothly enough not to crackle
        double[] smooth = movingAverage(minFilter(allowed, w), w);
        for (int i = a; i <= b; i++) {
            double y = s[i] * gain * Math.min(smooth[i - lo], 1.0);
            out[i] = (short) Math.max(-ceiling, Math.min(ceiling, Math.round(y)));
        }
    }

    private static double[] minFilter(double[] a, int w) {
        int n = a.length;
        double[] out = new double[n];
        int[] dq = new int[n];
        int head = 0;
        int tail = 0;
        // out[i] = min(a[i-w .. i+w]) with a monotonic deque
        int next = 0;
        for (int i = 0; i < n; i++) {
            int hi = Math.min(n - 1, i + w);
            while (next <= hi) {
                while (tail > head && a[dq[tail - 1]] >= a[next]) {
                    tail--;
                }
                dq[tail++] = next++;
            }
            while (dq[head] < i - w) {
                head++;
            }
            out[i] = a[dq[head]];
        }
        return out;
    }

    private static double[] movingAverage(double[] a, int w) {
        int n = a.length;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + a[i];
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - w);
            int hi = Math.min(n, i + w + 1);
            out[i] = (prefix[hi] - prefix[lo]) / (hi - lo);
        }
        return out;
    }

    /**
     * The utterance without the silence engines put around it (the script's pauses set the gaps), keeping
     * a few milliseconds so that no consonant is cut.
     */
    static Pcm trim(Pcm pcm) {
        short[] s = pcm.samples();
        int threshold = Math.max(33, peak(s) / 100); // 40 dB under the peak, never under -60 dBFS
        int first = 0;
        while (first < s.length && Math.abs((int) s[first]) < threshold) {
            first++;
        }
        int last = s.length - 1;
        while (last > first && Math.abs((int) s[last]) < threshold) {
            last--;
        }
        if (first >= s.length) {
            return new Pcm(new short[0], pcm.sampleRate());
        }
        int margin = pcm.sampleRate() / 50; // 20 ms
        return pcm.slice(Math.max(0, first - margin), Math.min(s.length, last + 1 + margin));
    }
}
