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

    private static final class Holder {
        // Part-of-speech tags are not needed; custom dictionaries would need files on disk.
        static final Segment SEGMENT = HanLP.newSegment()
                .enablePartOfSpeechTagging(false)
                .enableCustomDictionary(false);
    }
}
