package org.accesspub.write.epub;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accesspub.Warnings;
import org.accesspub.model.Block;

/**
 * Decides which images go into the book. Local files inside the source's folder and inline
 * {@code data:} images in PNG, JPEG, GIF or WebP are embedded, recognised by their bytes, not their
 * names. Remote images are never fetched and SVG is never embedded (it can carry script): both are
 * replaced by their text alternative, as is an image that cannot be found (with a warning).
 */
final class ImageStore {
    private final Path baseDir;
    private final Warnings warnings;
    private final Map<String, Book.Resource> bySource = new LinkedHashMap<>();
    private boolean anyAlternativeText;

    ImageStore(Path baseDir, Warnings warnings) {
        this.baseDir = baseDir;
        this.warnings = warnings;
    }

    /** The href of the embedded image, or null when the text alternative must stand in for it. */
    String embed(Block.Image image) {
        String src = image.src().strip();
        String href = href(src);
        if (href != null) {
            if (image.alt().isBlank()) {
                warnings.warn("image " + shortName(src) + " has no text alternative: screen-reader users will not"
                        + " know what it shows (fine only for decoration)");
            } else {
                anyAlternativeText = true;
            }
        }
        return href;
    }

    /** Whether an embedded image carries a text alternative. */
    boolean anyAlternativeText() {
        return anyAlternativeText;
    }

    private String href(String src) {
        Book.Resource known = bySource.get(src);
        if (known != null) {
            return known.href();
        }
        byte[] data = load(src);
        if (data == null) {
            return null;
        }
        String[] type = mediaType(data);
        if (type == null) {
            warnings.warn("image " + shortName(src) + " is not PNG, JPEG, GIF or WebP; its text alternative is used instead");
            return null;
        }
        int n = bySource.size() + 1;
        Book.Resource r = new Book.Resource("img-" + n, "images/image-" + n + "." + type[1], type[0], data);
        bySource.put(src, r);
        return r.href();
    }

    List<Book.Resource> resources() {
        return new ArrayList<>(bySource.values());
    }

    private byte[] load(String src) {
        String lower = src.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:")) {
            return decodeDataUri(src);
        }
        if (isRemote(lower)) {
            // Nothing remote goes into the book: it would need the network and could track the reader.
            warnings.warn("remote images are not downloaded into the EPUB; their text alternatives are used instead");
            return null;
        }
        Path path = localPath(src);
        if (path == null || !Files.isRegularFile(path)) {
            warnings.missingImage(src, baseDir);
            return null;
        }
        try {
            // A page from the web must not pull the user's own pictures into a book that may be shared.
            if (!path.toRealPath().startsWith(baseDir.toAbsolutePath().toRealPath())) {
                warnings.warn("image " + src + " is outside the article's folder and is not embedded;"
                        + " its text alternative is used instead");
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            warnings.warn("cannot read image " + src + " (" + e.getMessage() + "); its text alternative is used instead");
            return null;
        }
    }

    static boolean isRemote(String src) {
        String s = src.toLowerCase(Locale.ROOT);
        return s.startsWith("//") || (s.matches("^[a-z][a-z0-9+.-]*:.*") && !s.startsWith("file:") && !s.startsWith("data:")
                && !s.matches("^[a-z]:[\\\\/].*"));
    }

    private Path localPath(String src) {
        try {
            if (src.toLowerCase(Locale.ROOT).startsWith("file:")) {
                return Path.of(URI.create(src));
            }
            String plain = src.replaceFirst("[?#].*$", "");
            Path p = baseDir.resolve(plain);
            if (!Files.exists(p) && plain.contains("%")) {
                p = baseDir.resolve(java.net.URLDecoder.decode(plain.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
            return p;
        } catch (IllegalArgumentException e) { // InvalidPathException too
            return null;
        }
    }

    private byte[] decodeDataUri(String src) {
        int comma = src.indexOf(',');
        if (comma < 0 || !src.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
            warnings.warn("inline image is not base64 data; its text alternative is used instead");
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(src.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            warnings.warn("inline image has broken base64 data; its text alternative is used instead");
            return null;
        }
    }

    /** Media type and file extension from the first bytes, or null for anything else. */
    static String[] mediaType(byte[] d) {
        if (starts(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new String[] {"image/png", "png"};
        }
        if (starts(d, 0xFF, 0xD8, 0xFF)) {
            return new String[] {"image/jpeg", "jpg"};
        }
        if (starts(d, 'G', 'I', 'F', '8')) {
            return new String[] {"image/gif", "gif"};
        }
        if (d.length >= 12 && starts(d, 'R', 'I', 'F', 'F') && d[8] == 'W' && d[9] == 'E' && d[10] == 'B' && d[11] == 'P') {
            return new String[] {"image/webp", "webp"};
        }
        return null;
    }

    private static boolean starts(byte[] d, int... prefix) {
        if (d.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((d[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String shortName(String src) {
        return src.length() > 80 ? src.substring(0, 77) + "…" : src;
    }
}
