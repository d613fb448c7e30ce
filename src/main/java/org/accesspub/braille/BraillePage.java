package org.accesspub.braille;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accesspub.AccesspubException;

/**
 * A braille page: cells a line and lines a page. 40 × 25 is the common embosser page
 * (11 × 11.5 inch paper); the first line of every page carries the page number.
 */
public record BraillePage(int cells, int lines) {
    public static final BraillePage DEFAULT = new BraillePage(40, 25);
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d{1,3})\\s*[x×X*]\\s*(\\d{1,3})\\s*");

    public BraillePage {
        if (cells < 12 || cells > 100 || lines < 4 || lines > 100) {
            throw AccesspubException.badUsage("braille page " + cells + "x" + lines
                    + " is out of range: use 12-100 cells by 4-100 lines, such as 40x25");
        }
    }

    /** {@code 40x25}: cells by lines. */
    public static BraillePage parse(String text) {
        Matcher m = SIZE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw AccesspubException.badUsage("unknown braille page '" + text + "': give cells x lines, such as 40x25");
        }
        return new BraillePage(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
}
