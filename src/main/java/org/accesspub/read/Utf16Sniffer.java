package org.accesspub.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.accesspub.lang.Languages;

/**
 * Recognises UTF-16 without a byte order mark. Latin text shows it at once (every other byte is
 * zero); Chinese text has few zero bytes, so both byte orders are decoded strictly and one is taken
 * only when nearly every character of it is ordinary text (letters, digits, Han, CJK punctuation,
 * spaces) and it has line breaks — GBK or UTF-8 bytes read as UTF-16 give scattered code points
 * (Hangul, private use, rare blocks), never that.
 */
final class Utf16Sniffer {
    private static final int SAMPLE = 16384;
    private static final double TEXT_SHARE = 0.97;

    private Utf16Sniffer() {
    }

    /** The text, or null when the bytes do not look like UTF-16. */
    static String decode(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int n = Math.min(bytes.length, SAMPLE) & ~1;
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        // Latin text puts its zero bytes on one side; binary data fails the text test below
        Charset first = zeroEven > zeroOdd ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        Charset second = first == StandardCharsets.UTF_16BE ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        for (Charset cs : new Charset[] {first, second}) {
            String text = TextDecoder.decodeOrNull(bytes, 0, cs);
            if (text != null && looksLikeText(text)) {
                return text;
            }
        }
        return null;
    }

    private static boolean looksLikeText(String text) {
        int total = 0;
        int ordinary = 0;
        boolean lineBreak = false;
        int limit = Math.min(text.length(), SAMPLE / 2);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            if (cp == '\n') {
                lineBreak = true;
            }
            if (ordinary(cp)) {
                ordinary++;
            }
        }
        return total > 0 && lineBreak && ordinary >= TEXT_SHARE * total;
    }

    private static boolean ordinary(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t') {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            return false;
        }
        if (cp < 0x250) {
            return true; // ASCII and Latin letters with accents
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return Languages.isHan(cp) || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }
}
