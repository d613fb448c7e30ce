package org.accesspub.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric character references that name no character: {@code &#xD800;} (half of a surrogate pair)
 * or a number beyond Unicode. Parsers decode the first to a lone surrogate, which no writer can
 * encode (POI failed in core.xml after the PDF and EPUB were written); both become U+FFFD, the
 * replacement character, before any parser sees them.
 */
final class CharacterReferences {
    private static final Pattern NUMERIC = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,16})|([0-9]{1,20}));?");

    private CharacterReferences() {
    }

    static String withoutSurrogates(String text) {
        if (text.indexOf("&#") < 0) {
            return text;
        }
        Matcher m = NUMERIC.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            long cp = value(m.group(1) != null ? m.group(1) : m.group(2), m.group(1) != null ? 16 : 10);
            boolean bad = (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF;
            m.appendReplacement(out, bad ? "&#xFFFD;" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static long value(String digits, int radix) {
        String d = digits.replaceFirst("^0+(?=.)", "");
        return d.length() > 8 ? Long.MAX_VALUE : Long.parseLong(d, radix);
    }
}
