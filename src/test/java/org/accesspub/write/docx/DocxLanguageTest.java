package org.accesspub.write.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocxLanguageTest {
    @Test
    void simplifiedChineseIsZhCnInEastAsianTextAndEnglishInLatinText() {
        assertThat(DocxLanguage.of("zh-CN")).isEqualTo(new DocxLanguage("en-US", "zh-CN", true));
        assertThat(DocxLanguage.of("zh")).isEqualTo(new DocxLanguage("en-US", "zh-CN", true));
        assertThat(DocxLanguage.of("zh-Hans-SG").eastAsia()).isEqualTo("zh-CN");
    }

    @Test
    void traditionalChineseIsZhTw() {
        assertThat(DocxLanguage.of("zh-TW").eastAsia()).isEqualTo("zh-TW");
        assertThat(DocxLanguage.of("zh-Hant").eastAsia()).isEqualTo("zh-TW");
        assertThat(DocxLanguage.of("zh-HK").eastAsia()).isEqualTo("zh-TW");
    }

    @Test
    void otherLanguagesKeepTheirTagForLatinTextAndNeverPutEnglishInEastAsia() {
        assertThat(DocxLanguage.of("en")).isEqualTo(new DocxLanguage("en-US", "zh-CN", false));
        assertThat(DocxLanguage.of("en-GB").latin()).isEqualTo("en-GB");
        assertThat(DocxLanguage.of("und").latin()).isEqualTo("en-US");
        assertThat(DocxLanguage.of("fr-FR").eastAsia()).isEqualTo("zh-CN");
    }
}
