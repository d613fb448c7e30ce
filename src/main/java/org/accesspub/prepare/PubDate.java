package org.accesspub.prepare;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication date as a date: the day, the time of day when the source gives one, and the zone
 * only when the source names it (a time without a zone is local to the publisher, never guessed).
 */
public record PubDate(LocalDate day, LocalTime time, ZoneOffset zone) {
    public PubDate {
        Objects.requireNonNull(day, "day");
        if (time == null && zone != null) {
            throw new IllegalArgumentException("a zone needs a time");
        }
    }

    public static PubDate of(LocalDate day) {
        return new PubDate(day, null, null);
    }

    public Optional<LocalTime> timeOfDay() {
        return Optional.ofNullable(time);
    }

    public Optional<ZoneOffset> offset() {
        return Optional.ofNullable(zone);
    }

    /** ISO 8601: {@code 2024-03-18}, {@code 2024-03-18T08:57} or {@code 2024-03-18T08:57+08:00}. */
    public String iso() {
        if (time == null) {
            return day.toString();
        }
        String t = DateTimeFormatter.ofPattern(time.getSecond() == 0 ? "HH:mm" : "HH:mm:ss").format(time);
        return day + "T" + t + (zone == null ? "" : zone.getId());
    }

    @Override
    public String toString() {
        return iso();
    }
}
