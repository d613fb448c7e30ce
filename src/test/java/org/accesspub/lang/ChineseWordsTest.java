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
    void hanlpReadsItsDictionariesFromTheJarsPackAndNothingElse() throws Exception {
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of("samples", "seed-article-zh.txt"));
        ChineseWords.segment(seed + "王小明和李娜在北京見面。");
        ChineseWords.pinyin("重庆银行");
        HanlpData data = HanlpData.current();
        assertThat(data.packed()).as("the build packed HanLP's data (src/build/PackData.java)").isTrue();
        java.nio.file.Path dir = org.accesspub.BundledData.unpacked("hanlp");
        assertThat(data.opened).isNotEmpty().allSatisfy(path -> assertThat(
                path.startsWith("data/dictionary/custom/accesspub-none.txt")
                        || java.nio.file.Files.isRegularFile(dir.resolve(path)))
                .as("%s is in the pack", path).isTrue());
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(ChineseWords.segment("")).isEmpty();
    }
}
