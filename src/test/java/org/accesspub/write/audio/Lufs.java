package org.accesspub.write.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Integrated loudness after ITU-R BS.1770-4 (K-weighting, 400 ms blocks overlapping by 75 %, absolute gate
 * at -70 LUFS, relative gate 10 LU down), for checking the writer's output. Test-only.
 */
final class Lufs {
    private Lufs() {
    }

    static double integrated(short[] samples, int rate) {
        double[] x = new double[samples.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = samples[i] / 32768.0;
        }
        // stage 1: high shelf +4 dB above about 1.5 kHz (the head's effect)
        double a = Math.pow(10, 4.0 / 40);
        double w = 2 * Math.PI * 1500 / rate;
        double alpha = Math.sin(w) / (2 / Math.sqrt(2));
        double cos = Math.cos(w);
        double sq = 2 * Math.sqrt(a) * alpha;
        x = biquad(x, a * ((a + 1) + (a - 1) * cos + sq), -2 * a * ((a - 1) + (a + 1) * cos),
                a * ((a + 1) + (a - 1) * cos - sq), (a + 1) - (a - 1) * cos + sq, 2 * ((a - 1) - (a + 1) * cos),
                (a + 1) - (a - 1) * cos - sq);
        // stage 2: high pass at 38 Hz
        w = 2 * Math.PI * 38 / rate;
        alpha = Math.sin(w) / (2 * 0.5);
        cos = Math.cos(w);
        x = biquad(x, (1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);

        int block = (int) (0.4 * rate);
        int step = block / 4;
        List<Double> powers = new ArrayList<>();
        for (int start = 0; start + block <= x.length; start += step) {
            double sum = 0;
            for (int i = start; i < start + block; i++) {
                sum += x[i] * x[i];
            }
            powers.add(sum / block);
        }
        double absGate = Math.pow(10, (-70 + 0.691) / 10);
        double mean = powers.stream().filter(p -> p > absGate).mapToDouble(Double::doubleValue).average().orElse(0);
        double relGate = mean * Math.pow(10, -10 / 10.0);
        double gated = powers.stream().filter(p -> p > absGate && p > relGate).mapToDouble(Double::doubleValue).average().orElse(0);
        return -0.691 + 10 * Math.log10(gated);
    }

    private static double[] biquad(double[] x, double b0, double b1, double b2, double a0, double a1, double a2) {
        double[] y = new double[x.length];
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double v = (b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
            x2 = x1;
            x1 = x[i];
            y2 = y1;
            y1 = v;
            y[i] = v;
        }
        return y;
    }
}
