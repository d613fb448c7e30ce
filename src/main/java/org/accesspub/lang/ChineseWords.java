package org.accesspub.lang;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese word segmentation, shared by every output that needs words rather than characters
 * (speech pronunciation, braille word spacing). Backed by HanLP's portable dictionary (Apache-2.0),
 * loaded once per process on first use (about 0.4 s).
 */
public final class ChineseWords {
    static {
        HanlpData.install();
    }

    private ChineseWords() {
    }

    /** The words of {@code text} in order; their concatenation is the text itself. */
    public static List<String> segment(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Term> terms = Holder.SEGMENT.seg(text);
        List<String> words = new ArrayList<>(terms.size());
        for (Term term : terms) {
            words.add(term.word);
        }
        return words;
    }

    /**
     * A word as segmented, with the part of speech HanLP's segmenter gives it even without tagging ({@code nr} a
     * person's name, {@code uv} the particle 地, {@code v} a verb…; empty when it gives none).
     */
    public record Word(String text, String nature) {
        /** Whether HanLP took it for a person's name (its first character the surname). */
        public boolean personName() {
            return nature.startsWith("nr");
        }
    }

    /** The words of {@code text} in order, with person names marked; their concatenation is the text itself. */
    public static List<Word> words(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Term> terms = Holder.SEGMENT.seg(text);
        List<Word> words = new ArrayList<>(terms.size());
        for (Term term : terms) {
            words.add(new Word(term.word, term.nature == null ? "" : term.nature.toString()));
        }
        return words;
    }

    /**
     * The reading of one word from HanLP's phrase pinyin dictionary: pinyin with a tone digit (5 = neutral,
     * {@code v} for ü) for each UTF-16 unit of the word, null where a unit has none (not Han, or a character
     * the dictionary lacks). A word the dictionary knows as a phrase takes the phrase's reading (挑大梁 tiao3).
     */
    public static List<String> pinyin(String word) {
        List<com.hankcs.hanlp.dictionary.py.Pinyin> list = HanLP.convertToPinyinList(word);
        List<String> out = new ArrayList<>(list.size());
        for (com.hankcs.hanlp.dictionary.py.Pinyin p : list) {
            out.add(p == com.hankcs.hanlp.dictionary.py.Pinyin.none5 ? null : p.toString());
        }
        return out;
    }

    /**
     * The text in Simplified characters for reading it aloud, when it holds Traditional characters (HanLP's t2s,
     * phrase by phrase: 計劃 计划, 長者 长者); otherwise the text itself. Only characters change, never their
     * UTF-16 length, so readings line up with the text as written; regional vocabulary stays (數碼 数码, not 数字).
     * Text with few characters outside GB 2312 that t2s changes is left alone, so a Simplified text keeps
     * characters both scripts share (乾隆) and the old forms it quotes.
     */
    public static String simplifiedForReading(String text) {
        if (!traditional(text)) {
            return text;
        }
        String s = HanLP.convertToSimplifiedChinese(text);
        if (sameShape(text, s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String one = Character.toString(cp);
            String c = HanLP.convertToSimplifiedChinese(one);
            sb.append(sameShape(one, c) ? c : one);
        });
        return sb.toString();
    }

    /**
     * Whether the text is written in Traditional characters: three of them or more, or a fifth of its Han
     * characters. A Simplified sentence quoting one old form (閤) keeps it and its own reading.
     */
    private static boolean traditional(String text) {
        java.nio.charset.CharsetEncoder gb = GB2312.get();
        int han = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Languages.isHan(cp)) {
                han++;
                String one = Character.toString(cp);
                if (!gb.canEncode(one) && !HanLP.convertToSimplifiedChinese(one).equals(one)) {
                    traditional++;
                }
            }
        }
        return traditional >= 3 || traditional > 0 && traditional * 5 >= han;
    }

    private static final ThreadLocal<java.nio.charset.CharsetEncoder> GB2312 =
            ThreadLocal.withInitial(() -> java.nio.charset.Charset.forName("GB2312").newEncoder());

    /** Same UTF-16 length and the same code point boundaries. */
    private static boolean sameShape(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (Character.isHighSurrogate(a.charAt(i)) != Character.isHighSurrogate(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final class Holder {
        // Part-of-speech tags are not needed; custom dictionaries would need files on disk.
        static final Segment SEGMENT = HanLP.newSegment()
                .enablePartOfSpeechTagging(false)
                .enableCustomDictionary(false);
    }
}
