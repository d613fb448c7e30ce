package org.accesspub.braille;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Braille cells as Unicode braille patterns (U+2800–U+283F for six-dot braille), with the places a
 * line may break inside a word: {@code breakAfter(i)} means a hyphen may follow cell {@code i} at the
 * end of a line. A blank cell (U+2800) separates words. Immutable.
 */
public record Braille(String cells, BitSet breaks) {
    public static final char BLANK = '\u2800';
    public static final Braille EMPTY = new Braille("", new BitSet());

    public Braille {
        breaks = (BitSet) breaks.clone();
    }

    public static Braille of(String cells) {
        return new Braille(cells, new BitSet());
    }

    public boolean breakAfter(int i) {
        return breaks.get(i);
    }

    public boolean isBlank() {
        return cells.chars().allMatch(c -> c == BLANK);
    }

    public Braille append(Braille other) {
        BitSet b = (BitSet) breaks.clone();
        other.breaks.stream().forEach(i -> b.set(cells.length() + i));
        return new Braille(cells + other.cells, b);
    }

    /** All parts in order, in time linear in their total length. */
    public static Braille concat(List<Braille> parts) {
        StringBuilder cells = new StringBuilder();
        BitSet breaks = new BitSet();
        for (Braille p : parts) {
            int offset = cells.length();
            p.breaks.stream().forEach(i -> breaks.set(offset + i));
            cells.append(p.cells);
        }
        return new Braille(cells.toString(), breaks);
    }

    /** The words: runs of cells between blanks, each with its own break points. */
    public List<Braille> words() {
        List<Braille> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cells.length(); i++) {
            boolean blank = i == cells.length() || cells.charAt(i) == BLANK;
            if (blank && start >= 0) {
                words.add(slice(start, i));
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return words;
    }

    public Braille slice(int from, int to) {
        return new Braille(cells.substring(from, to), breaks.get(from, Math.max(from, to - 1)));
    }

    public int length() {
        return cells.length();
    }
}
