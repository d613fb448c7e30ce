package org.accesspub.write.narrated;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.speech.text.Sentences;

/**
 * Cuts a run of inline content into sentences where the speech cuts its plain text, keeping the markup:
 * emphasis, links or code that straddle a sentence end are split in two, one part in each sentence.
 */
final class InlineSentences {
    private InlineSentences() {
    }

    /** The content as one inline list per sentence; the whitespace between two sentences stays with the first. */
    static List<List<Inline>> split(List<Inline> content) {
        String text = Blocks.plainText(content);
        List<Integer> cuts = new ArrayList<>();
        int from = 0;
        int n = 0;
        for (String sentence : Sentences.split(text)) {
            int at = text.indexOf(sentence, from);
            if (at < 0) {
                return List.of(content); // cannot place it: keep the content whole
            }
            if (n++ > 0) {
                cuts.add(at);
            }
            from = at + sentence.length();
        }
        List<List<Inline>> out = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            out.add(slice(content, start, cut));
            start = cut;
        }
        out.add(slice(content, start, text.length()));
        out.removeIf(List::isEmpty);
        return out.isEmpty() ? List.of(content) : out;
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
