package org.accesspub.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {
    private final Article seed = Samples.read(Samples.SEED);

    private static List<String> paragraphs(Article a) {
        return a.blocks().stream().filter(b -> b instanceof Block.Paragraph).map(Blocks::plainText).toList();
    }

    @Test
    void seedArticleTitleHasFullWidthParentheses() {
        assertThat(seed.metadata().title()).isEqualTo("无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议");
    }

    @Test
    void seedArticleDateAndSourceComeFromTheMetaLine() {
        assertThat(seed.metadata().date()).isEqualTo("2024-03-18T08:57");
        assertThat(seed.metadata().source()).isEqualTo("新吴区人民政府");
        assertThat(seed.language()).isEqualTo("zh-CN");
    }

    @Test
    void seedArticleHasSixteenBodyParagraphsAndTheCredit() {
        assertThat(seed.blocks()).hasSize(17).allMatch(b -> b instanceof Block.Paragraph);
    }

    @Test
    void seedArticleDropsBreadcrumbMetaLineAndWidgets() {
        assertThat(paragraphs(seed)).noneMatch(p -> p.contains("当前位置") || p.contains("发布时间")
                || p.contains("选择阅读字号") || p.contains("网站首页"));
    }

    @Test
    void seedArticleKeepsItsClosingSourceLine() {
        assertThat(paragraphs(seed)).last().isEqualTo("来源：无锡高新区在线");
    }

    @Test
    void seedParagraphsCarryNoLayoutWhitespace() {
        assertThat(paragraphs(seed)).allSatisfy(p -> {
            assertThat(p).isEqualTo(p.strip());
            assertThat(p).doesNotContain("\u00A0", "\u3000", "  ");
        });
    }

    @Test
    void asciiPunctuationBetweenHanBecomesFullWidthButNotInNumbers() {
        assertThat(paragraphs(seed).get(0)).startsWith("3月16日，无锡高新区（新吴区）召开会议，");
        assertThat(paragraphs(seed).get(6)).contains("“6+2+X”");
        assertThat(paragraphs(seed).get(7)).contains("“三大中心”；稳步推进");
    }

    @Test
    void keepPunctuationLeavesTheSourceAsWritten() {
        Article kept = Readers.read(Samples.path(Samples.SEED), ReadOptions.builder().keepPunctuation(true).build());
        assertThat(kept.metadata().title()).isEqualTo("无锡高新区(新吴区)召开传达学习贯彻全国两会精神会议");
    }

    @Test
    void englishNewsPageGivesAuthorDateAndSourceAndDropsWidgets() {
        Article en = Samples.read(Samples.ENGLISH);
        assertThat(en.metadata().title()).isEqualTo("Riverside Library Opens Large-Print Reading Room for Older Readers");
        assertThat(en.metadata().author()).isEqualTo("Margaret Hollis");
        assertThat(en.metadata().date()).isEqualTo("2024-03-12T10:15");
        assertThat(en.metadata().source()).isEqualTo("Riverside Gazette");
        assertThat(en.language()).isEqualTo("en");
        assertThat(paragraphs(en)).hasSize(7).noneMatch(p -> p.contains("Print this page") || p.contains("You are here"));
        assertThat(paragraphs(en)).last().isEqualTo("Source: Riverside Gazette");
    }

    @Test
    void gb18030NoticeIsDecodedAndUnderstood() {
        Article a = Samples.readFixture("read/notice-gb18030.txt");
        assertThat(a.metadata().title()).isEqualTo("关于调整社区食堂开放时间的通知");
        assertThat(a.metadata().date()).isEqualTo("2024-03-16");
        assertThat(a.metadata().source()).isEqualTo("阳光街道办事处");
        assertThat(paragraphs(a)).containsExactly("各位居民：自3月18日起，社区食堂午餐时间调整为11:00至13:00。",
                "如有疑问，请致电85201234。");
    }

    @Test
    void wrappedLinesJoinWithoutSpacesInChineseAndWithOneInEnglish() {
        Article zh = Readers.read("标题\n\n第一行\n第二行。\n", SourceKind.TXT, ReadOptions.defaults(), "t");
        Article en = Readers.read("Title\n\nfirst line\nsecond line.\n", SourceKind.TXT, ReadOptions.defaults(), "t");
        assertThat(paragraphs(zh)).containsExactly("第一行第二行。");
        assertThat(paragraphs(en)).containsExactly("first line second line.");
    }

    @Test
    void indentedLinesStartNewParagraphsWithoutBlankLines() {
        Article a = Readers.read("Title\n  One.\n  Two.\n\u3000\u3000Three.\n", SourceKind.TXT, ReadOptions.defaults(), "t");
        assertThat(paragraphs(a)).containsExactly("One.", "Two.", "Three.");
    }

    @Test
    void numberedChineseSectionLinesBecomeHeadings() {
        Article a = Readers.read("标题\n\n一、总体要求\n\n内容。\n", SourceKind.TXT, ReadOptions.defaults(), "t");
        assertThat(a.blocks().get(0)).isInstanceOf(Block.Heading.class);
    }

    @Test
    void aVeryLongLineIsOneParagraph() {
        String line = "很长的句子，".repeat(50_000) + "结束。";
        Article a = Readers.read("标题\n\n" + line + "\n", SourceKind.TXT, ReadOptions.defaults(), "t");
        assertThat(paragraphs(a)).containsExactly(line);
    }
}
