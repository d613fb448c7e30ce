package org.accesspub.prepare;

import java.util.Locale;

/** Text from the input as a warning may quote it: visible characters only, never more than a line. */
final class Shown {
    private static final int MAX = 80;

    private Shown() {
    }

    /** An image or link address as a warning names it: {@code data:image/png;base64,… (55 MB)}, long ones cut. */
    static String src(String src) {
        String s = LinkPolicy.visible(src.length() > 4 * MAX ? src.substring(0, 4 * MAX) : src).strip();
        if (s.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = s.indexOf(',');
            String head = comma > 0 && comma < MAX ? s.substring(0, comma + 1) : "data:";
            return head + "… (" + size(src.length()) + ")";
        }
        return s.length() > MAX ? s.substring(0, MAX - 1) + "…" : s;
    }

    static String size(long bytes) {
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
        }
        if (bytes >= 1 << 10) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
