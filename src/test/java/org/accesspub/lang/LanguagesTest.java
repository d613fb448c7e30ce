package org.accesspub.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void mostlyHanTextIsChinese() {
        assertThat(Languages.detect("无锡高新区召开会议，传达学习贯彻全国两会精神。")).isEqualTo("zh-CN");
        assertThat(Languages.detect("這個會議說明了國家發展的重點，我們將來會繼續關注。")).isEqualTo("zh-TW");
        assertThat(Languages.detect("社區事務處為協助長者，全港十八區派發港幣五百元。")).isEqualTo("zh-HK");
        assertThat(Languages.detect("臺灣的長者可到台北市政府申請，香港居民另有安排。")).isEqualTo("zh-TW");
        assertThat(Languages.detect("The library opened a new reading room.")).isEqualTo("en");
        assertThat(Languages.detect("课程使用 Atkinson Hyperlegible 字体")).isEqualTo("zh-CN");
    }

    @Test
    void englishPassagesInsideChineseAreTheirOwnRuns() {
        List<LanguageRuns.Run> runs = LanguageRuns.split("字体选用 Atkinson Hyperlegible 和思源黑体。", "zh-CN");
        assertThat(runs).extracting(LanguageRuns.Run::language).containsExactly("zh-CN", "en", "zh-CN");
        assertThat(runs.get(1).text()).isEqualTo("Atkinson Hyperlegible");
    }

    @Test
    void loneLettersAndNumbersStayWithTheChinese() {
        assertThat(LanguageRuns.split("“6+2+X”现代产业集群", "zh-CN")).hasSize(1);
        assertThat(LanguageRuns.split("3月16日", "zh-CN")).hasSize(1);
    }

    @Test
    void chineseInsideEnglishIsTheirOwnRun() {
        List<LanguageRuns.Run> runs = LanguageRuns.split("The word 你好 means hello.", "en");
        assertThat(runs).extracting(LanguageRuns.Run::language).containsExactly("en", "zh", "en");
    }
}
