package org.accesspub.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accesspub.AccesspubException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FontSizeTest {

    @ParameterizedTest(name = "{0} is {1} pt")
    @CsvSource({"18pt, 18", "18, 18", "24px, 18", "20.5pt, 20.5", "初号, 42", "小初, 36", "一号, 26", "小一, 24", "二号, 22",
        "小二, 18", "三号, 16", "小三, 15", "四号, 14", "小四, 12", "五号, 10.5", "large, 18", "x-large, 24", "XX-Large, 32"})
    void sizesAreReadInEveryNotation(String given, double points) {
        assertThat(FontSize.parse(given).points()).isEqualTo(points);
    }

    @Test
    void sizesBelowLargePrintWarn() {
        assertThat(FontSize.parse("8pt").warning()).contains("below large print");
        assertThat(FontSize.parse("小四").warning()).contains("12pt");
        assertThat(FontSize.parse("小一").warning()).isNull();
    }

    @Test
    void unknownSizesAreBadUsageNamingTheChoices() {
        assertThatThrownBy(() -> FontSize.parse("huge"))
                .isInstanceOfSatisfying(AccesspubException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageContaining("小二");
    }

    @Test
    void profileDefaultsAreLargePrint() {
        LargePrintProfile p = LargePrintProfile.defaults();
        assertThat(p.bodyPt()).isEqualTo(18);
        assertThat(p.lineSpacing()).isEqualTo(1.5);
        assertThat(p.headingPt(1)).isGreaterThanOrEqualTo(1.3 * 18);
        assertThat(p.headingPt(2)).isGreaterThanOrEqualTo(1.15 * 18);
        assertThat(p.marginMm()).isGreaterThanOrEqualTo(20);
        assertThat(p.page()).isEqualTo(PageSize.A4);
        assertThat(LargePrintProfile.builder().marginMm(5).build().marginMm()).isEqualTo(20);
    }

    @Test
    void everyThemeKeepsAContrastOfSevenToOne() {
        for (Theme t : Theme.values()) {
            assertThat(Theme.contrast(t.text(), t.background())).as(t + " text").isGreaterThanOrEqualTo(7);
            assertThat(Theme.contrast(t.link(), t.background())).as(t + " link").isGreaterThanOrEqualTo(7);
        }
    }
}
