package org.accesspub.write.braille;

import java.util.Map;
import java.util.TreeMap;
import org.accesspub.Warnings;
import org.accesspub.braille.BrailleTable;

/**
 * Characters a table has no braille for, counted while an article is translated and reported once
 * each, by code point and name, with what was written instead. Never dropped silently.
 */
final class UnknownCharacters {
    private record Key(BrailleTable table, int codePoint, boolean inFallback) implements Comparable<Key> {
        public int compareTo(Key o) {
            int c = table.compareTo(o.table);
            return c != 0 ? c : Integer.compare(codePoint, o.codePoint);
        }
    }

    private final Map<Key, Integer> counts = new TreeMap<>();

    void count(BrailleTable table, int codePoint, boolean inFallback) {
        counts.merge(new Key(table, codePoint, inFallback), 1, Integer::sum);
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    void report(Warnings warnings) {
        counts.forEach((k, n) -> warnings.warn(org.accesspub.Warning.of("braille", "braille table " + k.table.id()
                + " has no braille for " + describe(k.codePoint) + " (" + n + (n == 1 ? " time" : " times") + "): written "
                + (k.inFallback ? "in " + BrailleText.FALLBACK.id() : "as its code point " + codePoint(k.codePoint)))
                .alsoFinding("braille-untranslated")));
    }

    static String describe(int cp) {
        String name = Character.getName(cp);
        return codePoint(cp) + (name == null ? "" : " " + name);
    }

    static String codePoint(int cp) {
        return org.accesspub.braille.BrailleCoverage.codePoint(cp);
    }
}
