package org.accesspub.speech.text;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.lang.ChineseWords;

/**
 * Which reading each polyphonic character of one stretch of text takes: the word dictionary's (HanLP's phrase
 * pinyin) or g2pM's ({@link PolyphoneModel}), which reads the whole stretch in context. The model decides among
 * the character's own readings; each reading's score is the model's logit plus what the dictionaries say for it:
 * <ul>
 *   <li>the word's reading, when the dictionary knows the word as a phrase (its reading differs from the
 *       character's own common one): {@link #PHRASE_WEIGHT}, since a phrase entry is mostly right and the model's
 *       mistakes are mostly words it half knows (银行, 宰相);</li>
 *   <li>the word's reading when it is only the character's common reading (a word the pinyin dictionary does not
 *       hold, a name): {@link #WORD_WEIGHT}, and for a character standing alone {@link #CHARACTER_WEIGHT};</li>
 *   <li>the reading HanLP's pinyin dictionary gives the character when it matches phrases over the whole stretch
 *       (its longest matches cross the segmenter's word edges: 可汗, 一骑绝尘), when that is not the common
 *       reading: {@link #STRETCH_WEIGHT}.</li>
 * </ul>
 * Measured on the CPP dev split, tuned on its even sentences and confirmed on its odd ones (scripts/polyphone-errors.py):
 * HanLP alone 90.0 %, the model alone 97.2 %, a word's reading with one margin 97.45 / 97.57 %, as here 97.67 / 97.74 %.
 */
final class Polyphones {
    /** What a word's reading the pinyin dictionary holds as a phrase weighs, in logits. */
    static final float PHRASE_WEIGHT = 10f;
    /** What a word's reading weighs when it is the character's common reading (or a surname's reading). */
    static final float WORD_WEIGHT = 4f;
    /**
     * What a character standing alone weighs for its common reading: a little, so that a clear context wins
     * (长 alone in 期长而 is cháng, 还 in 今宜永还 huán).
     */
    static final float CHARACTER_WEIGHT = 1f;
    /** What the phrase reading over the whole stretch weighs when it is not the character's common reading. */
    static final float STRETCH_WEIGHT = 4f;

    /**
     * Surnames read otherwise than the character's common reading (区 Ōu, 单 Shàn, 解 Xiè, 仇 Qiú, 翟 Zhái, 褚 Chǔ,
     * 覃 Qín, 朴 Piáo…), weighed like a word's reading at the start of what HanLP takes for a person's name.
     */
    private static final java.util.Map<Integer, String> SURNAMES = surnames("覃qin2 翟zhai2 褚chu3 单shan4 解xie4 "
            + "区ou1 仇qiu2 缪miao4 朴piao2 查zha1 曾zeng1 乐yue4 任ren2 盖ge3 种chong2 尉yu4 繁po2 秘bi4 员yun4 "
            + "召shao4 折she2 纪ji3 华hua4 燕yan1 句gou1 应ying1 盛sheng4 宁ning4 过guo1 蓼liao3 阚kan4 莘shen1 "
            + "冼xian3 隗wei3 谯qiao2 贲ben1 矫jiao3 殷yin1 薄bo2 牟mou2 葛ge3 俞yu2 乜nie4 郇huan2 眭sui1 柏bai3 "
            + "长chang2 重chong2 藏zang4 万wan4 那na1 能nai4 黑he4 令ling2 相xiang1");

    private static java.util.Map<Integer, String> surnames(String list) {
        java.util.Map<Integer, String> map = new java.util.HashMap<>();
        for (String s : list.split(" ")) {
            map.put(s.codePointAt(0), s.substring(Character.charCount(s.codePointAt(0))));
        }
        return java.util.Map.copyOf(map);
    }

    private final String text;
    private PolyphoneModel.States states;
    private List<String> stretch;

    Polyphones(String text) {
        this.text = text;
    }

    /**
     * The readings of the segment {@code word} found at UTF-16 offset {@code offset} of the text, one per UTF-16
     * unit as {@link org.accesspub.lang.ChineseWords#pinyin} gives them, with the polyphones decided.
     */
    List<String> decide(int offset, String word, List<String> dictionary, boolean personName) {
        PolyphoneModel model = PolyphoneModel.get();
        List<String> out = null;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            List<String> readings = model.readings(cp);
            if (readings.size() > 1 && model.knows(cp)) {
                String own = i < dictionary.size() ? dictionary.get(i) : null;
                String common = ChineseWords.pinyin(Character.toString(cp)).get(0);
                float weight = word.length() == 1 ? CHARACTER_WEIGHT : own != null && !own.equals(common)
                        ? PHRASE_WEIGHT : WORD_WEIGHT;
                if (i == 0 && personName && word.length() > 1 && SURNAMES.containsKey(cp)) {
                    own = SURNAMES.get(cp); // a name's first character is its surname
                    weight = WORD_WEIGHT;
                }
                if (stretch == null) {
                    stretch = ChineseWords.pinyin(text);
                }
                String phrase = offset + i < stretch.size() ? stretch.get(offset + i) : null;
                String chosen = choose(text.codePointCount(0, offset + i), readings, own, weight,
                        phrase != null && !phrase.equals(common) ? phrase : null);
                if (!chosen.equals(i < dictionary.size() ? dictionary.get(i) : null)) {
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

    private String choose(int position, List<String> readings, String own, float weight, String phrase) {
        if (states == null) {
            states = PolyphoneModel.get().run(text);
        }
        float[] scores = states.scores(position, readings);
        int best = 0;
        for (int k = 0; k < scores.length; k++) {
            String r = readings.get(k);
            scores[k] += (r.equals(own) ? weight : 0) + (r.equals(phrase) ? STRETCH_WEIGHT : 0);
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        return readings.get(best);
    }
}
