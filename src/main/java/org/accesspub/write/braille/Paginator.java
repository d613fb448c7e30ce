package org.accesspub.write.braille;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.braille.BraillePage;

/**
 * Puts laid-out blocks on pages. The first line of every page carries the braille page number at
 * the right margin; text fills the lines below. Blank lines are never carried to the top of a page;
 * a heading moves to the next page rather than end one, so it stays with the first two lines of what
 * follows; a block longer than what is left simply flows on.
 */
final class Paginator {
    private static final String DIGITS_AS_LETTERS = "\u281A\u2801\u2803\u2809\u2819\u2811\u280B\u281B\u2813\u280A";
    private static final char NUMBER_SIGN = '\u283C';
    private static final int KEEP_LINES = 2;

    private final BraillePage page;

    Paginator(BraillePage page) {
        this.page = page;
    }

    /** Pages of lines of Unicode braille, page number line included, without trailing blank lines. */
    List<List<String>> paginate(List<LaidBlock> blocks) {
        int textLines = page.lines() - 1;
        List<List<String>> pages = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            LaidBlock block = blocks.get(b);
            if (block.lines().isEmpty()) {
                continue;
            }
            int before = body.isEmpty() ? 0 : Math.max(0, block.blankLinesBefore() - trailingBlanks(body));
            int needed = before + block.lines().size() + keptLines(blocks, b + 1);
            if (block.keepWithNext() && !body.isEmpty() && body.size() + needed > textLines
                    && needed - before <= textLines) {
                pages.add(body);
                body = new ArrayList<>();
                before = 0;
            }
            for (int i = 0; i < before && body.size() < textLines; i++) {
                body.add("");
            }
            for (String line : block.lines()) {
                if (body.size() == textLines) {
                    pages.add(body);
                    body = new ArrayList<>();
                }
                body.add(line);
            }
        }
        if (!body.isEmpty() || pages.isEmpty()) {
            pages.add(body);
        }
        List<List<String>> numbered = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = new ArrayList<>();
            String number = pageNumber(p + 1);
            lines.add(LineFiller.blanks(page.cells() - number.length()) + number);
            lines.addAll(trimBlankEnd(pages.get(p)));
            numbered.add(lines);
        }
        return numbered;
    }

    /** Lines of the next non-empty block that a heading keeps on its page: up to two, with its spacing. */
    private static int keptLines(List<LaidBlock> blocks, int from) {
        for (int i = from; i < blocks.size(); i++) {
            LaidBlock next = blocks.get(i);
            if (!next.lines().isEmpty()) {
                return next.blankLinesBefore() + Math.min(KEEP_LINES, next.lines().size());
            }
        }
        return 0;
    }

    private static int trailingBlanks(List<String> lines) {
        int n = 0;
        while (n < lines.size() && lines.get(lines.size() - 1 - n).isEmpty()) {
            n++;
        }
        return n;
    }

    private static List<String> trimBlankEnd(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isEmpty()) {
            end--;
        }
        return lines.subList(0, end);
    }

    /** {@code ⠼⠁⠃} for 12: the number sign and the digits as letters a–j, the same in UEB and Chinese braille. */
    static String pageNumber(int n) {
        StringBuilder sb = new StringBuilder().append(NUMBER_SIGN);
        for (char d : Integer.toString(n).toCharArray()) {
            sb.append(DIGITS_AS_LETTERS.charAt(d - '0'));
        }
        return sb.toString();
    }
}
