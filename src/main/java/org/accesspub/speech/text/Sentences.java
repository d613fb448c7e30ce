package org.accesspub.speech.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences for speech: after 。！？；… and after . ! ? — but not inside a number
 * (3.5), after an abbreviation (Mr., e.g.) or an initial (J. Smith), nor before a lower-case word.
 * Closing quotes and brackets stay with their sentence; a line break always ends one.
 */
public final class Sentences {
    private static final String ENDS = "。！？；…!?";
    private static final String CLOSERS = "”’\"')）】」』》]";
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs",
            "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "gov", "gen", "sen", "rep", "mt", "u.s", "u.k", "fig", "approx", "dept", "est",
            "a.m", "p.m", "rev", "capt", "col", "lt", "sgt", "ave", "rd");

    /**
     * A heading's or caption's number before its text ("3.1.", "表 3.1.", "Table 2."): its period does not end a
     * sentence, so the number stays with the text it numbers (one cue, one highlight, one chapter title).
     */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "\\s*(?:(?:\\p{IsHan}{1,3}|Table|Figure|Fig|Chapter|Section|Part|Step|Appendix|Example|Listing|Equation)"
                    + "\\s*)?[0-9０-９]+(?:[.．][0-9０-９]+)*");

    private Sentences() {
    }

    public static List<String> split(String text) {
        return spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** Where a sentence lies in its text: {@code [start, end)}, without the whitespace around it. */
    public record Span(int start, int end) {
    }

    /** The sentences of a text as {@link #split} cuts them, by where they lie in it. */
    public static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean end = c == '\n' || ENDS.indexOf(c) >= 0 || (c == '.' && endsWithPeriod(text, i)
                    && !(i - start <= 40 && LABEL.matcher(text.substring(start, i)).matches()));
            i++;
            if (end) {
                while (i < text.length() && (ENDS.indexOf(text.charAt(i)) >= 0 || CLOSERS.indexOf(text.charAt(i)) >= 0
                        || text.charAt(i) == '.')) {
                    i++;
                }
                add(out, text, start, i);
                start = i;
            }
        }
        add(out, text, start, text.length());
        return out;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            out.add(new Span(a, b));
        }
    }

    private static boolean endsWithPeriod(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && CLOSERS.indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next < text.length()) {
            char n = text.charAt(next);
            boolean cjk = n >= 0x2E80;
            if (!Character.isWhitespace(n) && !cjk) {
                return false; // 3.5, example.com, U.S.
            }
            int word = next;
            while (word < text.length() && Character.isWhitespace(text.charAt(word))) {
                word++;
            }
            if (word < text.length() && Character.isLowerCase(text.charAt(word))) {
                return false; // "a.m. tomorrow", "etc. and"
            }
        }
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String before = text.substring(w, dot);
        if (before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
            return false; // an initial: J. Smith
        }
        return !ABBREVIATIONS.contains(before.toLowerCase(Locale.ROOT));
    }
}
