package org.accesspub.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding a web page declares in its first bytes ({@code <meta charset>}, {@code <meta http-equiv=
 * "Content-Type" content="…; charset=…">} or the XML declaration), mapped as browsers map labels (WHATWG
 * Encoding): GB2312 and GBK are read as GB18030, Big5 as Big5-HKSCS, Latin-1 and ASCII as windows-1252, a
 * declared UTF-16 as UTF-8. Null when nothing usable is declared.
 */
final class DeclaredCharset {
    /** Browsers look this far for the declaration. */
    private static final int PRESCAN = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML = Pattern.compile(
            "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("chinese", "GB18030"), Map.entry("csgb2312", "GB18030"), Map.entry("gb_2312-80", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("big5-hkscs", "Big5-HKSCS"), Map.entry("cn-big5", "Big5-HKSCS"),
            Map.entry("x-x-big5", "Big5-HKSCS"), Map.entry("csbig5", "Big5-HKSCS"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("l1", "windows-1252"), Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("utf-16", "UTF-8"), Map.entry("utf-16le", "UTF-8"), Map.entry("utf-16be", "UTF-8"),
            Map.entry("unicode", "UTF-8"), Map.entry("utf8", "UTF-8"));

    private DeclaredCharset() {
    }

    static Charset of(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = XML.matcher(head);
        String label = m.find() ? m.group(1) : null;
        if (label == null) {
            Matcher meta = META.matcher(head);
            label = meta.find() ? meta.group(1) : null;
        }
        return label == null ? null : forLabel(label);
    }

    static Charset forLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        String name = LABELS.getOrDefault(l, l);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null; // an illegal charset name: as if nothing were declared
        }
    }
}
