package org.accesspub.write;

/**
 * Table column widths from content, as a browser's automatic table layout gives them at 100 % width:
 * each column's minimum content width (its widest unbreakable word) and maximum content width (its
 * text on one line). The PDF measures them with its fonts; the DOCX estimates them ({@link #estimate}).
 */
public final class ColumnWidths {
    private ColumnWidths() {
    }

    /**
     * All columns at maximum width, the spare room shared in proportion, when that fits; else each at
     * its minimum plus a share of the rest in proportion to (max - min); null when even the minimums do
     * not fit in {@code total}.
     */
    public static float[] fit(float[] min, float[] max, float total) {
        int n = min.length;
        float sumMin = 0;
        float sumMax = 0;
        float[] top = new float[n];
        for (int c = 0; c < n; c++) {
            top[c] = Math.max(max[c], min[c]);
            sumMin += min[c];
            sumMax += top[c];
        }
        if (sumMin > total + 0.5f) {
            return null;
        }
        float[] w = new float[n];
        for (int c = 0; c < n; c++) {
            if (sumMax <= total) {
                w[c] = sumMax == 0 ? total / n : top[c] * total / sumMax;
            } else {
                w[c] = min[c] + (top[c] - min[c]) * (total - sumMin) / (sumMax - sumMin);
            }
        }
        return w;
    }

    /**
     * A text's {@code [minimum, maximum]} content width in ems, estimated without a font: a Han
     * character or full-width sign one em, anything else 0.58 em (Atkinson Hyperlegible's average);
     * a line may break at spaces and beside Han characters.
     */
    public static float[] estimate(String text) {
        float max = 0;
        float word = 0;
        float longest = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                max += 0.3f;
                word = 0;
                continue;
            }
            boolean wide = wide(cp);
            float w = wide ? 1f : 0.58f;
            max += w;
            word = wide ? w : word + w;
            longest = Math.max(longest, word);
            if (wide) {
                word = 0;
            }
        }
        return new float[] {longest, max};
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
