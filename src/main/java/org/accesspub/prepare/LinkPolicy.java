package org.accesspub.prepare;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for which links every output keeps: {@code http}, {@code https}, {@code mailto} and
 * {@code tel}. Invisible, control and bidirectional-override characters are removed before the scheme
 * is read (so {@code java&#x2060;script:} is {@code javascript:} and refused); internationalised
 * addresses are converted to ASCII (host by IDNA, the rest percent-encoded as UTF-8), not dropped.
 * Any other link (relative, fragment, {@code file:}, {@code smb:}, UNC, {@code ms-msdt:} …) keeps its
 * text and loses its target, the same in every format.
 */
public final class LinkPolicy {
    public static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
    /** Longer addresses are not links but payloads. */
    static final int MAX_LENGTH = 4096;
    private static final String HEX = "0123456789ABCDEF";

    private LinkPolicy() {
    }

    /** The address to link to, as an ASCII URI, or empty when the link must not be followed. */
    public static Optional<String> target(String href) {
        if (href == null || href.length() > MAX_LENGTH * 4) {
            return Optional.empty();
        }
        String h = visible(href).strip();
        int colon = h.indexOf(':');
        if (colon <= 0 || h.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String scheme = h.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            return Optional.empty();
        }
        String rest = h.substring(colon + 1);
        try {
            if (scheme.equals("http") || scheme.equals("https")) {
                return web(scheme, rest);
            }
            if (rest.isBlank() || rest.startsWith("/")) {
                return Optional.empty();
            }
            return Optional.of(new URI(scheme + ":" + encode(rest)).toASCIIString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> web(String scheme, String rest) throws URISyntaxException {
        if (!rest.startsWith("//")) {
            return Optional.empty();
        }
        String afterSlashes = rest.substring(2);
        int end = 0;
        while (end < afterSlashes.length() && "/?#".indexOf(afterSlashes.charAt(end)) < 0) {
            end++;
        }
        String authority = afterSlashes.substring(0, end);
        String tail = afterSlashes.substring(end);
        if (authority.contains("\\") || authority.contains("@") && authority.indexOf('@') != authority.lastIndexOf('@')) {
            return Optional.empty();
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        String host = hostPort;
        String port = "";
        int portColon = hostPort.lastIndexOf(':');
        if (portColon >= 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, portColon);
            port = hostPort.substring(portColon);
            if (!port.matches(":\\d{0,5}")) {
                return Optional.empty();
            }
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String asciiHost = host.startsWith("[") ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        URI uri = new URI(scheme + "://" + encode(userInfo) + asciiHost + port + encode(tail));
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        return Optional.of(uri.toASCIIString());
    }

    /**
     * How an address is printed for a reader (the PDF shows it after the link text, since paper cannot
     * be clicked): percent-encoded UTF-8 and IDNA hosts turned back into the characters they stand for.
     */
    public static String display(String uri) {
        String s = uri.replaceFirst("^(?i)(mailto|tel):", "");
        try {
            URI u = new URI(uri);
            if (u.getHost() != null && u.getHost().contains("xn--")) {
                s = s.replace(u.getHost(), IDN.toUnicode(u.getHost()));
            }
        } catch (URISyntaxException e) {
            // shown as it is
        }
        String shown = decode(s).replace("%20", " ");
        if (uri.regionMatches(true, 0, "mailto:", 0, 7) || uri.regionMatches(true, 0, "tel:", 0, 4)) {
            // an address or a number has no path whose meaning an escape keeps: nas%40example.org is nas@example.org
            shown = java.util.regex.Pattern.compile("%([2-7][0-9A-Fa-f])").matcher(shown).replaceAll(m -> {
                char c = (char) Integer.parseInt(m.group(1), 16);
                return c > 0x20 && c < 0x7F ? java.util.regex.Matcher.quoteReplacement(String.valueOf(c)) : m.group();
            });
        }
        return shown;
    }

    /** Removes what cannot be seen: controls (Cc), formats (Cf: zero-width, joiners, bidi overrides), line and paragraph separators. */
    public static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                    && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE && type != Character.UNASSIGNED
                    && type != Character.PRIVATE_USE) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** Percent-encodes, as UTF-8, every character a URI may not hold; valid %XX escapes stay as they are. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean escape = cp == '%' && i + 2 < s.length()
                    && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
            if (escape || (cp < 0x80 && cp > 0x20 && "\"<>\\^`{|}%".indexOf(cp) < 0)) {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
            }
            i += n;
        }
        return sb.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Decodes %XX sequences that form valid UTF-8; others stay as written. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            }
            flush(bytes, out);
            out.append(c);
            i++;
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(java.io.ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() == 0) {
            return;
        }
        byte[] b = bytes.toByteArray();
        bytes.reset();
        java.nio.charset.CharsetDecoder d = StandardCharsets.UTF_8.newDecoder();
        try {
            String text = d.decode(java.nio.ByteBuffer.wrap(b)).toString();
            // Reserved characters and controls stay escaped: decoding them would change or hide the address.
            text.codePoints().forEach(cp -> {
                if (cp >= 0x80 && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.CONTROL) {
                    out.appendCodePoint(cp);
                } else {
                    for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                        out.append('%').append(HEX.charAt((x >> 4) & 0xF)).append(HEX.charAt(x & 0xF));
                    }
                }
            });
            return;
        } catch (java.nio.charset.CharacterCodingException e) {
            // not UTF-8: keep the escapes
        }
        for (byte x : b) {
            out.append('%').append(HEX.charAt((x >> 4) & 0xF)).append(HEX.charAt(x & 0xF));
        }
    }
}
