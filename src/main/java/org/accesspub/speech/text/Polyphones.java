package org.accesspub.speech.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Which reading each polyphonic character of one stretch of text takes: the word dictionary's (HanLP's phrase
 * pinyin) or g2pM's ({@link PolyphoneModel}), which reads the whole stretch in context. The model decides among
 * the character's own readings; a word of two or more characters keeps the dictionary's reading unless the model
 * prefers another by a clear margin ({@link #WORD_MARGIN} in logits), since a dictionary word is mostly right and
 * the model's mistakes are mostly words it half knows (银行, 宰相). A character alone takes the model's reading.
 * Measured on the CPP dev split (scripts/polyphone-bench.sh): HanLP alone 89.2 %, the model alone 97.2 %,
 * together as here 97.5 %.
 */
final class Polyphones {
    /** How much more (in logits) the model must prefer its reading to overrule a word's. */
    static final float WORD_MARGIN = 4f;

    private final String text;
    private PolyphoneModel.States states;

    Polyphones(String text) {
        this.text = text;
    }

    /**
     * The readings of the segment {@code word} found at UTF-16 offset {@code offset} of the text, one per UTF-16
     * unit as {@link org.accesspub.lang.ChineseWords#pinyin} gives them, with the polyphones decided.
     */
    List<String> decide(int offset, String word, List<String> dictionary) {
        PolyphoneModel model = PolyphoneModel.get();
        List<String> out = null;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            List<String> readings = model.readings(cp);
            if (readings.size() > 1 && model.knows(cp)) {
                String own = i < dictionary.size() ? dictionary.get(i) : null;
                String chosen = choose(text.codePointCount(0, offset + i), readings, own, word.length() > 1);
                if (!chosen.equals(own)) {
                    if (out == null) {
                        out = new ArrayList<>(dictionary);
                        while (out.size() < word.length()) {
                            out.add(null);
                        }
                    }
                    out.set(i, chosen);
                }
            }
            i += Character.charCount(cp);
        }
        return out != null ? out : dictionary;
    }

    private String choose(int position, List<String> readings, String own, boolean inWord) {
        if (states == null) {
            states = PolyphoneModel.get().run(text);
        }
        float[] scores = states.scores(position, readings);
        int best = 0;
        int ownAt = -1;
        for (int k = 0; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
            if (readings.get(k).equals(own)) {
                ownAt = k;
            }
        }
        if (ownAt >= 0 && inWord && scores[best] - scores[ownAt] < WORD_MARGIN) {
            return own;
        }
        return readings.get(best);
    }
}
