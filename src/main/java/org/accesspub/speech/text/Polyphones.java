package org.accesspub.speech.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Which reading each polyphonic character of one stretch of text takes: the word dictionary's (HanLP's phrase
 * pinyin) or g2pM's ({@link PolyphoneModel}), which reads the whole stretch in context. The model decides among
 * the character's own readings; a word of two or more characters keeps the dictionary's reading unless the model
 * prefers another by a clear margin ({@link #WORD_MARGIN} in logits), since a dictionary word is mostly right and
 * the model's mistakes are mostly words it half knows (银行, 宰相); a character alone needs a smaller margin.
 * Measured on the CPP dev split (scripts/polyphone-bench.sh): HanLP alone 89.2 %, the model alone 97.2 %,
 * together as here 97.5 %.
 */
final class Polyphones {
    /** How much more (in logits) the model must prefer its reading to overrule a word's. */
    static final float WORD_MARGIN = 4f;
    /**
     * How much more the model must prefer its reading to overrule a character standing alone, whose dictionary
     * reading is its most common one: a little, so that a clear context wins (长 alone in 期长而 is cháng, 还 in
     * 今宜永还 huán) but news vocabulary the model half knows stays (降碳 jiàng).
     */
    static final float CHARACTER_MARGIN = 2.5f;

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
                if (i == 0 && personName && word.length() > 1 && SURNAMES.containsKey(cp)) {
                    own = SURNAMES.get(cp); // a name's first character is its surname
                }
                String chosen = choose(text.codePointCount(0, offset + i), readings, own, word.length() > 1);
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
        if (ownAt >= 0 && scores[best] - scores[ownAt] < (inWord ? WORD_MARGIN : CHARACTER_MARGIN)) {
            return own;
        }
        return readings.get(best);
    }
}
