package org.accesspub.speech.text;

import org.accesspub.lang.Languages;

/**
 * Bounds what reaches the rewrite rules and the speech engines, in one linear pass, so that hostile
 * text costs linear time and cannot overflow an engine: a base character keeps at most
 * {@value #MAX_MARKS} combining marks (more is "Zalgo" text, and Java's {@code \b} looks back over
 * every mark, which made the rules quadratic), and a run of letters, digits or symbols without a
 * space or a Chinese character keeps its first {@value #MAX_TOKEN} characters (20,000 digits in a
 * row overflowed FreeTTS). Ordinary text, Chinese included, passes unchanged.
 */
public final class SpeakableText {
    /** Combining marks kept on one base character. */
    public static final int MAX_MARKS = 4;
    /** Characters kept of one token (a run without space); a long URL or number is cut. */
    public static final int MAX_TOKEN = 64;

    private SpeakableText() {
    }

    public static String bound(String text) {
        if (!needsWork(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1 << 20));
        int marks = 0;
        int token = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                if (++marks <= MAX_MARKS && token <= MAX_TOKEN) {
                    out.appendCodePoint(cp);
                }
                continue;
            }
            marks = 0;
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isWide(cp)) {
                token = 0;
                out.appendCodePoint(cp);
                continue;
            }
            if (++token <= MAX_TOKEN) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** A quick look: most text has no long token and no run of marks, and is returned as it is. */
    private static boolean needsWork(String text) {
        int marks = 0;
        int token = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x300 || Character.isSurrogate(c)) {
                marks = 0;
            } else if (isMark(c)) {
                if (++marks > MAX_MARKS) {
                    return true;
                }
                continue;
            } else {
                marks = 0;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isWide(c)) {
                token = 0;
            } else if (++token > MAX_TOKEN) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Han, kana, Hangul and CJK punctuation: each is a word of its own for this purpose. */
    private static boolean isWide(int cp) {
        return cp >= 0x2E80 && (Languages.isHan(cp) || cp <= 0x33FF || (cp >= 0xAC00 && cp <= 0xD7AF)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0xFE30 && cp <= 0xFE4F));
    }
}
