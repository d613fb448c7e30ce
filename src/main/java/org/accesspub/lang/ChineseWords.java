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

    private static final class Holder {
        // Part-of-speech tags are not needed; custom dictionaries would need files on disk.
        static final Segment SEGMENT = HanLP.newSegment()
                .enablePartOfSpeechTagging(false)
                .enableCustomDictionary(false);
    }
}
