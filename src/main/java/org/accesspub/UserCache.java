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
