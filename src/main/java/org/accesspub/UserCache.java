package org.accesspub;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The per-user cache folder where bundled data is unpacked once: {@code $XDG_CACHE_HOME/accesspub}, else
 * {@code ~/.cache/accesspub} ({@code %LOCALAPPDATA%\accesspub} on Windows, {@code ~/Library/Caches/accesspub}
 * on macOS).
 */
public final class UserCache {
    private UserCache() {
    }

    /**
     * What identifies a bundled resource cheaply, to name what is unpacked from it: inside a jar the entry's
     * CRC-32 and size from the jar's directory (no reading of the bytes); elsewhere (classes on disk, in
     * tests) its modification time and length. A new build of the resource gets a new name.
     */
    public static String identity(java.net.URL resource) throws java.io.IOException {
        java.net.URLConnection c = resource.openConnection();
        if (c instanceof java.net.JarURLConnection jar && jar.getJarEntry() != null && jar.getJarEntry().getCrc() != -1) {
            return Long.toHexString(jar.getJarEntry().getCrc()) + "-" + jar.getJarEntry().getSize();
        }
        return Long.toHexString(c.getLastModified()) + "-" + c.getContentLengthLong();
    }

    public static Path root() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path home = Path.of(System.getProperty("user.home"));
        Path base;
        if (xdg != null && !xdg.isBlank()) {
            base = Path.of(xdg);
        } else if (os.contains("windows") && System.getenv("LOCALAPPDATA") != null) {
            base = Path.of(System.getenv("LOCALAPPDATA"));
        } else if (os.contains("mac")) {
            base = home.resolve("Library").resolve("Caches");
        } else {
            base = home.resolve(".cache");
        }
        return base.resolve("accesspub");
    }
}
