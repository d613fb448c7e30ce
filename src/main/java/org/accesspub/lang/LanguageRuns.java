package org.accesspub.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs by language, so that writers can mark an English passage inside a Chinese
 * article ({@code <span lang="en">}, PDF {@code /Lang}, DOCX {@code w:lang}) and speech can read it
 * as English. A run of Latin text counts as English when it holds a word of two letters or more;
 * lone letters such as the X in 6+2+X stay with the surrounding Chinese.
 */
public final class LanguageRuns {

    /** A stretch of text in one language. */
    public record Run(String text, String language) {
    }

    private LanguageRuns() {
    }

    public static List<Run> split(String text, String baseLanguage) {
        boolean chineseBase = Languages.isChinese(baseLanguage);
        String other = chineseBase ? "en" : "zh";
        List<Run> runs = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            int end = chineseBase ? latinSpanEnd(text, i) : hanSpanEnd(text, i);
            if (end > i) {
                if (i > start) {
                    runs.add(new Run(text.substring(start, i), baseLanguage));
                }
                runs.add(new Run(text.substring(i, end), other));
                start = end;
                i = end;
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        if (start < text.length()) {
            runs.add(new Run(text.substring(start), baseLanguage));
        }
        return merge(runs);
    }

    /** End of an English span starting at i (a Latin letter), or i when there is none. */
    private static int latinSpanEnd(String text, int i) {
        if (!Languages.isLatinLetter(text.codePointAt(i)) || (i > 0 && Character.isLetterOrDigit(text.codePointBefore(i))
                && !Languages.isHan(text.codePointBefore(i)))) {
            return i;
        }
        int end = i;
        int lastLetter = i;
        int longestWord = 0;
        int word = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!isLatinish(cp)) {
                break;
            }
            if (Languages.isLatinLetter(cp)) {
                word++;
                longestWord = Math.max(longestWord, word);
                lastLetter = end + Character.charCount(cp);
            } else {
                word = 0;
            }
            end += Character.charCount(cp);
        }
        // Trailing spaces and punctuation belong to the surrounding text.
        int stop = lastLetter;
        while (stop < end && (Character.isLetterOrDigit(text.codePointAt(stop)) || "'’.".indexOf(text.charAt(stop)) >= 0)) {
            stop++;
        }
        return longestWord >= 2 ? stop : i;
    }

    private static boolean isLatinish(int cp) {
        return Languages.isLatinLetter(cp) || (cp < 0x80 && (Character.isLetterOrDigit(cp) || " '-.,&/:".indexOf(cp) >= 0))
                || cp == '’';
    }

    private static int hanSpanEnd(String text, int i) {
        int end = i;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            if (!Languages.isHan(cp) && !(end > i && isCjkPunctuation(cp))) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    private static boolean isCjkPunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (!out.isEmpty() && out.get(out.size() - 1).language().equals(r.language())) {
                Run last = out.remove(out.size() - 1);
                out.add(new Run(last.text() + r.text(), r.language()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
