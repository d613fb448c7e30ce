package org.accesspub.read.office;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.accesspub.AccesspubException;

/**
 * The parts of a ZIP package (a DOCX or an ODT), read from memory within limits, so that a zip bomb ends
 * in a one-line error rather than in filled memory: at most {@value #MAX_ENTRIES} entries, at most
 * {@value #MAX_TOTAL_MB} MB uncompressed in all, and no entry over 1 MB that expands more than
 * {@value #MAX_RATIO} times (the limit Apache POI applies to OOXML). Names are kept as written, without a
 * leading slash; a name that climbs out of the package ({@code ..}) is skipped. Nothing here touches the
 * file system.
 */
public final class ZipParts {
    public static final int MAX_ENTRIES = 5_000;
    public static final long MAX_TOTAL_MB = 200;
    public static final int MAX_RATIO = 100;
    private static final long RATIO_FROM = 1 << 20;

    private final Map<String, byte[]> parts;
    private final Map<String, String> byLowerName = new LinkedHashMap<>();

    private ZipParts(Map<String, byte[]> parts) {
        this.parts = parts;
        parts.keySet().forEach(n -> byLowerName.putIfAbsent(n.toLowerCase(Locale.ROOT), n));
    }

    /** Whether the bytes start as a ZIP archive does. */
    public static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Whether the bytes are an OLE2 compound file: an old .doc, or an Office document saved with a password. */
    public static boolean isOle2(byte[] bytes) {
        return bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0 && (bytes[4] & 0xFF) == 0xA1 && (bytes[5] & 0xFF) == 0xB1;
    }

    /**
     * The one-line error for an OLE2 file: a password-protected DOCX (its {@code EncryptionInfo} stream) or an
     * old binary Word file.
     */
    public static AccesspubException ole2Error(byte[] bytes, String name) {
        String text = new String(bytes, StandardCharsets.UTF_16LE);
        if (text.contains("EncryptionInfo") || text.contains("EncryptedPackage")) {
            return passwordProtected(name);
        }
        if (text.contains("WordDocument")) {
            return AccesspubException.badInput(name + " is a Word 97-2003 document (.doc): open it in Word or"
                    + " LibreOffice and save it as .docx");
        }
        return AccesspubException.badInput(name + " is an old Office file, not a Word or OpenDocument text:"
                + " save it as .docx or .odt");
    }

    public static AccesspubException passwordProtected(String name) {
        return AccesspubException.badInput(name + ": this document is password-protected: save it without a password");
    }

    /** Reads every entry within the limits. */
    public static ZipParts read(byte[] bytes, String name) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        ByteArrayInputStream raw = new ByteArrayInputStream(bytes);
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw AccesspubException.badInput(name + " holds more than " + MAX_ENTRIES
                            + " files: it is not a document this tool reads");
                }
                if (e.isDirectory()) {
                    continue;
                }
                byte[] data = readEntry(zip, e, name, MAX_TOTAL_MB * 1024 * 1024 - total, raw, bytes.length);
                total += data.length;
                String part = e.getName().replace('\\', '/').replaceFirst("^/+", "");
                if (!part.contains("..") && !parts.containsKey(part)) {
                    parts.put(part, data);
                }
            }
        } catch (ZipException e) {
            if (String.valueOf(e.getMessage()).contains("encrypted")) {
                throw passwordProtected(name);
            }
            throw AccesspubException.badInput("cannot read " + name + ": it is a damaged ZIP archive ("
                    + e.getMessage() + ")");
        } catch (IOException | IllegalArgumentException e) {
            throw AccesspubException.badInput("cannot read " + name + ": it is a damaged ZIP archive ("
                    + e.getMessage() + ")");
        }
        if (parts.isEmpty()) {
            throw AccesspubException.badInput("cannot read " + name + ": it is an empty or damaged ZIP archive");
        }
        return new ZipParts(parts);
    }

    /**
     * One entry's bytes; {@code raw} is the archive being read, whose position tells how many compressed bytes
     * the entry has used so far (its size is often unknown until its end: a data descriptor follows the data).
     */
    private static byte[] readEntry(InputStream in, ZipEntry e, String name, long room, ByteArrayInputStream raw,
                                    int length) throws IOException {
        long start = length - raw.available();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > room) {
                throw AccesspubException.badInput(name + " expands to more than " + MAX_TOTAL_MB
                        + " MB: it is not a document this tool reads (a zip bomb?)");
            }
            long compressed = length - raw.available() - start + 1024; // what the inflater has taken, buffer included
            if (n > RATIO_FROM && n > compressed * MAX_RATIO) {
                throw AccesspubException.badInput(name + ": its part " + e.getName() + " expands more than "
                        + MAX_RATIO + " times: it is not a document this tool reads (a zip bomb?)");
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    /** The part's bytes, or null; the name is matched as written, else ignoring case (OPC names are case-blind). */
    public byte[] get(String part) {
        if (part == null) {
            return null;
        }
        String p = part.replaceFirst("^/+", "");
        byte[] b = parts.get(p);
        if (b != null) {
            return b;
        }
        String real = byLowerName.get(p.toLowerCase(Locale.ROOT));
        return real == null ? null : parts.get(real);
    }

    public boolean has(String part) {
        return get(part) != null;
    }

    /**
     * The name of the part a relative reference from {@code base} (a part name such as
     * {@code word/document.xml}) points to, or null when it leaves the package: an absolute URL
     * ({@code http:}, {@code file:}), or more {@code ..} than folders.
     */
    public static String resolve(String base, String target) {
        if (target == null || target.isBlank() || target.matches("(?s)^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || target.startsWith("//")
                || target.contains("\\")) {
            return null;
        }
        String t;
        try {
            t = java.net.URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return null;
        }
        java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
        if (!t.startsWith("/")) {
            int slash = base.lastIndexOf('/');
            if (slash > 0) {
                for (String s : base.substring(0, slash).split("/")) {
                    path.addLast(s);
                }
            }
        }
        for (String s : t.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (path.isEmpty()) {
                    return null;
                }
                path.removeLast();
            } else {
                path.addLast(s);
            }
        }
        return path.isEmpty() ? null : String.join("/", path);
    }
}
