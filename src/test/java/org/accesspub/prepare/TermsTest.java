package org.accesspub.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.accesspub.model.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

    @ParameterizedTest
    @CsvSource({"zh-CN,zh-Hans", "zh,zh-Hans", "zh-Hans-SG,zh-Hans", "zh-TW,zh-Hant", "zh-HK,zh-Hant", "zh-Hant,zh-Hant",
            "yue,zh-Hant", "cmn,zh-Hans", "en,en", "en-GB,en", "fr,fr", "fr-CA,fr",
            "es-419,es", "de-CH,de", "pt-BR,pt", "pt_PT,pt", "it,en", "ru,en", "und,en"})
    void eachLanguageTakesTheTermsOfItsLocale(String language, String locale) {
        assertThat(Terms.forLanguage(language).locale()).isEqualTo(locale);
    }

    @ParameterizedTest
    @CsvSource({"en", "zh-Hans", "zh-Hant", "fr", "es", "de", "pt"})
    void everyLocaleFileHoldsEveryTypedTermWithItsPlaceholdersAndNothingElse(String locale) throws Exception {
        Properties file = load(locale);
        assertThat(file.stringPropertyNames()).as(locale)
                .containsExactlyInAnyOrderElementsOf(Stream.of(Term.values()).map(Term::key).toList());
        Terms terms = Terms.forLocale(locale); // the load checks the placeholders too
        for (Term t : Term.values()) {
            Object[] values = IntStream.range(0, t.arguments()).mapToObj(i -> "«" + i + "»").toArray();
            String word = terms.get(t, values);
            assertThat(word).as(locale + " " + t).isNotBlank().doesNotContain("{");
            for (Object v : values) {
                assertThat(word).as(locale + " " + t).contains(v.toString());
            }
        }
    }

    @Test
    void everyLocaleOfTheListHasAFileThatLoads() {
        assertThat(Terms.LOCALES).containsExactlyInAnyOrder("en", "zh-Hans", "zh-Hant", "fr", "es", "de", "pt");
        for (String locale : Terms.LOCALES) {
            assertThat(Terms.forLocale(locale).locale()).isEqualTo(locale);
        }
    }

    @ParameterizedTest
    @CsvSource({"pt,18 de março de 2024", "es,18 de marzo de 2024", "fr,18 mars 2024", "de,18. März 2024",
            "en,18 March 2024", "zh-Hans,2024年3月18日"})
    void datesAreWrittenWithTheMonthNamesOfTheLocale(String locale, String day) {
        assertThat(Terms.forLocale(locale).date(java.time.LocalDate.of(2024, 3, 18), null)).isEqualTo(day);
    }

    @ParameterizedTest
    @CsvSource({"en,true", "en-US,true", "pt-BR,true", "de,true", "zh-TW,true", "it,false", "ru,false", "nl-BE,false"})
    void onlyALanguageWithoutATermsFileFallsBackToEnglish(String language, boolean covered) {
        assertThat(Terms.covers(language)).isEqualTo(covered);
    }

    @Test
    void aTermAskedWithTheWrongNumberOfValuesFailsLoudly() {
        assertThatThrownBy(() -> Terms.forLocale("en").get(Term.PAGE_OF, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAGE_OF takes 2 values");
    }

    @Test
    void theAdmonitionLabelKeepsTheKindBehindATitle() {
        Terms zh = Terms.forLocale("zh-Hans");
        assertThat(zh.admonitionLabel(new Block.Admonition(Block.Admonition.Kind.WARNING, null, List.of()))).isEqualTo("警告");
        assertThat(zh.admonitionLabel(new Block.Admonition(Block.Admonition.Kind.WARNING, "Warning:", List.of())))
                .isEqualTo("Warning");
        assertThat(zh.admonitionLabel(new Block.Admonition(Block.Admonition.Kind.TIP, "不要拔掉 U 盘", List.of())))
                .isEqualTo("提示：不要拔掉 U 盘");
    }

    @Test
    void traditionalTermsAreTraditional() {
        Terms t = Terms.forLocale("zh-Hant");
        assertThat(t.source("社區事務處")).isEqualTo("來源：社區事務處");
        assertThat(t.published("2024年5月20日")).isEqualTo("發佈時間：2024年5月20日");
        assertThat(t.pageOf(1, 3)).isEqualTo("第 1 頁 / 共 3 頁");
        assertThat(t.get(Term.SPEECH_SOURCE, "社區事務處")).isEqualTo("來源社區事務處");
    }

    @Test
    void pageNumbersAroundAFieldKeepTheirSpaces() {
        assertThat(Terms.forLocale("zh-Hans").pageNumberAround()).containsExactly("第 ", " 页");
        assertThat(Terms.forLocale("en").pageNumberAround()).containsExactly("Page ", "");
    }

    private static Properties load(String locale) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Terms.class.getResourceAsStream("terms/" + locale + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
