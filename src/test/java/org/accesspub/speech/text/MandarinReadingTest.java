package org.accesspub.speech.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.prepare.Term;
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
    void rareCharactersTakeUnihansReadingAndEmojiTheirCldrName() {
        List<Integer> reported = new ArrayList<>();
        assertThat(pinyin("𠮷野家开业")).isEqualTo("ji2 ye3 jia1 kai1 ye4");
        assertThat(MandarinReading.normalize("开业😀", ChineseNormalizer.INSTANCE)).isEqualTo("开业嘿嘿");
        assertThat(MandarinReading.normalize("Open 😀!", EnglishNormalizer.INSTANCE)).contains("grinning face");
        assertThat(MandarinReading.normalize("共3项。", ChineseNormalizer.INSTANCE)).endsWith("。");
        MandarinReading.pinyinLine("𠮷野家\uE000开业", reported::add);
        assertThat(reported).containsExactly(0xE000);
    }

    @Test
    void traditionalChineseIsReadThroughSimplifiedAndShownAsWritten() {
        assertThat(pinyin("長者計劃：社區事務處為協助長者，推出數碼服務。")).isEqualTo(
                "zhang2 zhe3 ji4 hua4： she4 qu1 shi4 wu4 chu4 wei4 xie2 zhu4 zhang2 zhe3， tui1 chu1 shu4 ma3 fu2 wu4。");
        assertThat(pinyin("他們獨立地完成。")).isEqualTo("ta1 men5 du2 li4 de5 wan2 cheng2。");
        List<MandarinReading.Syllable> read = MandarinReading.read("長者", cp -> { });
        assertThat(read.get(0).text()).isEqualTo("長");
        // a Simplified text keeps characters the two scripts share
        assertThat(pinyin("乾隆年间")).startsWith("qian2 long2");
    }

    @Test
    void polyphonesOutsideTheDictionaryAreDecidedInContext() {
        assertThat(pinyin("他粗略地看了一下，很好地完成了任务。")).contains("cu1 lve4 de5 kan4", "hao3 de5 wan2");
        assertThat(pinyin("在这块地上")).contains("di4");
        assertThat(pinyin("重启电脑，重设密码，重构代码。")).contains("chong2 qi3", "chong2 she4", "chong2 gou4");
        assertThat(pinyin("此为测试，值为零，变为空。")).contains("ci3 wei2", "zhi2 wei2", "bian4 wei2");
        assertThat(pinyin("朝为越溪女，暮作吴宫妃。")).startsWith("zhao1 wei2");
        assertThat(pinyin("邱为是诗人。")).startsWith("qiu1 wei2");
        assertThat(pinyin("十载重上井冈山。")).startsWith("shi2 zai3 chong2 shang4");
        assertThat(pinyin("他干这一行当很久了。")).contains("hang2 dang");
        assertThat(pinyin("代表团一行人抵达")).contains("yi4 xing2");
    }

    @Test
    void aSurnameIsReadAsASurname() {
        assertThat(pinyin("据称，覃辉现居国外。")).contains("qin2 hui1");
        assertThat(pinyin("翟志刚出舱")).startsWith("zhai2");
        assertThat(pinyin("褚时健的企业")).startsWith("chu3");
    }

    @Test
    void theToolsOwnPhrasesAreReadRight() {
        org.accesspub.prepare.Terms terms = org.accesspub.prepare.Terms.forLocale("zh-Hans");
        assertThat(pinyin(spoken(terms.get(Term.SPEECH_TABLE, 8)))).isEqualTo("biao3 ge2， gong4 ba1 hang2");
        assertThat(pinyin(spoken(terms.get(Term.SPEECH_CODE_SKIPPED, 11))))
                .isEqualTo("ci3 chu4 you3 dai4 ma3， gong4 shi2 yi1 hang2， lve4 guo4。");
        assertThat(pinyin(spoken("共3列"))).isEqualTo("gong4 san1 lie4");
        assertThat(pinyin(spoken(terms.get(Term.A11Y_SUMMARY_TEXT)))).contains("ben3 shu1 wei2", "hang2 ju4",
                "jun1 wei2 wen2 zi4");
        // every phrase of the terms file has a reading for each of its characters
        for (String term : terms.all()) {
            List<Integer> unread = new ArrayList<>();
            MandarinReading.pinyinLine(spoken(term.replace("{0}", "8").replace("{1}", "3")), unread::add);
            assertThat(unread).as(term).isEmpty();
        }
    }

    private static String spoken(String text) {
        return MandarinReading.normalize(text, ChineseNormalizer.INSTANCE);
    }
}
