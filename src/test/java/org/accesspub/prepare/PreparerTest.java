package org.accesspub.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.junit.jupiter.api.Test;

class PreparerTest {
    private static Block.Heading h(int level, String text) {
        return new Block.Heading(level, List.of(new Inline.Text(text)));
    }

    private static PreparedDocument prepare(Metadata m, Block... blocks) {
        return Preparer.builder().build().prepare(new Article(m, List.of(blocks)));
    }

    private static List<String> outline(PreparedDocument d) {
        return d.outline().stream().map(e -> e.level() + " " + e.text()).toList();
    }

    @Test
    void theTitleIsLevelOneAndHeadingsFollowWithoutSkippingALevel() {
        PreparedDocument d = prepare(Metadata.of("Title", "en"), h(2, "A"), h(4, "A.1"), h(2, "B"), h(3, "B.1"));
        assertThat(outline(d)).containsExactly("1 Title", "2 A", "3 A.1", "2 B", "3 B.1");
        assertThat(d.blocks()).extracting(b -> ((Block.Heading) b).level()).containsExactly(2, 3, 2, 3);
    }

    @Test
    void anOpeningHeadingThatRepeatsTheTitleLeavesSoTheTitleShowsOnceAndNoLevelIsSkipped() {
        PreparedDocument d = prepare(Metadata.of("Water  notice", "en"), new Block.ThematicBreak(), h(1, " Water\nnotice "),
                h(2, "Where"), Block.Paragraph.of("Text."), h(2, "When"));
        assertThat(outline(d)).containsExactly("1 Water notice", "2 Where", "2 When");
        assertThat(d.blocks()).extracting(Blocks::plainText).containsExactly("", "Where", "Text.", "When");
        assertThat(d.outlineEntry((Block.Heading) d.blocks().get(1))).isEqualTo(new PreparedDocument.OutlineEntry(2, "Where"));

        PreparedDocument untitled = prepare(Metadata.of(null, "zh-CN"), h(1, "停水通知"), h(2, "范围"), Block.Paragraph.of("全区。"));
        assertThat(outline(untitled)).as("the heading became the title").containsExactly("1 停水通知", "2 范围");

        PreparedDocument later = prepare(Metadata.of("Notice", "en"), Block.Paragraph.of("Opening."), h(2, "Notice"));
        assertThat(outline(later)).as("only an opening heading repeats the title").containsExactly("1 Notice", "2 Notice");
        PreparedDocument other = prepare(Metadata.of("Notice", "en"), h(1, "Notice board"), h(2, "Items"));
        assertThat(outline(other)).containsExactly("1 Notice", "2 Notice board", "3 Items");
    }

    @Test
    void theMarkdownSamplesOpeningHeadingIsItsTitleAndShowsOnce() {
        PreparedDocument d = Preparer.builder().build().prepare(org.accesspub.testing.Samples.read(
                org.accesspub.testing.Samples.MARKDOWN));
        assertThat(d.outline()).first().isEqualTo(new PreparedDocument.OutlineEntry(1, "社区老年人数字技能课堂开课"));
        assertThat(d.outline()).filteredOn(e -> e.text().equals("社区老年人数字技能课堂开课")).hasSize(1);
        assertThat(d.outline().subList(1, d.outline().size())).as("its ## sections sit right under the title")
                .extracting(PreparedDocument.OutlineEntry::level).containsOnly(2);
        assertThat(d.blocks().get(0)).isInstanceOf(Block.Paragraph.class);
    }

    @Test
    void aPageWhoseHeadingsStartAtH3StartsAtLevelTwo() {
        PreparedDocument d = prepare(Metadata.of("Notice", "en"), h(3, "First"), h(5, "Detail"), h(3, "Second"));
        assertThat(outline(d)).containsExactly("1 Notice", "2 First", "3 Detail", "2 Second");
    }

    @Test
    void relativeOrderIsKeptWhenALevelComesBackBetweenTwoOthers() {
        PreparedDocument d = prepare(Metadata.of("T", "en"), h(1, "A"), h(3, "B"), h(2, "C"), h(4, "D"));
        assertThat(outline(d)).containsExactly("1 T", "2 A", "3 B", "3 C", "4 D");
    }

    @Test
    void emptyHeadingsLeaveAndHeadingsInsideQuotesBecomeBoldText() {
        PreparedDocument d = prepare(Metadata.of("T", "en"), h(2, "  "),
                new Block.BlockQuote(List.of(h(2, "Quoted heading"))));
        assertThat(outline(d)).containsExactly("1 T");
        Block.BlockQuote q = (Block.BlockQuote) d.blocks().get(0);
        assertThat(q.blocks().get(0)).isEqualTo(new Block.Paragraph(List.of(new Inline.Strong(
                List.of(new Inline.Text("Quoted heading"))))));
    }

    @Test
    void anUntitledArticleIsTitledByItsOpeningWords() {
        PreparedDocument d = prepare(Metadata.of(null, "und"), Block.Paragraph.of("Just one line of text."));
        assertThat(d.info().title()).isEqualTo("Just one line of text.");
        assertThat(d.info().titleGiven()).isFalse();
        assertThat(d.language()).isEqualTo("en");
    }

    @Test
    void anUntitledChineseArticleWithoutTextIsTitledWithTheLocalesWord() {
        PreparedDocument d = prepare(Metadata.of(null, "zh-CN"), new Block.ThematicBreak());
        assertThat(d.info().title()).isEqualTo("无标题");
        assertThat(d.outline()).first().isEqualTo(new PreparedDocument.OutlineEntry(1, "无标题"));
        assertThat(d.info().creator()).as("no author, no source").isEqualTo("佚名");
        assertThat(d.info().description()).isNull();
    }

    @Test
    void anUntitledArticleIsTitledByItsOpeningWordsNotByALaterHeading() {
        PreparedDocument d = prepare(Metadata.of(null, "en"), Block.Paragraph.of("An opening paragraph."),
                new Block.Heading(2, List.of(new Inline.Text("Steps"))));
        assertThat(d.info().title()).isEqualTo("An opening paragraph.");
        assertThat(d.info().titleGiven()).isFalse();
    }

    @Test
    void theIdentifierIsTheUsersElseTheSameOneDerivedFromTheContent() {
        Article a = new Article(Metadata.of("T", "en"), List.of(Block.Paragraph.of("Text.")));
        String derived = Preparer.builder().build().prepare(a).info().identifier();
        assertThat(derived).matches("urn:uuid:[0-9a-f-]{36}").isEqualTo(Preparer.builder().build().prepare(a).info().identifier());
        Article other = new Article(Metadata.of("T", "en"), List.of(Block.Paragraph.of("Other text.")));
        assertThat(Preparer.builder().build().prepare(other).info().identifier()).isNotEqualTo(derived);
        assertThat(Preparer.builder().identifier(" urn:isbn:9780000000002 ").build().prepare(a).info().identifier())
                .isEqualTo("urn:isbn:9780000000002");
    }

    @Test
    void publisherCreatorAndDescriptionAreDecidedOnce() {
        String longText = "word ".repeat(40).strip();
        Article a = new Article(new Metadata("T", null, null, "2024-03-18 08:57", "City Press", "en", null),
                List.of(new Block.Heading(2, List.of(new Inline.Text("Heading"))), Block.Paragraph.of(longText)));
        DocumentInfo info = Preparer.builder().build().prepare(a).info();
        assertThat(info.creator()).as("no author: the source").isEqualTo("City Press");
        assertThat(info.publisher()).as("no --publisher: the source").isEqualTo("City Press");
        assertThat(info.sourceApartFromPublisher()).isNull();
        assertThat(info.description()).as("the first paragraph's opening 120 characters")
                .isEqualTo(longText.substring(0, 120) + "…");
        assertThat(info.isoDay()).isEqualTo("2024-03-18");
        assertThat(info.day()).contains(java.time.LocalDate.of(2024, 3, 18));
        DocumentInfo given = Preparer.builder().publisher("Riverside Press").build()
                .prepare(new Article(a.metadata().withAuthor("Ann Lee").withDescription("A notice."), a.blocks())).info();
        assertThat(given.creator()).isEqualTo("Ann Lee");
        assertThat(given.publisher()).isEqualTo("Riverside Press");
        assertThat(given.sourceApartFromPublisher()).isEqualTo("City Press");
        assertThat(given.description()).isEqualTo("A notice.");
    }

    @Test
    void anUnreadableDateIsKeptAsTextWithAWarning() {
        Warnings warnings = Warnings.collecting();
        Article a = new Article(new Metadata("T", null, null, "the day after the fair", null, "en", null), List.of());
        PreparedDocument d = Preparer.builder().warnings(warnings).build().prepare(a);
        assertThat(d.info().pubDate()).isEmpty();
        assertThat(d.metadataLine()).containsExactly("Published the day after the fair");
        assertThat(warnings.all()).singleElement().asString().contains("is not one accesspub can read");
    }

    @Test
    void theMetadataLineIsDateAuthorSourceInTheArticlesLocale() {
        Metadata m = new Metadata("長者數位課程", null, "陳大文", "2024年5月20日 09:30", "社區事務處", "zh-TW", null);
        assertThat(prepare(m).metadataLine()).containsExactly("發佈時間：2024年5月20日 09:30", "作者：陳大文", "來源：社區事務處");
        Metadata en = new Metadata("Notice", null, "Jane Doe", "18 March 2024", "Riverside Council", "en-GB", null);
        assertThat(prepare(en).metadataLine()).containsExactly("Published 18 March 2024", "By Jane Doe",
                "Source: Riverside Council");
    }

    @Test
    void refusedLinksKeepTheirTextAndKeptLinksAreAscii() {
        PreparedDocument d = prepare(Metadata.of("T", "zh-CN"), new Block.Paragraph(List.of(
                new Inline.Link("java\u2060script:alert(1)", List.of(new Inline.Text("危险"))),
                new Inline.Link("https://www.gov.cn/路径/通知.html", List.of(new Inline.Text("通知"))))));
        assertThat(((Block.Paragraph) d.blocks().get(0)).content()).containsExactly(new Inline.Text("危险"),
                new Inline.Link("https://www.gov.cn/%E8%B7%AF%E5%BE%84/%E9%80%9A%E7%9F%A5.html",
                        List.of(new Inline.Text("通知"))));
    }

    @Test
    void chineseProseInTheFlowIsIndentedAndJustifiedOnceForEveryOutput() {
        Block.Paragraph zh = Block.Paragraph.of("这是一个中文段落，用于检查缩进。");
        Block.Paragraph en = Block.Paragraph.of("An English paragraph is never justified.");
        PreparedDocument d = prepare(Metadata.of("T", "zh-CN"), zh, en,
                new Block.BulletList(List.of(Block.ListItem.of("列表里的中文不缩进。"))));
        Block.Paragraph inList = (Block.Paragraph) ((Block.BulletList) d.blocks().get(2)).items().get(0).blocks().get(0);
        assertThat(d.paragraph((Block.Paragraph) d.blocks().get(0))).extracting(ParagraphStyle::indent, ParagraphStyle::justify)
                .containsExactly(true, true);
        assertThat(d.paragraph((Block.Paragraph) d.blocks().get(1))).extracting(ParagraphStyle::indent, ParagraphStyle::justify,
                ParagraphStyle::language).containsExactly(false, false, "en");
        assertThat(d.paragraph(inList)).extracting(ParagraphStyle::indent, ParagraphStyle::justify).containsExactly(false, true);
    }
}
