package org.accesspub.speech.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.accesspub.BundledData;

/**
 * g2pM's polyphone model (Kakao Brain, Apache-2.0; Interspeech 2020, 97.3 % on the CPP test split), its forward
 * pass in plain Java: a character embedding (64), one bidirectional LSTM of 32 units over the sentence between a
 * begin and an end token, then a dense layer of 32 with ReLU and one output per pinyin class. The weights travel as
 * float16 in the {@code readings} pack ({@code src/main/packed/readings}, converted once by
 * {@code scripts/convert-g2pm.py}); the arithmetic is float32. A sentence of 50 characters takes about 1.2 million
 * multiply-adds: tens of microseconds.
 *
 * <p>The model decides only among the readings a character has ({@link #readings}, CC-CEDICT as g2pM digests
 * it); how its choice is weighed against the word dictionary is {@link MandarinReading}'s business.
 */
public final class PolyphoneModel {
    private static final String PAD = "<PAD>";
    private static final String UNK = "<UNK>";
    private static final String BOS = "시";
    private static final String EOS = "끝";

    private final Map<Integer, Integer> charIndex;
    private final Map<String, Integer> classIndex;
    private final String[] classes;
    private final Map<Integer, List<String>> polyphones;
    private final int dim;
    private final int hidden;
    private final int dense;
    private final float[] embedding;
    private final Direction forward;
    private final Direction backward;
    private final float[] dense0;
    private final float[] dense0Bias;
    private final float[] dense1;
    private final float[] dense1Bias;

    /**
     * One direction of the LSTM. What a character adds to the gates (its embedding times the input weights, plus
     * the bias) does not depend on the context: it is computed once per character and kept, which leaves the
     * recurrent 128 × 32 product for each step.
     */
    private record Direction(float[] wih, float[] whh, float[] bias, AtomicReferenceArray<float[]> input) {
        Direction(float[] wih, float[] whh, float[] bias, int chars) {
            this(wih, whh, bias, new AtomicReferenceArray<>(chars));
        }
    }

    private PolyphoneModel(Path dir) throws IOException {
        charIndex = new HashMap<>();
        classIndex = new HashMap<>();
        polyphones = new HashMap<>();
        List<String> classList = new ArrayList<>();
        String section = "";
        int row = 0;
        for (String line : Files.readAllLines(dir.resolve("g2pm.txt"), StandardCharsets.UTF_8)) {
            if (line.equals("chars") || line.equals("classes") || line.equals("polyphones")) {
                section = line;
                continue;
            }
            switch (section) {
                case "chars" -> {
                    int key = line.equals(PAD) ? -1 : line.equals(UNK) ? -2 : line.codePointAt(0);
                    charIndex.put(key, row++);
                }
                case "classes" -> {
                    String c = pinyin(line);
                    classIndex.put(c, classList.size());
                    classList.add(c);
                }
                case "polyphones" -> {
                    int tab = line.indexOf('\t');
                    List<String> rs = new ArrayList<>();
                    for (String r : line.substring(tab + 1).split(" ")) {
                        rs.add(pinyin(r));
                    }
                    polyphones.put(line.codePointAt(0), List.copyOf(rs));
                }
                default -> throw new IOException("g2pm.txt: text before the first section");
            }
        }
        classes = classList.toArray(String[]::new);
        try (InputStream in = Files.newInputStream(dir.resolve("g2pm.bin"))) {
            byte[] all = in.readAllBytes();
            ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
            if (b.getInt() != 0x4D503247 || b.getInt() != 1) { // "G2PM", version 1
                throw new IOException("g2pm.bin: not a version 1 g2pM model");
            }
            int chars = b.getInt();
            dim = b.getInt();
            hidden = b.getInt();
            dense = b.getInt();
            int nClasses = b.getInt();
            if (hidden % 4 != 0) {
                throw new IOException("g2pm.bin: hidden size " + hidden + " is not a multiple of 4");
            }
            if (chars != charIndex.size() || nClasses != classes.length) {
                throw new IOException("g2pm.bin and g2pm.txt disagree on the vocabulary");
            }
            embedding = halves(b, chars * dim);
            forward = new Direction(halves(b, 4 * hidden * dim), halves(b, 4 * hidden * hidden), halves(b, 4 * hidden),
                    chars);
            backward = new Direction(halves(b, 4 * hidden * dim), halves(b, 4 * hidden * hidden), halves(b, 4 * hidden),
                    chars);
            dense0 = halves(b, dense * 2 * hidden);
            dense0Bias = halves(b, dense);
            dense1 = halves(b, nClasses * dense);
            dense1Bias = halves(b, nClasses);
            if (b.hasRemaining()) {
                throw new IOException("g2pm.bin: " + b.remaining() + " bytes after the weights");
            }
        }
    }

    /** The model of the jar's {@code readings} pack, loaded on first use. */
    public static PolyphoneModel get() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final PolyphoneModel MODEL = load();

        private static PolyphoneModel load() {
            Path dir = BundledData.unpacked("readings");
            if (dir == null) {
                throw new IllegalStateException("this build carries no readings pack (src/build/PackData.java)");
            }
            try {
                return new PolyphoneModel(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The readings the model chooses among for a character (pinyin, tone digit, v for ü); empty if it has one. */
    public List<String> readings(int cp) {
        return polyphones.getOrDefault(cp, List.of());
    }

    /** Whether the model has seen the character (else it is only context, as an unknown character). */
    public boolean knows(int cp) {
        return charIndex.containsKey(cp);
    }

    /** The output classes in order (pinyin with tone digit, v for ü). */
    List<String> classes() {
        return List.of(classes);
    }

    /**
     * The hidden states of a sentence: for each code point of {@code text}, the forward and backward LSTM
     * outputs side by side (2 × hidden), as g2pM computes them between its begin and end tokens.
     */
    public States run(String text) {
        int[] cps = text.codePoints().toArray();
        int n = cps.length + 2;
        int[] ids = new int[n];
        ids[0] = charIndex.get((int) BOS.charAt(0));
        ids[n - 1] = charIndex.get((int) EOS.charAt(0));
        for (int i = 0; i < cps.length; i++) {
            ids[i + 1] = charIndex.getOrDefault(cps[i], charIndex.get(-2));
        }
        return new States(ids);
    }

    /**
     * The LSTM outputs of one sentence, computed as far as asked: the forward direction up to the last position
     * asked for, the backward one from the end down to the first (a sentence with one polyphone costs one pass
     * instead of two). Position 0 is the text's first code point. Not for sharing between threads.
     */
    public final class States {
        private final int[] ids;
        private final float[][] fw;
        private final float[][] bw;
        private final Cell fwCell = new Cell();
        private final Cell bwCell = new Cell();
        private int fwDone;
        private int bwDone;

        private States(int[] ids) {
            this.ids = ids;
            this.fw = new float[ids.length][];
            this.bw = new float[ids.length][];
            this.bwDone = ids.length;
        }

        private void reach(int t) {
            while (fwDone <= t) {
                fw[fwDone] = fwCell.step(forward, ids[fwDone]);
                fwDone++;
            }
            while (bwDone > t) {
                bwDone--;
                bw[bwDone] = bwCell.step(backward, ids[bwDone]);
            }
        }

        /** The scores (logits) of the given readings for the code point at {@code position}. */
        public float[] scores(int position, List<String> readings) {
            float[] h = hiddenLayer(position);
            float[] out = new float[readings.size()];
            for (int k = 0; k < out.length; k++) {
                Integer c = classIndex.get(readings.get(k));
                out[k] = c == null ? Float.NEGATIVE_INFINITY : logit(h, c);
            }
            return out;
        }

        /** Every class's logit at {@code position}, as the reference computes them (for the tests). */
        float[] logits(int position) {
            float[] h = hiddenLayer(position);
            float[] out = new float[classes.length];
            for (int c = 0; c < out.length; c++) {
                out[c] = logit(h, c);
            }
            return out;
        }

        private float[] hiddenLayer(int position) {
            reach(position + 1);
            float[] x = new float[2 * hidden];
            System.arraycopy(fw[position + 1], 0, x, 0, hidden);
            System.arraycopy(bw[position + 1], 0, x, hidden, hidden);
            float[] h = new float[dense];
            for (int j = 0; j < dense; j++) {
                float s = dense0Bias[j];
                int base = j * 2 * hidden;
                for (int k = 0; k < 2 * hidden; k++) {
                    s += dense0[base + k] * x[k];
                }
                h[j] = Math.max(0f, s);
            }
            return h;
        }

        private float logit(float[] h, int c) {
            float s = dense1Bias[c];
            int base = c * dense;
            for (int k = 0; k < dense; k++) {
                s += dense1[base + k] * h[k];
            }
            return s;
        }
    }

    /** One direction's running state: each step takes a character and gives the new hidden output. */
    private final class Cell {
        private float[] h = new float[hidden];
        private final float[] c = new float[hidden];
        private final float[] gates = new float[4 * hidden];

        float[] step(Direction d, int id) {
            float[] input = input(d, id);
            float[] whh = d.whh;
            float[] x = h;
            int n = hidden;
            // the recurrent product written out here: the quick compiler would not inline a call per gate
            for (int g = 0, at = 0; g < gates.length; g++, at += n) {
                float s0 = 0;
                float s1 = 0;
                float s2 = 0;
                float s3 = 0;
                for (int k = 0; k < n; k += 4) {
                    s0 += whh[at + k] * x[k];
                    s1 += whh[at + k + 1] * x[k + 1];
                    s2 += whh[at + k + 2] * x[k + 2];
                    s3 += whh[at + k + 3] * x[k + 3];
                }
                gates[g] = input[g] + ((s0 + s1) + (s2 + s3));
            }
            float[] next = new float[hidden];
            for (int j = 0; j < hidden; j++) {
                float i = sigmoid(gates[j]);
                float f = sigmoid(gates[hidden + j]);
                float g = tanh(gates[2 * hidden + j]);
                float o = sigmoid(gates[3 * hidden + j]);
                c[j] = f * c[j] + i * g;
                next[j] = o * tanh(c[j]);
            }
            h = next;
            return next;
        }
    }

    /** The gates' input part for a character: its embedding times the input weights, plus the biases. */
    private float[] input(Direction d, int id) {
        float[] in = d.input.get(id);
        if (in == null) {
            in = new float[4 * hidden];
            for (int g = 0; g < in.length; g++) {
                in[g] = d.bias[g] + dot(d.wih, g * dim, embedding, id * dim, dim);
            }
            d.input.set(id, in); // two threads may both compute it: the same numbers
        }
        return in;
    }

    /** A dot product in four running sums (the quick compiler does not unroll). */
    private static float dot(float[] w, int at, float[] x, int xAt, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += w[at + k] * x[xAt + k];
            s1 += w[at + k + 1] * x[xAt + k + 1];
            s2 += w[at + k + 2] * x[xAt + k + 2];
            s3 += w[at + k + 3] * x[xAt + k + 3];
        }
        for (; k < n; k++) {
            s0 += w[at + k] * x[xAt + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** tanh through exp: Math.tanh is not an intrinsic of the quick compiler and was a third of the time. */
    private static float tanh(float x) {
        return 1f - 2f / ((float) Math.exp(2 * x) + 1f);
    }

    private static float sigmoid(float x) {
        return (float) (1 / (1 + Math.exp(-x)));
    }

    /** g2pM writes ü as {@code u:}; the reading here writes it {@code v}, as HanLP does. */
    private static String pinyin(String g2pm) {
        return g2pm.replace("u:", "v");
    }

    private static float[] halves(ByteBuffer b, int count) {
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] = half(b.getShort());
        }
        return out;
    }

    /** IEEE 754 binary16 to float (Float.float16ToFloat is Java 20). */
    static float half(short bits) {
        int sign = (bits & 0x8000) << 16;
        int exp = (bits >>> 10) & 0x1f;
        int mant = bits & 0x3ff;
        if (exp == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
        }
        if (exp == 0) {
            float v = mant * 0x1p-24f;
            return sign != 0 ? -v : v;
        }
        return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
    }
}
