package org.accesspub.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.accesspub.lang.Languages;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;

/**
 * Finds verse in plain text: a run of short lines whose breaks are part of the text (a poem, lyrics,
 * an address) stays a {@link Block.LineBlock}, and a poem's title — a {@code 《…》} line, or a short
 * line followed by an author line ({@code 作者：张九龄}, {@code 〔唐〕李白}, {@code 唐・王维}, {@code by …})
 * — becomes a heading with its author line kept as a paragraph.
 *
 * <p>A run of lines is verse when it has at least two lines and, in Chinese, every line is at most
 * 32 characters and ends in a clause mark (，。！？；…), or no line has one and each is at most 20
 * characters (modern verse, an address); in other languages every line is at most 60 characters and
 * each after the first starts with a capital, a digit or a quote. Wrapped prose fails these tests:
 * its lines end mid-clause or continue in lower case. When every line is indented, the indents mark
 * paragraphs, so the run is prose unless it follows a poem title.
 */
final class Verse {
    private static final Pattern BOOK_TITLE = Pattern.compile("^《([^《》]{1,40})》\\s*(.*)$");
    private static final Pattern AUTHOR = Pattern.compile(
            "^(?:(?:作者|作\\s者|诗人|词人)\\s*[:：]\\s*\\S.{0,24}"
                    + "|[〔\\[［【(（]\\s*[\\p{IsHan}]{1,4}\\s*[〕\\]］】)）]\\s*[\\p{IsHan}·・]{1,12}"
                    + "|(?:先秦|汉|魏|晋|南朝|北朝|隋|唐|五代|南唐|宋|北宋|南宋|金|元|明|清|近代|现代|当代)\\s*[·・•．.]\\s*[\\p{IsHan}·・]{1,12}"
                    + "|(?i:by)\\s+\\p{Lu}.{0,50}|[—–]\\s*\\p{Lu}.{0,50})$");
    private static final Pattern BARE_NAME = Pattern.compile("^[\\p{IsHan}·・]{2,5}$");
    private static final String CLAUSE_END = "，。！？；、：…—」』”’）,.!?;:";
    private static final Pattern CLAUSE_MARK = Pattern.compile("[，。！？；]");
    private static final String TITLE_END = "，。！？；：,.;:";

    private Verse() {
    }

    /** One line of a run of text, as written, and whether it started indented. */
    record Line(String text, boolean indented) {
    }

    /** Whether {@code line} is a poem title in book-title marks: {@code 《静夜思》}, maybe followed by its author. */
    static boolean isBookTitle(String line) {
        return BOOK_TITLE.matcher(line).matches();
    }

    /**
     * The blocks of a run of lines when it is a poem or verse: a heading (the title), a paragraph (the
     * author line) and a line block (the verse), each when present; null when the run is prose.
     */
    static List<Block> read(List<Line> lines) {
        List<Block> out = new ArrayList<>();
        int n = lines.size();
        String title = null;
        String author = null;
        int i = 0;
        var book = BOOK_TITLE.matcher(lines.get(0).text());
        if (book.matches()) {
            title = book.group(1).strip();
            author = book.group(2).isBlank() ? null : book.group(2).strip();
            i = 1;
        } else if (n >= 2 && isShortTitle(lines.get(0).text()) && isAuthor(lines, 1)) {
            title = lines.get(0).text();
            i = 1;
        }
        if (title != null && author == null && i < n && isAuthor(lines, i)) {
            author = lines.get(i).text();
            i++;
        }
        List<Line> verse = lines.subList(i, n);
        if (title == null) {
            return isVerse(verse, false) ? List.of(lineBlock(verse)) : null;
        }
        if (!verse.isEmpty() && !isVerse(verse, true)) {
            return null;
        }
        if (verse.isEmpty() && author == null && !book.matches()) {
            return null;
        }
        out.add(new Block.Heading(2, List.of(new Inline.Text(title))));
        if (author != null) {
            out.add(Block.Paragraph.of(author));
        }
        if (!verse.isEmpty()) {
            out.add(lineBlock(verse));
        }
        return out;
    }

    /**
     * An author line at {@code i}: {@code 作者：…}, a dynasty and a name, {@code by …}; or a bare name of
     * two to five Han characters when verse follows it.
     */
    private static boolean isAuthor(List<Line> lines, int i) {
        String line = lines.get(i).text();
        if (AUTHOR.matcher(line).matches()) {
            return true;
        }
        return BARE_NAME.matcher(line).matches() && i + 1 < lines.size()
                && isVerse(lines.subList(i + 1, lines.size()), true);
    }

    /** A line short enough to be a title and not ending a clause. */
    private static boolean isShortTitle(String line) {
        boolean han = line.codePoints().anyMatch(Languages::isHan);
        return line.codePointCount(0, line.length()) <= (han ? 20 : 60)
                && TITLE_END.indexOf(line.charAt(line.length() - 1)) < 0;
    }

    private static boolean isVerse(List<Line> lines, boolean afterTitle) {
        if (lines.isEmpty() || (!afterTitle && (lines.size() < 2 || lines.stream().allMatch(Line::indented)))) {
            return false;
        }
        boolean han = lines.stream().anyMatch(l -> l.text().codePoints().anyMatch(Languages::isHan));
        if (han) {
            boolean clauses = lines.stream().allMatch(l -> length(l) <= 32
                    && CLAUSE_END.indexOf(l.text().charAt(l.text().length() - 1)) >= 0);
            boolean bare = lines.stream().allMatch(l -> length(l) <= 20 && !CLAUSE_MARK.matcher(l.text()).find());
            return clauses || bare;
        }
        if (lines.stream().anyMatch(l -> length(l) > 60)) {
            return false;
        }
        for (int i = 1; i < lines.size(); i++) {
            int first = lines.get(i).text().codePointAt(0);
            if (!Character.isUpperCase(first) && !Character.isDigit(first) && "\"'“‘(".indexOf(first) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int length(Line l) {
        return l.text().codePointCount(0, l.text().length());
    }

    private static Block.LineBlock lineBlock(List<Line> lines) {
        return Block.LineBlock.of(lines.stream().map(Line::text).toList());
    }
}
