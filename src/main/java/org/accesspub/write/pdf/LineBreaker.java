package org.accesspub.write.pdf;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.lang.Languages;

/**
 * Chooses where the lines of a paragraph end, following W3C clreq at the basic level. Pure logic:
 * it sees the text and the advance width of each character, never a font or a page.
 * <ul>
 * <li>No line starts with closing punctuation ({@code 、，。：；！？）》」』】〕”’…—}) and none ends with
 * opening punctuation ({@code （《「『【〔“‘}). When closing punctuation would overflow, it is squeezed
 * into the line if the overflow is small (先挤进), otherwise the character before it moves to the next line
 * (后推出).</li>
 * <li>{@code ——} and {@code ……} are never split; a number stays with the unit after it (3月, 50%).</li>
 * <li>Latin text breaks at spaces and after hyphens; a token longer than a line (a URL) is cut, preferably
 * after {@code / . - ? & = _ #}, so it never runs off the page. No hyphen is ever added.</li>
 * </ul>
 */
final class LineBreaker {
    static final String NO_LINE_START = org.accesspub.lang.BreakMarks.NOT_AT_LINE_START;
    static final String NO_LINE_END = org.accesspub.lang.BreakMarks.NOT_AT_LINE_END;
    private static final String URL_BREAK_AFTER = "/.-?&=_#";
    private static final float EPSILON = 0.01f;

    /**
     * One line: the characters {@code [start, end)} without trailing spaces; {@code last} when it ends
     * a paragraph or a forced line break (such a line is not justified).
     */
    record Line(int start, int end, boolean last) {
    }

    private LineBreaker() {
    }

    /**
     * Breaks {@code text} into lines.
     *
     * @param advances   the width of the character starting at each UTF-16 index (low surrogates ignored)
     * @param firstWidth room on the first line (less than {@code width} when the line is indented)
     * @param squeeze    how far closing punctuation may overflow a line to stay on it (0 for none)
     */
    static List<Line> lines(String text, float[] advances, float firstWidth, float width, float squeeze) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        float used = 0;
        int lastBreak = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.add(new Line(start, trimEnd(text, start, i), true));
                start = i + 1;
                i = start;
                used = 0;
                lastBreak = -1;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (i > start && canBreakBefore(text, i)) {
                lastBreak = i;
            }
            float room = out.isEmpty() ? firstWidth : width;
            float next = used + advances[i];
            if (next > room + EPSILON && i > start && !Character.isWhitespace(cp)
                    && !squeezesIn(text, i, len, next - room, squeeze)) {
                int br = lastBreak > start ? lastBreak : emergencyBreak(text, start, i);
                out.add(new Line(start, trimEnd(text, start, br), false));
                start = br;
                while (start < n && text.charAt(start) == ' ') {
                    start++;
                }
                used = 0;
                lastBreak = -1;
                for (int k = start; k < i; k++) {
                    used += advances[k];
                    if (k > start && canBreakBefore(text, k)) {
                        lastBreak = k;
                    }
                }
                i = Math.max(i, start);
                continue;
            }
            used = next;
            i += len;
        }
        out.add(new Line(start, trimEnd(text, start, n), true));
        return out;
    }

    /**
     * The width of the widest stretch no line may break inside (a word, a number with its unit, a
     * character with the punctuation that must stay with it): the text's minimum content width.
     */
    static float longestUnbreakable(String text, float[] advances) {
        float longest = 0;
        float run = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i))) {
                continue;
            }
            if (text.charAt(i) == '\n' || Character.isWhitespace(text.charAt(i))) {
                run = 0;
                continue;
            }
            if (i > 0 && canBreakBefore(text, i)) {
                run = 0;
            }
            run += advances[i];
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** 先挤进: closing punctuation that overflows a little stays on the line, which is then compressed. */
    private static boolean squeezesIn(String text, int i, int len, float overflow, float squeeze) {
        if (overflow > squeeze || NO_LINE_START.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        int after = i + len;
        return after >= text.length() || text.charAt(after) == '\n' || canBreakBefore(text, after);
    }

    /** Whether a line may end just before index {@code i} (0 &lt; i &lt; length). */
    static boolean canBreakBefore(String text, int i) {
        int b = text.codePointAt(i);
        int a = text.codePointBefore(i);
        if (NO_LINE_START.indexOf(b) >= 0 || NO_LINE_END.indexOf(a) >= 0) {
            return false;
        }
        if (org.accesspub.lang.Graphemes.inside(text, i)) {
            return false; // never inside what a reader sees as one character: 👨‍👩‍👧, 🇬🇧, é
        }
        if (Character.isWhitespace(b)) {
            return false;
        }
        if (a == ' ' || a == '\u3000' || a == '\t') {
            return true;
        }
        if (Character.isDigit(a) && (Character.isDigit(b) || Languages.isHan(b) || Character.isLetter(b))) {
            return false; // a number keeps its digits and its unit: 2024年, 3月, 10km
        }
        if (isWide(a) || isWide(b)) {
            return true;
        }
        // Inside Latin text only after a hyphen between letters; never inside a word.
        return a == '-' && Character.isLetter(b);
    }

    /** Characters set on the CJK grid, between which a line may break. */
    static boolean isWide(int cp) {
        if (Languages.isHan(cp)) {
            return true;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
                || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—';
    }

    /** A token wider than the line: cut after URL punctuation if there is some, else before {@code i}. */
    private static int emergencyBreak(String text, int start, int i) {
        for (int k = i; k > start + 1; k--) {
            if (URL_BREAK_AFTER.indexOf(text.charAt(k - 1)) >= 0 && keepsPunctuationRules(text, k)) {
                return k;
            }
        }
        for (int k = i; k > start; k--) {
            if (keepsPunctuationRules(text, k)) {
                return k;
            }
        }
        return i;
    }

    private static boolean keepsPunctuationRules(String text, int k) {
        return !Character.isLowSurrogate(text.charAt(k)) && NO_LINE_START.indexOf(text.charAt(k)) < 0
                && NO_LINE_END.indexOf(text.charAt(k - 1)) < 0;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
