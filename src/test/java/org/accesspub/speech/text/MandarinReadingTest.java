package org.accesspub.speech.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MandarinReadingTest {
    private static String pinyin(String text) {
        return MandarinReading.pinyinLine(text, cp -> { });
    }

    @Test
    void polyphonesAreReadByWord() {
        assertThat(pinyin("区长章金伟")).isEqualTo("qu1 zhang3 zhang1 jin1 wei3");
        assertThat(pinyin("银行行长")).isEqualTo("yin2 hang2 hang2 zhang3");
        assertThat(pinyin("攻坚老大难问题")).contains("lao3 da4 nan2");
        assertThat(pinyin("勇挑大梁")).isEqualTo("yong3 tiao3 da4 liang2");
        assertThat(pinyin("要在稳增长上挑大梁")).contains("tiao3 da4 liang2");
        assertThat(pinyin("智改数转")).isEqualTo("zhi4 gai3 shu4 zhuan3");
    }

    @Test
    void weiIsToBeBeforeAnAmountAndAfterYiAsTakenAs() {
        assertThat(pinyin("预算为三亿元")).isEqualTo("yu4 suan4 wei2 san1 yi4 yuan2");
        assertThat(pinyin("构建以先进制造业为骨干的现代化产业体系")).contains("wei2 gu3 gan4");
        assertThat(pinyin("为江苏各项事业高质量发展注入了强劲动力")).startsWith("wei4 jiang1 su1");
    }

    @Test
    void yiChangesItsToneBeforeOthersButNotWhenCounted() {
        assertThat(pinyin("以一域之光")).isEqualTo("yi3 yi2 yu4 zhi1 guang1");
        assertThat(pinyin("一老一小")).isEqualTo("yi4 lao3 yi4 xiao3");
        assertThat(pinyin("一盘棋")).isEqualTo("yi4 pan2 qi2");
        assertThat(pinyin("进一步")).isEqualTo("jin4 yi2 bu4");
        assertThat(pinyin("统一")).isEqualTo("tong3 yi1");
        assertThat(pinyin("第一")).isEqualTo("di4 yi1");
        assertThat(pinyin("十一月")).isEqualTo("shi2 yi1 yue4");
        assertThat(pinyin("一加三")).isEqualTo("yi1 jia1 san1");
        assertThat(pinyin("二零一九年")).isEqualTo("er4 ling2 yi1 jiu3 nian2");
        assertThat(pinyin("看一看")).isEqualTo("kan4 yi5 kan4");
    }

    @Test
    void buIsSecondToneBeforeAFourth() {
        assertThat(pinyin("不是")).isEqualTo("bu2 shi4");
        assertThat(pinyin("不同")).isEqualTo("bu4 tong2");
        assertThat(pinyin("好不好")).endsWith("hao3");
    }

    @Test
    void twoThirdTonesInAWordMakeTheFirstASecond() {
        assertThat(pinyin("你好")).isEqualTo("ni2 hao3");
        assertThat(pinyin("领导")).isEqualTo("ling2 dao3");
    }

    @Test
    void shortWordsOfThirdTonesOnlyAreSaidAsOneWord() {
        assertThat(pinyin("我想")).isEqualTo("wo2 xiang3");
        assertThat(pinyin("找准")).isEqualTo("zhao2 zhun3");
        assertThat(pinyin("打好")).isEqualTo("da2 hao3");
        // three words of one syllable, said as one: all but the last become second tones, as in fluent speech
        assertThat(pinyin("我很好")).isEqualTo("wo2 hen2 hao3");
        assertThat(pinyin("展览馆")).isEqualTo("zhan2 lan2 guan3");
        assertThat(pinyin("岂有此理")).isEqualTo("qi2 you3 ci2 li3");
    }

    @Test
    void aThirdToneBeforeAnotherToneOrPunctuationStaysAThird() {
        assertThat(pinyin("很多")).isEqualTo("hen3 duo1");
        assertThat(pinyin("我，你")).startsWith("wo3");
    }

    @Test
    void aPinyinReadingFromTheLexiconIsSaidAsWritten() {
        Lexicon lexicon = Lexicon.parse("区长=qu1 zhang3\n重庆=Chong2 qing4\n", "test");
        String spoken = MandarinReading.normalize(lexicon.apply("重庆区长2人"), ChineseNormalizer.INSTANCE);
        assertThat(spoken).isEqualTo("⟦重庆|chong2 qing4⟧⟦区长|qu1 zhang3⟧两人");
        assertThat(pinyin(spoken)).isEqualTo("chong2 qing4 qu1 zhang3 liang3 ren2");
        assertThat(MandarinReading.plain(spoken)).isEqualTo("重庆区长两人");
    }

    @Test
    void eSpeakGetsWordsOfJoinedSyllablesAndItsSpellingOfQiong() {
        assertThat(MandarinReading.espeakText("区长说，穷人不多。", cp -> { }))
                .isEqualTo("qu1zhang3 shuo1 ， qong2ren2 bu4 duo1 。");
    }

    @Test
    void charactersWithoutAReadingAreReportedAndSkipped() {
        List<Integer> reported = new ArrayList<>();
        assertThat(pinyin("𠮷野家😀开业")).isEqualTo("ye3 jia1 kai1 ye4");
        MandarinReading.pinyinLine("𠮷野家😀开业", reported::add);
        assertThat(reported).containsExactly(0x20BB7, 0x1F600);
    }
}
