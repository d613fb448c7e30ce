package org.accesspub.lang;

/**
 * What a reader sees as one character (an extended grapheme cluster of Unicode UAX #29, for the cases
 * articles hold): a base with its combining marks and variation selectors, an emoji with its skin tone,
 * a ZWJ sequence (👨‍👩‍👧, 🏳️‍🌈, 🧑‍🦯), a flag of two regional indicators (🇬🇧) or of tags (🏴󠁧󠁢󠁳󠁣󠁴󠁿), a keycap (1️⃣).
 * Java 17's {@code java.text.BreakIterator} splits ZWJ sequences; this keeps them whole.
 */
public final class Graphemes {
    private static final int ZWJ = 0x200D;

    private Graphemes() {
    }

    /** The end (exclusive) of the cluster that starts at {@code start}. */
    public static int end(CharSequence text, int start) {
        int cp = Character.codePointAt(text, start);
        int i = start + Character.charCount(cp);
        if (regionalIndicator(cp) && i < text.length() && regionalIndicator(Character.codePointAt(text, i))) {
            i += 2; // a flag: two regional indicators (each beyond the BMP)
        }
        while (i < text.length()) {
            int next = Character.codePointAt(text, i);
            if (next == ZWJ) {
                i += 1;
                if (i < text.length() && !Character.isWhitespace(Character.codePointAt(text, i))) {
                    i += Character.charCount(Character.codePointAt(text, i)); // the joined character
                }
            } else if (extend(next)) {
                i += Character.charCount(next);
            } else {
                break;
            }
        }
        return i;
    }

    /** Whether index {@code i} (0 &lt; i &lt; length, not inside a surrogate pair) falls inside a cluster: no line breaks there. */
    public static boolean inside(CharSequence text, int i) {
        int b = Character.codePointAt(text, i);
        int a = Character.codePointBefore(text, i);
        if (b == ZWJ || extend(b) || a == ZWJ) {
            return true;
        }
        if (!regionalIndicator(a) || !regionalIndicator(b)) {
            return false;
        }
        int before = 0; // regional indicators pair up from the start of their run
        for (int k = i; k > 0 && regionalIndicator(Character.codePointBefore(text, k)); k -= 2) {
            before++;
        }
        return before % 2 == 1;
    }

    /** The number of clusters in a text. */
    public static int count(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i = end(text, i)) {
            n++;
        }
        return n;
    }

    private static boolean regionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /** Marks that belong to the character before them. */
    private static boolean extend(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) // variation selectors
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tones
                || (cp >= 0xE0020 && cp <= 0xE007F); // tags (subdivision flags)
    }
}
