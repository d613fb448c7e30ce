package org.accesspub.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * What is known about an article besides its text. Every field but language may be null.
 *
 * @param date     ISO 8601, either {@code 2024-03-18} or {@code 2024-03-18T08:57}
 * @param language BCP 47 tag such as {@code zh-CN} or {@code en}
 */
public record Metadata(String title, String subtitle, String author, String date, String source,
                       String language, String description) {

    public Metadata {
        if (language == null || language.isBlank()) {
            language = "und";
        }
    }

    public static Metadata of(String title, String language) {
        return new Metadata(title, null, null, null, null, language, null);
    }

    public Metadata withTitle(String v) { return new Metadata(v, subtitle, author, date, source, language, description); }
    public Metadata withSubtitle(String v) { return new Metadata(title, v, author, date, source, language, description); }
    public Metadata withAuthor(String v) { return new Metadata(title, subtitle, v, date, source, language, description); }
    public Metadata withDate(String v) { return new Metadata(title, subtitle, author, v, source, language, description); }
    public Metadata withSource(String v) { return new Metadata(title, subtitle, author, date, v, language, description); }
    public Metadata withLanguage(String v) { return new Metadata(title, subtitle, author, date, source, v, description); }
    public Metadata withDescription(String v) { return new Metadata(title, subtitle, author, date, source, language, v); }

    /** The calendar day of {@link #date()}, if it has one. */
    public Optional<LocalDate> day() {
        if (date == null || date.length() < 10) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.parse(date.substring(0, 10)));
    }

    /** The time of day of {@link #date()}, if it carries one. */
    public Optional<LocalTime> time() {
        if (date == null || date.length() <= 10) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.parse(date).toLocalTime());
    }

    /** True for any Chinese tag (zh, zh-CN, zh-Hant-TW, cmn, yue …). */
    public boolean isChinese() {
        return org.accesspub.lang.Languages.isChinese(language);
    }

    void appendText(StringBuilder sb) {
        for (String s : new String[] {title, subtitle, author, date, source, description}) {
            if (s != null) {
                sb.append(s).append('\n');
            }
        }
    }
}
