package org.accesspub.read;

import org.accesspub.lang.Languages;

/**
 * Makes ASCII punctuation inside Chinese text full-width, as Chinese typesetting expects:
 * {@code 3月16日,无锡高新区(新吴区)召开} becomes {@code 3月16日，无锡高新区（新吴区）召开}. Only marks that
 * sit against Han characters change; times ({@code 08:57}), numbers, URLs and Latin text stay as written.
 */
public final class ChinesePunctuation {
    private static final String ASCII = ",:;!?";
    private static final String FULL = "，：；！？";

    private ChinesePunctuation() {
    }

    public static String apply(String text) {
        if (text.indexOf(',') < 0 && text.indexOf(':') < 0 && text.indexOf(';') < 0 && text.indexOf('!') < 0
                && text.indexOf('?') < 0 && text.indexOf('(') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            int k = ASCII.indexOf(c);
            boolean chineseAfter = isChineseAfterOrEnd(sb, i);
            // A comma after a number or a Latin word still ends a Chinese clause when Chinese follows (6.3%，超过).
            boolean clauseEnd = c != ':' && i + 1 < sb.length() && chineseAfter && i > 0 && !Character.isWhitespace(sb.charAt(i - 1));
            if (k >= 0 && (isChineseBefore(sb, i) && chineseAfter || clauseEnd)) {
                sb.setCharAt(i, FULL.charAt(k));
            } else if (c == '(') {
                int close = sb.indexOf(")", i + 1);
                if (close > i && sb.indexOf("(", i + 1) < 0 || close > i && sb.indexOf("(", i + 1) > close) {
                    if (hasHan(sb, i + 1, close) && (isChineseBefore(sb, i) || isChineseAfterOrEnd(sb, close))) {
                        sb.setCharAt(i, '（');
                        sb.setCharAt(close, '）');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean isChineseBefore(CharSequence s, int i) {
        return i > 0 && isChinese(Character.codePointBefore(s, i));
    }

    /** The next character is Chinese, or the mark ends the text or a Chinese quote follows. */
    private static boolean isChineseAfterOrEnd(CharSequence s, int i) {
        if (i + 1 >= s.length()) {
            return true;
        }
        return isChinese(Character.codePointAt(s, i + 1));
    }

    /** Han, CJK punctuation and full-width forms, and the curly quotes Chinese text uses. */
    private static boolean isChinese(int cp) {
        return Languages.isHan(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || cp == '“' || cp == '”' || cp == '‘' || cp == '’';
    }

    private static boolean hasHan(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Languages.isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
