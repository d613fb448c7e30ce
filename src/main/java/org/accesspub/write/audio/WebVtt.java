package org.accesspub.write.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Set;
import org.accesspub.lang.BreakMarks;
import org.accesspub.lang.ChineseWords;
import org.accesspub.lang.Graphemes;

/**
 * The transcript: the utterances' text as written, in cues a reader can take in at a glance. An utterance
 * that fits is one cue; a longer one is cut into cues of at most {@value #MAX_LINES} lines of at most
 * {@value #MAX_WIDE} wide (Han, kana, Hangul, full-width) or {@value #MAX_UNITS} narrow characters, each cue at
 * most {@value #MAX_CUE_MS} ms long. Lines end at a pause where one is near: after clause punctuation first
 * (，、；：, ;:), then at a space (the space is dropped), then between two words (Chinese segmented) next to a wide character,
 * and only when a single word is longer than a line, inside it (never inside a grapheme). The utterance's time
 * is shared between its pieces in proportion to their width: a wide character counts 2, any other 1, so the
 * pieces follow each other without a gap, in order. Only the transcript is cut: talking books and chapters
 * keep one clip per sentence.
 */
final class WebVtt {
    static final int MAX_LINES = 2;
    static final int MAX_UNITS = 42;
    static final int MAX_WIDE = 20;
    static final long MAX_CUE_MS = 7000;
    /** Rounding of the shared times may add 1 ms per end; this keeps every cue within the limit. */
    private static final long BUDGET_MS = MAX_CUE_MS - 10;
    private static final String CLAUSE_WIDE = "，、；：。！？…—";
    private static final String CLAUSE_NARROW = ",;:.!?";
    private static final String NO_LINE_START = BreakMarks.NOT_AT_LINE_START;
    private static final String NO_LINE_END = BreakMarks.NOT_AT_LINE_END;

    private WebVtt() {
    }

    static String of(Timeline timeline) {
        StringBuilder sb = new StringBuilder("WEBVTT\n\n");
        int n = 1;
        for (Timeline.Cue cue : timeline.cues()) {
            for (Piece p : pieces(clean(cue.text()), cue.startMs(), cue.endMs())) {
                sb.append(n++).append('\n')
                  .append(time(p.startMs())).append(" --> ").append(time(p.endMs())).append('\n');
                for (int i = 0; i < p.lines().size(); i++) {
                    sb.append(i > 0 ? "\n" : "").append(escape(p.lines().get(i)));
                }
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }

    /** One cue: its one or two lines (unescaped) and its share of the utterance's time. */
    record Piece(List<String> lines, long startMs, long endMs) {
    }

    /** Cuts a cleaned utterance into cues within the limits; none empty, in order, times contiguous. */
    static List<Piece> pieces(String text, long startMs, long endMs) {
        List<Piece> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        List<Integer> at = new ArrayList<>(); // grapheme starts, then text.length()
        for (int i = 0; i < text.length(); i = Graphemes.end(text, i)) {
            at.add(i);
        }
        at.add(text.length());
        int n = at.size() - 1;
        long[] before = new long[n + 1]; // width of the graphemes before each one
        for (int g = 0; g < n; g++) {
            before[g + 1] = before[g] + (wide(text.codePointAt(at.get(g))) ? 2 : 1);
        }
        long total = before[n];
        long span = Math.max(0, endMs - startMs);
        // the width that may be said within one cue's time
        long perCue = span <= BUDGET_MS ? total : Math.max(1, BUDGET_MS * total / span);
        // a cut to keep within the time leaves room for a space dropped at the cut
        long perLine = Math.min(MAX_UNITS, span <= BUDGET_MS || perCue <= 2 ? perCue : perCue - 1);
        List<int[]> lines = new ArrayList<>(); // {first grapheme, end grapheme, next line's first}
        Set<Integer> words = null;
        for (int from = 0; from < n; ) {
            int end = from + 1;
            int wides = wide(text.codePointAt(at.get(from))) ? 1 : 0;
            while (end < n) {
                boolean w = wide(text.codePointAt(at.get(end)));
                long units = before[end + 1] - before[from];
                if (units > perLine || wides + (w ? 1 : 0) > MAX_WIDE) {
                    break;
                }
                wides += w ? 1 : 0;
                end++;
            }
            if (end < n && words == null) {
                words = wordStarts(text);
            }
            int[] cut = end == n ? new int[] {from, n, n} : cut(text, at, words, from, end);
            lines.add(cut);
            from = cut[2];
        }
        for (int i = 0; i < lines.size(); ) {
            int j = i + 1;
            while (j < lines.size() && j - i < MAX_LINES && before[lines.get(j)[2]] - before[lines.get(i)[0]] <= perCue) {
                j++;
            }
            List<String> shown = new ArrayList<>();
            for (int k = i; k < j; k++) {
                String line = text.substring(at.get(lines.get(k)[0]), at.get(lines.get(k)[1])).strip();
                if (!line.isEmpty()) {
                    shown.add(line);
                }
            }
            if (!shown.isEmpty()) {
                long s = startMs + span * before[lines.get(i)[0]] / total;
                long e = j == lines.size() ? endMs : startMs + span * before[lines.get(j)[0]] / total;
                out.add(new Piece(List.copyOf(shown), s, e));
            }
            i = j;
        }
        return out;
    }

    /**
     * Where to end a line that starts at grapheme {@code from} and may run to {@code end} (exclusive): {from,
     * end of the line, first grapheme of the next}. A pause in the last two thirds of the room wins.
     */
    private static int[] cut(String text, List<Integer> at, Set<Integer> words, int from, int end) {
        int least = from + Math.max(1, (end - from) / 3);
        for (int b = end; b >= least; b--) { // after clause punctuation
            String prev = text.substring(at.get(b - 1), at.get(b));
            if (CLAUSE_WIDE.contains(prev) && !NO_LINE_START.contains(text.substring(at.get(b), at.get(b + 1)))) {
                return new int[] {from, b, b};
            }
            if (CLAUSE_NARROW.contains(prev) && space(text, at, b) && b + 1 < at.size() - 1) {
                return new int[] {from, b, b + 1};
            }
        }
        for (int b = end; b >= least; b--) { // at a space between two narrow characters
            if (space(text, at, b) && !space(text, at, b - 1) && b + 1 < at.size() - 1 && !space(text, at, b + 1)
                    && !wide(text.codePointAt(at.get(b - 1))) && !wide(text.codePointAt(at.get(b + 1)))) {
                return new int[] {from, b, b + 1};
            }
        }
        for (int b = end; b > from; b--) { // next to a wide character, between two Chinese words
            int p = text.codePointAt(at.get(b - 1));
            int q = text.codePointAt(at.get(b));
            if ((wide(p) || wide(q)) && !Character.isWhitespace(p) && !Character.isWhitespace(q) && words.contains(at.get(b))
                    && !NO_LINE_START.contains(text.substring(at.get(b), at.get(b + 1)))
                    && !NO_LINE_END.contains(text.substring(at.get(b - 1), at.get(b)))) {
                return new int[] {from, b, b};
            }
        }
        return new int[] {from, end, end}; // a word longer than a line
    }

    /** Where the text's words start (Chinese segmented by HanLP); every index when it has no Han. */
    private static Set<Integer> wordStarts(String text) {
        Set<Integer> starts = new HashSet<>();
        if (text.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            for (int i = 0; i <= text.length(); i++) {
                starts.add(i);
            }
            return starts;
        }
        int i = 0;
        for (String word : ChineseWords.segment(text)) {
            starts.add(i);
            i += word.length();
        }
        return starts;
    }

    private static boolean space(String text, List<Integer> at, int g) {
        return g < at.size() - 1 && Character.isWhitespace(text.codePointAt(at.get(g)));
    }

    /** Han, kana, Hangul, CJK symbols, full-width forms and emoji: shown about twice as wide as a Latin letter. */
    static boolean wide(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || s == Character.UnicodeScript.BOPOMOFO
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF60 || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1FAFF;
    }

    /**
     * Two consecutive pieces of one utterance (cues or lines) as the text writes them: a space between two
     * narrow characters (where a line was cut at a space), nothing otherwise.
     */
    static String join(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before + after;
        }
        boolean narrow = !wide(before.codePointBefore(before.length())) && !wide(after.codePointAt(0));
        return before + (narrow ? " " : "") + after;
    }

    static String time(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /** Cue text may not hold a blank line, and control characters are dropped. */
    private static String clean(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }

    /** Cue text may not hold "-->", and &, < and > must be escaped. */
    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
