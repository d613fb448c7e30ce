package org.accesspub.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseWordsTest {

    @Test
    void splitsASentenceIntoDictionaryWords() {
        assertThat(ChineseWords.segment("区长是老大难问题里挑大梁的人"))
                .contains("区长", "老大难", "挑大梁");
    }

    @Test
    void wordsJoinBackIntoTheTextUnchanged() {
        String text = "无锡高新区（新吴区）召开会议，GDP增长6.3%。";
        assertThat(String.join("", ChineseWords.segment(text))).isEqualTo(text);
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(ChineseWords.segment("")).isEmpty();
    }
}
