package org.accesspub.prepare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.accesspub.Warnings;

/**
 * The one place that decides which images go into the outputs. An image is embedded only when it is
 * a file inside the article's folder (after resolving symbolic links) or an inline {@code data:} image,
 * within {@link ImageLimits}, of a type recognised by its bytes (PNG, JPEG, GIF), and decodes. The
 * address is checked before any file-system call: {@code ../}, absolute paths, drive letters,
 * {@code file:} URLs, UNC ({@code \\host}, {@code //host}), backslashes and encoded separators
 * ({@code %2F}, {@code %5C}) are refused. Remote images are never fetched. Everything else becomes
 * the image's text alternative, with one warning per image (kind {@code image}), worded here and
 * nowhere else; {@link Warnings} shows the first few and counts the rest.
 *
 * <p>Thread-safe: each address is resolved once.
 */
public final class ImageResolver {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*", Pattern.DOTALL);
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("(?i)%(2f|5c|00)");

    private final Path folder;
    private final Warnings warnings;
    private final ImageLimits limits;
    private final Map<String, ImageAsset> resolved = new ConcurrentHashMap<>();
    private volatile Path realFolder;

    public ImageResolver(Path folder, Warnings warnings, ImageLimits limits) {
        this.folder = folder;
        this.warnings = warnings;
        this.limits = limits;
    }

    /** What the image at {@code src} (as written in the source) becomes; the same answer every time. */
    public ImageAsset resolve(String src) {
        return resolved.computeIfAbsent(src, this::load);
    }

    private ImageAsset load(String raw) {
        String src = raw.strip();
        if (src.isEmpty()) {
            return refuse(src, "has no address");
        }
        if (src.regionMatches(true, 0, "data:", 0, 5)) {
            return data(src);
        }
        String lower = src.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("ftp:") || lower.startsWith("//")) {
            return refuse(src, "is remote and is not downloaded");
        }
        String why = unsafe(src);
        if (why != null) {
            return refuse(src, why);
        }
        String relative = decode(src.replaceFirst("[?#].*$", ""));
        if (relative == null || (why = unsafeRelative(relative)) != null) {
            return refuse(src, why == null ? "is not a usable file name" : why);
        }
        return file(src, relative);
    }

    /** Checks on the address as written, before it is read as a path. */
    private static String unsafe(String src) {
        if (src.startsWith("\\\\") || src.startsWith("//")) {
            return "is on another computer (UNC path) and is not used";
        }
        if (src.regionMatches(true, 0, "file:", 0, 5)) {
            return "is a file: URL; only files inside the article's folder, named relative to it, are used";
        }
        if (SCHEME.matcher(src).matches()) {
            return src.length() > 1 && src.charAt(1) == ':' ? "is an absolute path; only files inside the article's folder are used"
                    : "has an address accesspub does not follow";
        }
        if (ENCODED_SEPARATOR.matcher(src).find()) {
            return "hides a path separator in %-escapes and is not used";
        }
        return null;
    }

    /** Checks on the decoded relative name. */
    private static String unsafeRelative(String name) {
        if (name.isEmpty()) {
            return "has no file name";
        }
        if (name.indexOf('\\') >= 0 || name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return "is not a usable file name (backslash or control character)";
        }
        if (name.startsWith("/") || name.startsWith("~")) {
            return "is an absolute path; only files inside the article's folder are used";
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return "is outside the article's folder (../) and is not used";
            }
        }
        return null;
    }

    /** %-decoding as UTF-8; the name as written when it is not valid escaping. */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private ImageAsset file(String src, String relative) {
        Path base = realFolder();
        if (base == null) {
            return refuse(src, "cannot be looked up: the article's folder " + folder + " cannot be read");
        }
        Path path;
        try {
            path = base.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            return refuse(src, "is not a usable file name");
        }
        if (!path.startsWith(base)) {
            return refuse(src, "is outside the article's folder and is not used");
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            return refuse(src, "not found in " + base + " (check the path, relative to the article)");
        }
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(base)) {
                return refuse(src, "leads outside the article's folder (a symbolic link) and is not used");
            }
            if (!Files.isRegularFile(real)) {
                return refuse(src, "is not a regular file");
            }
            long size = Files.size(real);
            if (size > limits.maxBytes()) {
                return refuse(src, "has " + Shown.size(size) + ", more than the " + Shown.size(limits.maxBytes()) + " allowed");
            }
            byte[] data;
            try (InputStream in = Files.newInputStream(real)) {
                data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            }
            if (data.length > limits.maxBytes()) {
                return refuse(src, "has more than the " + Shown.size(limits.maxBytes()) + " allowed");
            }
            return image(src, data);
        } catch (IOException | SecurityException e) {
            return refuse(src, "cannot be read");
        }
    }

    private Path realFolder() {
        Path r = realFolder;
        if (r == null) {
            try {
                r = folder.toAbsolutePath().toRealPath();
                realFolder = r;
            } catch (IOException | SecurityException e) {
                return null;
            }
        }
        return r;
    }

    private ImageAsset data(String src) {
        if (src.length() > limits.maxDataUrlChars()) {
            return refuse(src, "is an inline image larger than the " + Shown.size(limits.maxDataUrlChars()) + " allowed");
        }
        int comma = src.indexOf(',');
        if (comma < 0 || !src.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
            return refuse(src, "is inline data that is not base64");
        }
        byte[] data;
        try {
            data = Base64.getMimeDecoder().decode(src.substring(comma + 1).replace("%2B", "+").replace("%2F", "/")
                    .replace("%3D", "="));
        } catch (IllegalArgumentException e) {
            return refuse(src, "has broken base64 data");
        }
        if (data.length > limits.maxBytes()) {
            return refuse(src, "has more than the " + Shown.size(limits.maxBytes()) + " allowed");
        }
        return image(src, data);
    }

    /**
     * Recognises, measures and decodes the bytes ({@link ImageCheck}: frames, canvas, animation, size for the
     * page, damage); strips comments and text metadata.
     */
    private ImageAsset image(String src, byte[] data) {
        ImageAsset.ImageType type = ImageAsset.ImageType.sniff(data);
        if (type == null) {
            return refuse(src, "is not a PNG, JPEG or GIF image");
        }
        ImageCheck.Result result;
        try {
            result = ImageCheck.check(data, type, limits);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return refuse(src, "cannot be decoded");
        }
        if (result.refusal() != null) {
            return refuse(src, result.refusal());
        }
        result.notes().forEach(note -> warnings.warn("image", "image " + Shown.src(src) + " " + note));
        return result.embedded();
    }

    private ImageAsset refuse(String src, String why) {
        String message = "image " + Shown.src(src) + " " + why + ": its alt text stands in for it";
        warnings.warn("image", message); // the first few are shown, the rest counted by Warnings.summarise()
        return new ImageAsset.Unavailable(message);
    }
}
