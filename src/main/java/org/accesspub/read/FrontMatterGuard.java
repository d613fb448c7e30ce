package org.accesspub.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * commonmark-java's YAML front matter parser takes a value that is a single quote character
 * ({@code lang: "}) for a quoted string and fails with StringIndexOutOfBoundsException (found by
 * the Markdown fuzz harness). Such a value is made an empty quoted string before parsing; nothing
 * else in the front matter changes.
 */
final class FrontMatterGuard {
    private static final Pattern CLOSE = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*$");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?m)^([ \\t]*(?:-[ \\t]*|[^:\\n]+:[ \\t]*))([\"'])[ \\t]*$");

    private FrontMatterGuard() {
    }

    static String guard(String text) {
        if (!text.startsWith("---")) {
            return text;
        }
        int start = text.indexOf('\n');
        if (start < 0) {
            return text;
        }
        Matcher close = CLOSE.matcher(text);
        int end = close.find(start) ? close.start() : text.length(); // the parser reads on without a closing line
        String block = text.substring(start, end);
        String fixed = LONE_QUOTE.matcher(block).replaceAll("$1$2$2");
        return fixed.equals(block) ? text : text.substring(0, start) + fixed + text.substring(end);
    }
}
