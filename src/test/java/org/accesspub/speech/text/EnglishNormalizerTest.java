package org.accesspub.speech.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishNormalizerTest {

    private static String say(String written) {
        return EnglishNormalizer.INSTANCE.normalize(written);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "$5.50 => five dollars and fifty cents",
        "$5 => five dollars",
        "$1 => one dollar",
        "$0.50 => fifty cents",
        "$1.01 => one dollar and one cent",
        "$2.5 billion => two point five billion dollars",
        "£3.20 => three pounds and twenty pence",
        "€1,200 => one thousand two hundred euros",
        "£1.2m => one point two million pounds",
        "$30bn => thirty billion dollars",
    })
    void moneyIsSaidInUnitsAndCents(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "37% => thirty-seven percent",
        "6.3% => six point three percent",
        "5-8% => five to eight percent",
        "-2% => minus two percent",
    })
    void percentagesAreSaidAsPercent(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "2024-25 => twenty twenty-four to twenty-five",
        "2024/25 => twenty twenty-four to twenty-five",
        "2019-2024 => twenty nineteen to twenty twenty-four",
        "in 2024 => in twenty twenty-four",
        "the 2023 level => the twenty twenty-three level",
        "1,950 people => one thousand nine hundred fifty people",
        "in 1150 => in eleven fifty",
        "1150 monks => one thousand one hundred fifty monks",
        "since 1998 => since nineteen ninety-eight",
        "in 2005 => in two thousand five",
        "in 1900 => in nineteen hundred",
        "in 1905 => in nineteen oh five",
        "the 1990s => the nineteen nineties",
        "2024-03-18 => the eighteenth of March twenty twenty-four",
        "18 March 2024 => the eighteenth of March twenty twenty-four",
        "March 18, 2024 => March eighteenth, twenty twenty-four",
        "From 1 April => From the first of April",
        "April 1 => April first",
    })
    void yearsAndDatesAreSaidAsYears(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "10:00 => ten o'clock",
        "9:30 => nine thirty",
        "9:05 => nine oh five",
        "10:30 a.m. => ten thirty a m",
        "3pm => three p m",
        "9:30-11:30 => nine thirty to eleven thirty",
    })
    void timesAreSaidAsAClockReads(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "1st => first",
        "2nd => second",
        "3rd => third",
        "21st => twenty-first",
        "18th => eighteenth",
        "100th => one hundredth",
        "40th => fortieth",
    })
    void ordinalsAreSaidAsOrdinals(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "2000 => two thousand",
        "2400 => two thousand four hundred",
        "1,150 => one thousand one hundred fifty",
        "3.5 => three point five",
        "17 => seventeen",
        "1000000 => one million",
        "12,000 residents => twelve thousand residents",
        "1,005 => one thousand five",
        "-5 => minus five",
        "3-5 days => three to five days",
        "007 => zero zero seven",
        "2+2 => two plus two",
        "COVID-19 => COVID nineteen",
        "No. 5 => number five",
    })
    void plainNumbersAreSaidAsWords(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "10 km => ten kilometres",
        "1 km => one kilometre",
        "5kg => five kilograms",
        "25°C => twenty-five degrees Celsius",
        "-5°C => minus five degrees Celsius",
        "(555) 123-4567 => five five five, one two three, four five six seven",
        "R&D => R and D",
        "Mr. Osei and Dr Brown => Mister Osei and Doctor Brown",
        "Mrs. Patel met Prof. Li => Missus Patel met Professor Li",
        "the A1 and M25 => the A one and M twenty-five",
        "5G => five G",
        "over-65s => over sixty-fives",
        "1/2 price => one half price",
        "3/4 => three quarters",
        "2/3 => two thirds",
        "9am-5pm => nine a m to five p m",
        "by calling 555-0142 => by calling five five five, zero one four two",
        "call 555 0199 now => call five five five, zero one nine nine now",
        "Tel: 020 7946 0018 => Tel: zero two zero, seven nine four six, zero zero one eight",
        "200-1000 people => two hundred to one thousand people",
    })
    void unitsPhonesAndSymbolsAreSaidInWords(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @Test
    void aSentenceKeepsItsWordsAndLosesItsDigits() {
        assertThat(say("Prices rose 37% in 2024, to $5.50 a loaf at 10:00."))
                .isEqualTo("Prices rose thirty-seven percent in twenty twenty-four, to five dollars and fifty cents a loaf at ten o'clock.");
    }

    @Test
    void abbreviatedMonthsStreetsSaintsAndUnitsAreSaidInFull() {
        assertThat(EnglishNormalizer.INSTANCE.normalize("It opens Oct. 5.")).contains("October").doesNotContain("Oct.");
        assertThat(EnglishNormalizer.INSTANCE.normalize("We met at 10 Main St. yesterday.")).contains("Main Street");
        assertThat(EnglishNormalizer.INSTANCE.normalize("He visited St. Paul.")).contains("Saint Paul");
        assertThat(EnglishNormalizer.INSTANCE.normalize("Set it to 16pt.")).contains("sixteen points");
        assertThat(ChineseNormalizer.INSTANCE.normalize("字号设为16pt。")).contains("十六磅");
    }
}
