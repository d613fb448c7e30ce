package org.accesspub.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

    @ParameterizedTest
    @CsvSource({"zh-CN,zh-Hans", "zh,zh-Hans", "zh-Hans-SG,zh-Hans", "zh-TW,zh-Hant", "zh-HK,zh-Hant", "zh-Hant,zh-Hant",
            "yue,zh-Hant", "cmn,zh-Hans", "en,en", "en-GB,en", "fr,en", "und,en"})
    void eachLanguageTakesTheTermsOfItsLocale(String language, String locale) {
        assertThat(Terms.forLanguage(language).locale()).isEqualTo(locale);
    }

    @Test
    void everyLocaleFileHasEveryTermTheEnglishOneHas() throws Exception {
        Properties en = load("en");
        for (String locale : new String[] {"zh-Hans", "zh-Hant"}) {
            assertThat(load(locale).stringPropertyNames()).as(locale).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        }
    }

    @Test
    void traditionalTermsAreTraditional() {
        Terms t = Terms.forLocale("zh-Hant");
        assertThat(t.source("社區事務處")).isEqualTo("來源：社區事務處");
        assertThat(t.published("2024年5月20日")).isEqualTo("發佈時間：2024年5月20日");
        assertThat(t.pageOf(1, 3)).isEqualTo("第 1 頁 / 共 3 頁");
        assertThat(t.get("speech.source", "社區事務處")).isEqualTo("來源社區事務處");
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
