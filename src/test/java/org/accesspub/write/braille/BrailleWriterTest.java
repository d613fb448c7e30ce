package org.accesspub.write.braille;

import org.accesspub.braille.BrailleTable;
import org.accesspub.braille.BrailleTables;
import org.accesspub.braille.BraillePage;
import org.accesspub.braille.Louis;
import org.accesspub.braille.PrintText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.accesspub.AccesspubException;
import org.accesspub.PublishOptions;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

class BrailleWriterTest {
    private static BrailleDocument lay(Article article, Warnings warnings) {
        return BrailleWriter.builder().build().lay(article, warnings);
    }

    private static String text(BrailleDocument doc) {
        StringBuilder sb = new StringBuilder();
        doc.pages().forEach(p -> p.stream().skip(1).forEach(l -> sb.append(l).append('\n')));
        return sb.toString();
    }

    @Test
    void aCharacterNoTableHasIsReportedOnceByNameAndWrittenAsItsCodePoint() {
        Warnings warnings = Warnings.collecting();
        Article a = new Article(Metadata.of("测试", "zh-CN"),
                List.of(Block.Paragraph.of("生僻字㐀和表情😀，再来一次㐀。")));
        String braille = text(lay(a, warnings));
        // 㐀 (qiū in Unihan) is not in zhcn-cbs: it is spelled from its reading; the emoji has no braille
        assertThat(warnings.all()).containsExactly(
                "braille table zhcn-cbs has no braille for U+1F600 GRINNING FACE (1 time): written as its code point U+1F600");
        assertThat(braille).contains(org.accesspub.braille.ReadingSpeller.spell(BrailleTable.ZHCN_CBS, 0x3400).cells())
                .contains(Louis.translate(BrailleTable.UEB_G1, "U+1F600").cells())
                .doesNotContain(Louis.translate(BrailleTable.UEB_G1, "U+3400").cells());
    }

    @Test
    void aSymbolTheChineseTableLacksIsWrittenInUnifiedEnglishBraille() {
        Warnings warnings = Warnings.collecting();
        Article a = new Article(Metadata.of("台灣", "zh-TW"), List.of(Block.Paragraph.of("價格—很好")));
        String braille = text(lay(a, warnings));
        assertThat(warnings.all()).singleElement().asString()
                .startsWith("braille table zh-tw has no braille for U+2014 EM DASH").endsWith("written in ueb-g1");
        assertThat(braille).contains("⠠⠤");
    }

    @Test
    void noBreakAndIdeographicSpacesDoNotStopTheTables() {
        Article a = new Article(Metadata.of("Price\u00a0list", "en"),
                List.of(Block.Paragraph.of("Costs\u00a0£5\u2009each\u3000today\u200b.")));
        Warnings warnings = Warnings.collecting();
        String braille = text(lay(a, warnings));
        assertThat(Louis.backTranslate(BrailleTable.UEB_G2, braille.replace('\n', '\u2800')))
                .contains("Costs £5 each today.");
    }

    @Test
    void listsTablesImagesAndLinksOfTheMarkdownSampleAreWrittenOut() {
        Article md = Samples.read(Samples.MARKDOWN);
        BrailleText t = new BrailleText(BrailleTables.defaults(), "zh-CN", new UnknownCharacters());
        String braille = text(lay(md, Warnings.collecting()));
        assertThat(braille).contains(t.translate("1. 智能手机的基本操作").cells().substring(0, 8));
        assertThat(braille).contains(t.translate("图片：柱状图").cells()); // the prepared terms: the same words as every output
        assertThat(braille).contains(t.translate("月份：1月").cells());
        assertThat(braille).doesNotContain(t.translate("https").cells());
    }

    @Test
    void anEnglishPassageInAChineseArticleIsInUnifiedEnglishBraille() {
        Article a = new Article(Metadata.of("标题", "zh-CN"), List.of(new Block.Paragraph(List.of(
                new Inline.Text("字体 "), new Inline.Link("https://example.org", List.of(new Inline.Text("Atkinson Hyperlegible"))),
                new Inline.Text(" 很清楚")))));
        String braille = text(lay(a, Warnings.collecting()));
        assertThat(braille).contains(Louis.translate(BrailleTable.UEB_G2, "Atkinson Hyperlegible").cells());
    }

    @Test
    void anEnglishParagraphOfAChineseArticleIsInEnglishBrailleNumbersIncluded() {
        String english = "Room 12 opens at 9 today.";
        Article a = new Article(Metadata.of("通知", "zh-CN"), List.of(Block.Paragraph.of("社区服务中心本周六举办讲座。"),
                Block.Paragraph.of(english)));
        String braille = text(lay(a, Warnings.collecting())).replace("\n", "");
        BrailleText en = new BrailleText(BrailleTables.defaults(), "en", new UnknownCharacters());
        assertThat(braille).as("the whole paragraph, numbers included, in English braille")
                .contains(en.translate(english).cells().replace("\n", ""));
    }

    @Test
    void notesAreLabelledAndVerseKeepsItsLines() {
        BrailleText t = new BrailleText(BrailleTables.defaults(), "zh-CN", new UnknownCharacters());
        String manual = text(lay(Samples.readFixture(BrailleOutputs.MANUAL), Warnings.collecting()));
        // the label at the margin, the note two cells in, its paragraph indented two more
        assertThat(manual).contains("\n" + t.translate("注意").cells() + "\n⠀⠀⠀⠀" + t.translate("命令").cells());
        assertThat(manual).contains("\n" + t.translate("警告").cells() + "\n⠀⠀⠀⠀" + t.translate("不要").cells());
        String poems = text(lay(Samples.readFixture(BrailleOutputs.POEMS), Warnings.collecting()));
        // 床前明月光，疑是地上霜。 on a line of its own, then 举头望明月，低头思故乡。
        assertThat(poems).contains("\n" + t.translate("床前明月光，疑是地上霜。").cells() + "\n"
                + t.translate("举头望明月，低头思故乡。").cells() + "\n");
    }

    @Test
    void theBraillePageSizeIsHonoured() {
        BrailleOutputs.Output out = BrailleOutputs.convert(Samples.SEED,
                PublishOptions.builder().braille(org.accesspub.braille.BrailleOptions.builder().page(BraillePage.parse("28x12")).build()), "seed-28x12");
        for (List<String> page : BrailleOutputs.pefPages(out.pef())) {
            assertThat(page.size()).isLessThanOrEqualTo(12);
            page.forEach(row -> assertThat(row.length()).isLessThanOrEqualTo(28));
        }
        assertThat(out.pef()).contains("cols=\"28\" rows=\"12\"");
    }

    @Test
    void badTableAndPageNamesAreUsageErrors() {
        assertThatThrownBy(() -> BrailleTable.parse("klingon")).isInstanceOf(AccesspubException.class)
                .hasMessageContaining("zhcn-cbs, zhcn-g1, zh-tw, zh-hk, ueb-g2, ueb-g1");
        assertThatThrownBy(() -> BraillePage.parse("40")).hasMessageContaining("40x25");
        assertThatThrownBy(() -> BraillePage.parse("4x25")).hasMessageContaining("out of range");
        assertThat(BrailleTables.of(List.of(BrailleTable.parse("ZHCN-G1"))).forLanguage("zh-CN")).isEqualTo(BrailleTable.ZHCN_G1);
        assertThat(BrailleTables.defaults().forLanguage("zh-Hant-HK")).isEqualTo(BrailleTable.ZH_HK);
        assertThat(BrailleTables.defaults().forLanguage("zh-Hant-TW")).isEqualTo(BrailleTable.ZH_TW);
    }

    @Test
    void spacesOfEveryKindBecomeOneSpaceAndTheKatakanaDotTheChineseOne() {
        assertThat(PrintText.normalise("\u3000\u3000a\u00a0\u00a0b\u2003c\u200bd\u00ade\n")).isEqualTo("a b cde");
        assertThat(PrintText.normalise("《感遇・其一》")).isEqualTo("《感遇·其一》");
    }
}
