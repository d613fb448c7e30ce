package org.accesspub.braille;

/**
 * Print text as liblouis expects it: every kind of space (no-break U+00A0, ideographic U+3000, the
 * typographic spaces, tabs and line breaks) becomes one ASCII space; invisible format characters
 * (zero-width space and joiners, word joiner, soft hyphen, BOM) go. Some tables throw on U+00A0.
 * The katakana middle dot that Chinese texts often type for the 间隔号 (《感遇・其一》) becomes the
 * 间隔号 U+00B7 the tables know.
 */
public final class PrintText {
    private PrintText() {
    }

    public static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else if (Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL) {
                continue;
            } else {
                sb.appendCodePoint(cp == '\u30FB' ? '\u00B7' : cp);
            }
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }
}
