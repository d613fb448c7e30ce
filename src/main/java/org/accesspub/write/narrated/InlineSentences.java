package org.accesspub.write.narrated;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;

/**
 * Cuts a run of inline content where the speech cut its plain text into sentences, keeping the markup:
 * emphasis, links or code that straddle a sentence end are split in two, one part in each sentence.
 */
final class InlineSentences {
    private InlineSentences() {
    }

    /**
     * The content cut at these offsets of its plain text (ascending), one inline list per piece: the first from
     * the start to the first cut, the last from the last cut to the end.
     */
    static List<List<Inline>> cut(List<Inline> content, List<Integer> cuts) {
        List<List<Inline>> out = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            out.add(slice(content, start, cut));
            start = cut;
        }
        out.add(slice(content, start, Blocks.plainText(content).length()));
        return out;
    }

    /** The inlines covering the plain-text range [from, to), containers rebuilt around their sliced content. */
    static List<Inline> slice(List<Inline> content, int from, int to) {
        List<Inline> out = new ArrayList<>();
        int at = 0;
        for (Inline in : content) {
            int length = Blocks.plainText(List.of(in)).length();
            int a = Math.max(from, at);
            int b = Math.min(to, at + length);
            if (a < b) {
                Inline part = part(in, a - at, b - at, length);
                if (part != null) {
                    out.add(part);
                }
            }
            at += length;
        }
        return out;
    }

    private static Inline part(Inline in, int a, int b, int length) {
        if (a == 0 && b == length) {
            return in;
        }
        if (in instanceof Inline.Text t) {
            return new Inline.Text(t.text().substring(a, b));
        }
        if (in instanceof Inline.Code c) {
            return new Inline.Code(c.text().substring(a, b));
        }
        if (in instanceof Inline.Emphasis e) {
            List<Inline> inner = slice(e.content(), a, b);
            return inner.isEmpty() ? null : new Inline.Emphasis(inner);
        }
        if (in instanceof Inline.Strong s) {
            List<Inline> inner = slice(s.content(), a, b);
            return inner.isEmpty() ? null : new Inline.Strong(inner);
        }
        if (in instanceof Inline.Link l) {
            List<Inline> inner = slice(l.content(), a, b);
            return inner.isEmpty() ? null : new Inline.Link(l.href(), inner);
        }
        return in; // a line break is one character: inside the range or not at all
    }
}
