package org.accesspub.write.narrated;

import java.util.Locale;

/** Times as the talking-book formats write them. */
final class Clock {
    private Clock() {
    }

    /** SMIL 3.0 full clock value, {@code 0:01:02.345} (EPUB Media Overlays, {@code media:duration}). */
    static String full(long ms) {
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /** SMIL 1.0 normal play time in seconds, {@code npt=62.345s} (DAISY 2.02 clips). */
    static String npt(long ms) {
        return String.format(Locale.ROOT, "npt=%d.%03ds", ms / 1000, ms % 1000);
    }

    /** Seconds with milliseconds, {@code 62.345s} (DAISY 2.02 {@code seq dur}). */
    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%d.%03ds", ms / 1000, ms % 1000);
    }

    /** {@code hh:mm:ss}, rounded to the nearest second (DAISY 2.02 {@code ncc:totalTime}). */
    static String hms(long ms) {
        long s = Math.round(ms / 1000.0);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
