package org.accesspub.speech.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void aHeadingOrCaptionNumberStaysWithItsText() {
        assertThat(Sentences.split("3.1. 安装步骤")).containsExactly("3.1. 安装步骤");
        assertThat(Sentences.split("表 3.1. 参数列表\n第二句。")).containsExactly("表 3.1. 参数列表", "第二句。");
        assertThat(Sentences.split("Table 2. Settings")).containsExactly("Table 2. Settings");
        assertThat(Sentences.split("It rose in 2024. Then it fell.")).containsExactly("It rose in 2024.", "Then it fell.");
    }

    @Test
    void chineseSentencesEndAtFullStopsQuestionMarksAndSemicolons() {
        assertThat(Sentences.split("会议召开了。你来吗？来！先这样；再那样……好"))
                .containsExactly("会议召开了。", "你来吗？", "来！", "先这样；", "再那样……", "好");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(Sentences.split("他说：“我们来了。”然后走了。"))
                .containsExactly("他说：“我们来了。”", "然后走了。");
        assertThat(Sentences.split("He said \"Go.\" Then he left."))
                .containsExactly("He said \"Go.\"", "Then he left.");
    }

    @Test
    void decimalNumbersAbbreviationsAndInitialsDoNotEndASentence() {
        assertThat(Sentences.split("Growth was 3.5 percent. Mr. Smith and Dr. J. Brown met at 10 a.m. today. See example.com now!"))
                .containsExactly("Growth was 3.5 percent.", "Mr. Smith and Dr. J. Brown met at 10 a.m. today.", "See example.com now!");
    }

    @Test
    void aLineBreakEndsASentence() {
        assertThat(Sentences.split("第一行\n第二行")).containsExactly("第一行", "第二行");
    }

    @Test
    void commasDoNotSplit() {
        assertThat(Sentences.split("3月16日,无锡高新区召开会议,传达精神。")).containsExactly("3月16日,无锡高新区召开会议,传达精神。");
    }
}
