package org.accesspub.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.accesspub.AccesspubException;
import org.accesspub.write.Format;

/**
 * One article of a manifest: its stable {@code id} (the name of its output folder), its source (a path
 * relative to the manifest as written, and resolved), and what it overrides for itself: title, language
 * and formats (null: as the command line says).
 */
public record ManifestEntry(String id, String source, Path path, String title, String language, Set<Format> formats) {
    /** An id fits in a file name with the longest extension after it ({@code .narrated.epub}). */
    public static final int MAX_ID_BYTES = 200;
    private static final String FORBIDDEN = "/\\:*?\"<>|";

    public ManifestEntry {
        formats = formats == null ? null : Set.copyOf(formats);
    }

    /** Null when {@code id} can name a folder on any file system; else what is wrong with it. */
    public static String problem(String id) {
        if (id.isEmpty()) {
            return "is empty";
        }
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            return "is longer than " + MAX_ID_BYTES + " bytes";
        }
        if (id.startsWith(".") || id.startsWith("-")) {
            return "starts with '" + id.charAt(0) + "'";
        }
        if (!id.strip().equals(id)) {
            return "starts or ends with a space";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                return "holds a control character";
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                return "holds '" + c + "' (ids name folders: no / \\ : * ? \" < > |)";
            }
        }
        return null;
    }

    static String requireId(String id, String where) {
        String problem = problem(id);
        if (problem != null) {
            throw AccesspubException.badUsage(where + ": the id '" + escape(id) + "' " + problem);
        }
        return id;
    }

    /** Control characters never reach the terminal raw. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** Whether the source is a web address rather than a file. */
    public boolean isUrl() {
        return path == null;
    }
}
