package org.accesspub.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.accesspub.AccesspubException;

/**
 * Turns the bytes of a source into clean text: a BOM wins (UTF-8, UTF-16LE/BE), else UTF-16 that
 * reads as text without one ({@link Utf16Sniffer}), else strict UTF-8, else the encoding a web page declares
 * ({@link DeclaredCharset}: Big5, Shift_JIS, windows-1252 …), else GB18030 (which covers GBK and GB2312); the
 * user's {@code --encoding} overrides all. Line
 * ends become {@code \n}, and control characters other than tab and newline are removed, terminal
 * colour codes included.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    // ESC [ … final byte (colours, cursor moves) and ESC ] … BEL/ST (titles).
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]|[\\u200B\\uFEFF\\u2028\\u2029]");

    private TextDecoder() {
    }

    /** Decodes and cleans; {@code name} is used in error messages only. */
    public static String decode(byte[] bytes, Charset forced, String name) {
        return decode(bytes, forced, null, name);
    }

    /**
     * Decodes and cleans a source whose own text declares {@code declared} (a web page's meta charset; null
     * for none). Bytes that are valid UTF-8 are read as UTF-8 whatever is declared (pages often say
     * ISO-8859-1 and are UTF-8); otherwise the declared encoding is used, a stray invalid byte becoming
     * U+FFFD as in a browser.
     */
    public static String decode(byte[] bytes, Charset forced, Charset declared, String name) {
        String text = clean(toString(bytes, forced, declared, name));
        if (isBlank(text)) {
            throw AccesspubException.badInput(name + " is empty: give a file with the article's text");
        }
        return text;
    }

    private static String toString(byte[] bytes, Charset forced, Charset declared, String name) {
        if (forced != null) {
            return strict(bytes, 0, forced, name, "it is not valid " + forced.name()
                    + ": check --encoding (utf-8, gb18030, utf-16 …)");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, name, "it has a UTF-8 mark but is not valid UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, name, "it has a UTF-16 mark but is not valid UTF-16");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, name, "it has a UTF-16 mark but is not valid UTF-16");
        }
        String utf16 = Utf16Sniffer.decode(bytes);
        if (utf16 != null) {
            return utf16; // UTF-16 without a BOM, as Windows tools save "Unicode" text
        }
        if (looksBinary(bytes)) {
            throw AccesspubException.badInput(name + " looks like a binary file, not text:"
                    + " give a .txt, .md or .html article");
        }
        try {
            return decodeStrict(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            if (declared != null) {
                return new String(bytes, declared);
            }
            return strict(bytes, 0, GB18030, name, "it is neither UTF-8 nor GB18030/GBK:"
                    + " name its encoding with --encoding");
        }
    }

    /** Strict decoding from {@code offset}; null when the bytes are not valid in that charset. */
    static String decodeOrNull(byte[] bytes, int offset, Charset cs) {
        try {
            return decodeStrict(bytes, offset, cs);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String name, String problem) {
        try {
            return decodeStrict(bytes, offset, cs);
        } catch (CharacterCodingException e) {
            throw AccesspubException.badInput("cannot read " + name + ": " + problem);
        }
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset cs) throws CharacterCodingException {
        CharBuffer chars = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /** NUL bytes do not occur in text of any encoding we read without a BOM. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Blank in the wide sense: no-break and ideographic spaces count as space. */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /** Line ends to {@code \n}; colour codes and other control characters removed. */
    public static String clean(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        s = ANSI.matcher(s).replaceAll("");
        return CONTROL.matcher(s).replaceAll("");
    }
}
