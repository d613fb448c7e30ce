package org.accesspub.braille;

import java.util.Map;
import java.util.TreeMap;
import org.accesspub.lang.LanguageRuns;
import org.accesspub.lang.Languages;

/**
 * Which characters of a text the braille tables lack, asked cheaply (one cached question per character
 * and table, no translation, no layout) for the self-check. The same choices as {@link BrailleText}: a
 * passage takes the table of its language, a lone Latin letter the Latin table; what is counted here is
 * what the braille writer reports and writes in UEB grade 1 or as its code point (a Han character a
 * Mandarin table lacks is spelled from its reading, {@link ReadingSpeller}, and is not counted).
 */
public final class BrailleCoverage {
    /** A character one table has no braille for, and what is written instead ({@code ueb-g1} or {@code U+3400}). */
    public record Missing(String table, int codePoint, String writtenAs) implements Comparable<Missing> {
        @Override
        public int compareTo(Missing o) {
            int c = table.compareTo(o.table);
            return c != 0 ? c : Integer.compare(codePoint, o.codePoint);
        }
    }

    private BrailleCoverage() {
    }

    /** The characters of {@code text} that its tables lack, with how often each occurs. */
    public static Map<Missing, Integer> missing(BrailleTables tables, String language, String text) {
        Map<Missing, Integer> missing = new TreeMap<>();
        for (LanguageRuns.Run run : LanguageRuns.split(PrintText.normalise(text), language)) {
            BrailleTable table = tables.forLanguage(run.language());
            run.text().codePoints().forEach(cp -> {
                if (cp == ' ' || Character.isWhitespace(cp) || Louis.knows(table, cp)
                        || Languages.isHan(cp) && ReadingSpeller.spell(table, cp) != null) {
                    return; // a Han character a Mandarin table lacks is spelled from its reading
                }
                boolean fallback = table != BrailleTable.FALLBACK && Louis.knows(BrailleTable.FALLBACK, cp);
                if (fallback && Languages.isLatinLetter(cp)) {
                    return; // a lone letter is written by the Latin table, as in English passages
                }
                String as = fallback ? BrailleTable.FALLBACK.id() : codePoint(cp);
                missing.merge(new Missing(table.id(), cp, as), 1, Integer::sum);
            });
        }
        return missing;
    }

    /** {@code U+3400}: how a character no table has is written. */
    public static String codePoint(int cp) {
        return String.format(java.util.Locale.ROOT, "U+%04X", cp);
    }
}
