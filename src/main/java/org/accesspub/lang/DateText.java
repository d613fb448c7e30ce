package org.accesspub.lang;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** A publication date as a reader sees it: {@code 2024年3月18日 08:57} or {@code 18 March 2024, 08:57}. */
public final class DateText {
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private DateText() {
    }

    public static String of(LocalDate day, Optional<LocalTime> time, boolean chinese) {
        String date = chinese ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
                : ENGLISH_DAY.format(day);
        return time.map(t -> date + (chinese ? " " : ", ") + CLOCK.format(t)).orElse(date);
    }
}
