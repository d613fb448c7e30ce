package org.accesspub.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-03-18                    | 2024-03-18",
            "2024/3/18 8:57                | 2024-03-18T08:57",
            "2024年3月18日                  | 2024-03-18",
            "2024年3月18日 08:57            | 2024-03-18T08:57",
            "18 March 2024                 | 2024-03-18",
            "March 18, 2024                | 2024-03-18",
            "Mar. 18, 2024 at 3:05 pm      | 2024-03-18T15:05",
            "2024-03-18T08:57:00+08:00     | 2024-03-18T08:57+08:00",
            "2024-03-18T08:57:00Z          | 2024-03-18T08:57Z",
            "2024-03-18 08:57:30           | 2024-03-18T08:57:30",
            "Mon, 18 Mar 2024 08:57:00 +0800 | 2024-03-18T08:57+08:00",
            "2024.03.18                    | 2024-03-18"})
    void everyCommonFormIsReadAsADate(String text, String iso) {
        assertThat(DateParser.parse(text)).get().extracting(PubDate::iso).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-45", "2024-02-30", "18 Smarch 2024", "", "   ", "25:99 2024-03-18x"})
    void whatIsNotADateIsEmptyNeverAnException(String text) {
        assertThat(DateParser.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aZoneIsKeptOnlyWhenTheSourceGivesOne() {
        assertThat(DateParser.parse("2024-03-18 08:57")).get().isEqualTo(
                new PubDate(LocalDate.of(2024, 3, 18), LocalTime.of(8, 57), null));
        assertThat(DateParser.parse("2024-03-18T08:57-05:00")).get().extracting(PubDate::zone)
                .isEqualTo(ZoneOffset.ofHours(-5));
    }

    @org.junit.jupiter.api.Test
    void aLongStringIsNotScannedForADate() {
        assertThat(DateParser.parse("2024-03-18 " + "x".repeat(200))).isEmpty();
    }
}
