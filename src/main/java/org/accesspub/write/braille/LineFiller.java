package org.accesspub.write.braille;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.braille.Braille;

/**
 * Fills lines of a fixed width with braille words. A word moves whole to the next line unless it
 * has a hyphenation point that fits (then it breaks there with a hyphen); only a word longer than a
 * whole line is cut where the line ends. Lines carry no trailing blanks.
 */
final class LineFiller {
    /** Dots 3-6: the hyphen of UEB and of Chinese braille (连字符). */
    static final char HYPHEN = '\u2824';
    private static final int SHORTEST_PIECE = 2;

    private final int width;

    LineFiller(int width) {
        this.width = width;
    }

    /** Lines with the first starting after {@code firstIndent} blanks and the rest after {@code runover}. */
    List<String> fill(Braille text, int firstIndent, int runover) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(blanks(firstIndent));
        boolean lineHasWord = false;
        for (Braille word : text.words()) {
            Braille rest = word;
            while (rest != null) {
                int room = width - line.length() - (lineHasWord ? 1 : 0);
                if (rest.length() <= room) {
                    if (lineHasWord) {
                        line.append(Braille.BLANK);
                    }
                    line.append(rest.cells());
                    lineHasWord = true;
                    rest = null;
                    continue;
                }
                int cut = hyphenCut(rest, room);
                if (cut > 0) {
                    if (lineHasWord) {
                        line.append(Braille.BLANK);
                    }
                    line.append(rest.cells(), 0, cut).append(HYPHEN);
                    rest = rest.slice(cut, rest.length());
                } else if (!lineHasWord) {
                    // longer than a whole line and no hyphenation point: cut where the line ends
                    int take = Math.max(1, room);
                    line.append(rest.cells(), 0, take);
                    rest = take < rest.length() ? rest.slice(take, rest.length()) : null;
                }
                lines.add(line.toString());
                line = new StringBuilder(blanks(runover));
                lineHasWord = false;
            }
        }
        if (lineHasWord) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Lines centred between the margins, each at most {@code width - 2 * margin} cells. */
    List<String> centre(Braille text, int margin) {
        List<String> lines = new ArrayList<>();
        LineFiller inner = new LineFiller(Math.max(SHORTEST_PIECE * 4, width - 2 * margin));
        for (String l : inner.fill(text, 0, 0)) {
            lines.add(blanks((width - l.length()) / 2) + l);
        }
        return lines;
    }

    /** The longest prefix ending at a hyphenation point that fits {@code room} with its hyphen, or 0. */
    private static int hyphenCut(Braille word, int room) {
        for (int cut = Math.min(word.length() - SHORTEST_PIECE, room - 1); cut >= SHORTEST_PIECE; cut--) {
            if (word.breakAfter(cut - 1)) {
                return cut;
            }
        }
        return 0;
    }

    static String blanks(int n) {
        return String.valueOf(Braille.BLANK).repeat(Math.max(0, n));
    }
}
