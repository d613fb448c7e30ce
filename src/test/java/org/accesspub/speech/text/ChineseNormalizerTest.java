package org.accesspub.speech.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNormalizerTest {

    private static String say(String written) {
        return ChineseNormalizer.INSTANCE.normalize(written);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "2024-03-18 => 二零二四年三月十八日",
        "2024年3月16日 => 二零二四年三月十六日",
        "3月16日 => 三月十六日",
        "2024年 => 二零二四年",
        "2024-03 => 二零二四年三月",
        "2023—2024年 => 二零二三至二零二四年",
    })
    void datesAreSaidAsYearDigitsThenMonthAndDayValues(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "08:57 => 八点五十七分",
        "9:30—11:30 => 九点三十分至十一点三十分",
        "9:30-11:30 => 九点三十分至十一点三十分",
        "10:00 => 十点",
        "14:05 => 十四点零五分",
        "2:30 => 两点三十分",
        "08:57:30 => 八点五十七分三十秒",
        "08：57 => 八点五十七分",
    })
    void timesAreSaidWithDianAndFen(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "6.3% => 百分之六点三",
        "增长6.3% => 增长百分之六点三",
        "100% => 百分之百",
        "5%-8% => 百分之五至百分之八",
        "5-8% => 百分之五至百分之八",
        "5%至8% => 百分之五至百分之八",
        "下降-2% => 下降负百分之二",
        "３％ => 百分之三",
        "3‰ => 千分之三",
    })
    void percentagesAreSaidAsBaiFenZhi(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "2000 => 两千",
        "1,150 => 一千一百五十",
        "3.5 => 三点五",
        "0.05 => 零点零五",
        "10 => 十",
        "15 => 十五",
        "115 => 一百一十五",
        "1005 => 一千零五",
        "10010 => 一万零一十",
        "12000 => 一万两千",
        "20000 => 两万",
        "100000 => 十万",
        "10万 => 十万",
        "2万 => 两万",
        "1.5亿 => 一点五亿",
        "300000000 => 三亿",
        "100010000 => 一亿零一万",
        "2个 => 两个",
        "2月 => 二月",
        "2 => 二",
        "第2个 => 第二个",
        "-5 => 负五",
        "气温-5度 => 气温负五度",
        "007 => 零零七",
        "0 => 零",
        "1234.05元 => 一千二百三十四点零五元",
    })
    void numbersAreSaidAsValues(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "第1章 => 第一章",
        "第12届 => 第十二届",
        "第2 => 第二",
    })
    void ordinalsWithDiAreSaidAsValues(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "电话：0510-85223456 => 电话：零五幺零，八五二二三四五六",
        "13812345678 => 幺三八幺二三四五六七八",
        "138-1234-5678 => 幺三八，幺二三四，五六七八",
        "(0510)85221111 => 零五幺零八五二二幺幺幺幺",
        "拨打12345热线 => 拨打幺二三四五热线",
        "400-123-4567 => 四零零，幺二三，四五六七",
    })
    void phoneNumbersAreSaidDigitByDigitWithYaoForOne(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "6+2+X => 六加二加X",
        "1+3+10+N => 一加三加十加N",
        "“文化+数字+旅游+商业” => “文化加数字加旅游加商业”",
        "3×4=12 => 三乘四等于十二",
        "1/3 => 三分之一",
        "3:2 => 三比二",
        "3-5天 => 三至五天",
        "3~5天 => 三至五天",
        "1-2月 => 一至二月",
        "3月5日至11日 => 三月五日至十一日",
        "5-8日 => 五至八日",
        "¥25.5元/人 => 二十五点五元每人",
        "邮编214028 => 邮编二幺四零二八",
        "5·12汶川地震 => 五一二汶川地震",
        "80后和00后 => 八零后和零零后",
    })
    void symbolsBetweenWordsAreSaid(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "℃ => 摄氏度",
        "25℃ => 二十五摄氏度",
        "-5℃ => 零下五摄氏度",
        "-5～3℃ => 零下五至三摄氏度",
        "20°C => 二十摄氏度",
        "km => km",
        "10km => 十公里",
        "5 km => 五公里",
        "120km/h => 一百二十公里每小时",
        "300㎡ => 三百平方米",
        "¥12 => 十二元",
        "￥3.5万 => 三点五万元",
        "$5 => 五美元",
    })
    void unitsAndCurrenciesAreSaidInWords(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @ParameterizedTest(name = "{0} is said {1}")
    @CsvSource(delimiterString = "=>", value = {
        "二〇二四年 => 二零二四年",
        "２０２４年３月 => 二零二四年三月",
    })
    void lingAndFullWidthDigitsAreReadLikePlainDigits(String written, String said) {
        assertThat(say(written)).isEqualTo(said);
    }

    @Test
    void textWithoutNumbersIsLeftAlone() {
        String s = "无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议。";
        assertThat(say(s)).isEqualTo(s);
    }

    @Test
    void theSeedSentencesLoseEveryDigit() {
        String s = "3月16日,无锡高新区召开会议。加速构建更具竞争力的“6+2+X”现代产业集群;加速推进“1+3+10+N”文体设施布局落地";
        assertThat(say(s)).doesNotContainPattern("\\d")
                .contains("三月十六日", "六加二加X", "一加三加十加N");
    }
}
