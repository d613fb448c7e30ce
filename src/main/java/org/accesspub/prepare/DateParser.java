package org.accesspub.prepare;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date from every common way of writing one: {@code 2024-03-18},
 * {@code 2024/3/18 8:57}, {@code 2024年3月18日}, {@code 18 March 2024}, {@code March 18, 2024},
 * RFC 3339 ({@code 2024-03-18T08:57:00+08:00}) and RFC 1123 ({@code Mon, 18 Mar 2024 08:57:00 +0800}).
 * Anything else is not a date: the caller keeps it as text. Never throws.
 */
public final class DateParser {
    private static final String TIME = "(?:(?:\\s*[T,]\\s*|\\s+|\\s*at\\s+)(\\d{1,2})\\s*[:时時点點]\\s*(\\d{2})"
            + "(?:\\s*[:分]\\s*(\\d{2})(?:[.,]\\d+)?)?\\s*(?:分|秒)?\\s*([ap]\\.?m\\.?)?)?";
    private static final String ZONE = "(?:\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?";
    private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})" + TIME + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]" + TIME + ZONE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH
            + ",?\\s+(\\d{4})" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
            + TIME + ZONE, Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private DateParser() {
    }

    /** The date the text holds, or empty when it holds none (or an impossible one such as 2024-02-30). */
    public static Optional<PubDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 100) {
            return Optional.empty();
        }
        Matcher m = NUMERIC.matcher(s);
        if (m.matches()) {
            return build(m.group(1), m.group(2), m.group(3), m, 4);
        }
        m = CHINESE.matcher(s);
        if (m.matches()) {
            return build(m.group(1), m.group(2), m.group(3), m, 4);
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return build(m.group(3), month(m.group(2)), m.group(1), m, 4);
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return build(m.group(3), month(m.group(1)), m.group(2), m, 4);
        }
        return Optional.empty();
    }

    private static String month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (n.startsWith(MONTHS[i])) {
                return String.valueOf(i + 1);
            }
        }
        return "0";
    }

    /** Groups from {@code t}: hour, minute, second, am/pm, zone. */
    private static Optional<PubDate> build(String year, String month, String day, Matcher m, int t) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (m.group(t) == null) {
                return Optional.of(PubDate.of(d));
            }
            int hour = Integer.parseInt(m.group(t));
            String ampm = m.group(t + 3);
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            int second = m.group(t + 2) == null ? 0 : Integer.parseInt(m.group(t + 2));
            LocalTime time = LocalTime.of(hour, Integer.parseInt(m.group(t + 1)), second);
            return Optional.of(new PubDate(d, time, zone(m.group(t + 4))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset zone(String z) {
        if (z == null) {
            return null;
        }
        String u = z.toUpperCase(Locale.ROOT);
        if (u.equals("Z") || u.equals("UTC") || u.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String id = u.length() == 5 ? u.substring(0, 3) + ":" + u.substring(3) : u;
        return ZoneOffset.of(id);
    }
}
