package org.accesspub.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

/** Plain text keeps verse: poems, lyrics and addresses keep their lines; poem titles become headings. */
class VerseTest {
    private static final Article POEMS = Samples.readFixture("blocks/poems-44.txt");

    private static Article txt(String text) {
        return Readers.read(text, SourceKind.TXT, ReadOptions.defaults(), "t");
    }

    private static <T extends Block> List<T> all(Article a, Class<T> type) {
        return a.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void fortyFourPoemsGiveFortyFourHeadingsAndFortyFourLineBlocks() {
        assertThat(POEMS.metadata().title()).isEqualTo("唐诗三百首选读（四十四首）");
        assertThat(all(POEMS, Block.Heading.class)).hasSize(44);
        assertThat(all(POEMS, Block.LineBlock.class)).hasSize(44);
        assertThat(POEMS.blocks()).hasSize(44 * 3);
    }

    @Test
    void eachPoemIsItsTitleThenItsAuthorLineThenItsVerse() {
        List<Block> b = POEMS.blocks();
        assertThat(Blocks.plainText(b.get(0))).isEqualTo("感遇・其一");
        assertThat(b.get(1)).isEqualTo(Block.Paragraph.of("作者：张九龄"));
        assertThat(b.get(2)).isEqualTo(Block.LineBlock.of(List.of("兰叶春葳蕤，桂华秋皎洁。", "欣欣此生意，自尔为佳节。",
                "谁知林栖者，闻风坐相悦。", "草木有本心，何求美人折？")));
        for (int i = 0; i < b.size(); i += 3) {
            assertThat(b.get(i)).isInstanceOf(Block.Heading.class);
            assertThat(b.get(i + 1)).isInstanceOf(Block.Paragraph.class);
            assertThat(b.get(i + 2)).isInstanceOf(Block.LineBlock.class);
        }
    }

    @Test
    void aShortTitleLineFollowedByAnAuthorLineIsAPoemTitle() {
        assertThat(POEMS.blocks()).containsSubsequence(
                new Block.Heading(2, List.of(new org.accesspub.model.Inline.Text("竹里馆"))), Block.Paragraph.of("〔唐〕王维"));
        assertThat(POEMS.blocks()).contains(Block.Paragraph.of("唐・王维"), Block.Paragraph.of("柳宗元"));
    }

    @Test
    void aPoemOfOneHalfLineAPerLineKeepsEveryLine() {
        Block.LineBlock stork = all(POEMS, Block.LineBlock.class).get(4);
        assertThat(stork.lines()).hasSize(4);
        assertThat(Blocks.plainText(stork.lines().get(0))).isEqualTo("白日依山尽，");
    }

    @Test
    void poemsWithoutBlankLinesBetweenThemAreStillSplitAtEachTitle() {
        Article a = txt("诗选\n\n《静夜思》\n李白\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n"
                + "《春晓》\n孟浩然\n春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。\n");
        assertThat(all(a, Block.Heading.class)).extracting(Blocks::plainText).containsExactly("静夜思", "春晓");
        assertThat(all(a, Block.LineBlock.class)).hasSize(2);
    }

    @Test
    void anAddressKeepsItsLines() {
        Article a = txt("来信地址\n\n江苏省无锡市新吴区\n长江路 21 号\n阳光社区服务中心\n邮编 214028\n");
        assertThat(a.blocks()).containsExactly(Block.LineBlock.of(
                List.of("江苏省无锡市新吴区", "长江路 21 号", "阳光社区服务中心", "邮编 214028")));
    }

    @Test
    void englishVerseKeepsItsLinesAndTakesItsTitleAndAuthor() {
        Article a = txt("Poems\n\nDust of Snow\nby Robert Frost\nThe way a crow\nShook down on me\n"
                + "The dust of snow\nFrom a hemlock tree\n");
        assertThat(a.blocks()).hasSize(3);
        assertThat(Blocks.plainText(a.blocks().get(0))).isEqualTo("Dust of Snow");
        assertThat(a.blocks().get(1)).isEqualTo(Block.Paragraph.of("by Robert Frost"));
        assertThat(((Block.LineBlock) a.blocks().get(2)).lines()).hasSize(4);
    }

    @Test
    void wrappedProseIsNeverVerse() {
        Article zh = txt("标题\n\n社区食堂从下周一开始\n调整午餐时间，请居民\n相互转告。\n");
        Article en = txt("Title\n\nThe library opens a new\nreading room on Monday for\nolder readers.\n");
        assertThat(zh.blocks()).containsExactly(Block.Paragraph.of("社区食堂从下周一开始调整午餐时间，请居民相互转告。"));
        assertThat(en.blocks()).containsExactly(
                Block.Paragraph.of("The library opens a new reading room on Monday for older readers."));
    }

    @Test
    void indentedShortLinesAreParagraphsNotVerse() {
        Article a = txt("Title\n  One.\n  Two.\n");
        assertThat(a.blocks()).containsExactly(Block.Paragraph.of("One."), Block.Paragraph.of("Two."));
    }
}
