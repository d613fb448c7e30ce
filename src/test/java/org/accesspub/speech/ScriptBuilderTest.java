package org.accesspub.speech;

import org.accesspub.testing.Prepared;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.accesspub.speech.SpokenScript.Chapter;
import org.accesspub.speech.SpokenScript.Part;
import org.accesspub.speech.SpokenScript.Pause;
import org.accesspub.speech.SpokenScript.Utterance;
import org.accesspub.speech.text.Lexicon;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

class ScriptBuilderTest {
    private static final ScriptBuilder BUILDER = ScriptBuilder.builder().build();

    private static Article chineseArticle() {
        Metadata md = new Metadata("银行行长谈经济", null, null, "2024-03-18T08:57", "新吴区人民政府", "zh-CN", null);
        return new Article(md, List.of(
                Block.Paragraph.of("3月16日，行长召开会议。增长6.3%，达到1,150亿元。"),
                new Block.Heading(2, List.of(new Inline.Text("第1章 安排"))),
                new Block.Paragraph(List.of(new Inline.Text("他说 Hello world 很好，详见"),
                        new Inline.Link("https://example.org/x", List.of(new Inline.Text("网站"))), new Inline.Text("。"))),
                new Block.OrderedList(1, List.of(Block.ListItem.of("报名"), Block.ListItem.of("上课"))),
                new Block.BulletList(List.of(Block.ListItem.of("拍照"))),
                new Block.Image("a.png", "柱状图：人数逐月增加", null),
                new Block.Image("line.png", "", null),
                new Block.Table(List.of(List.of(new Inline.Text("姓名")), List.of(new Inline.Text("年龄"))),
                        List.of(List.of(List.of(new Inline.Text("张三")), List.of(new Inline.Text("30"))))),
                new Block.CodeBlock(null, "x = 2"),
                Block.Paragraph.of("来源：无锡高新区在线")));
    }

    private static Article englishArticle() {
        Metadata md = new Metadata("Library opens reading room", null, null, "2024-03-18", "Riverside Gazette", "en", null);
        return new Article(md, List.of(
                Block.Paragraph.of("Mr. Osei said visits rose 37% to 3.5 times the 2023 level. The refit cost $5.50 a head!"),
                new Block.Heading(2, List.of(new Inline.Text("How to apply"))),
                new Block.OrderedList(1, List.of(Block.ListItem.of("Fill in the form."))),
                new Block.Image("chart.png", "Bar chart of visits", null),
                new Block.Table(List.of(List.of(new Inline.Text("Name")), List.of(new Inline.Text("Age"))),
                        List.of(List.of(List.of(new Inline.Text("Ann")), List.of(new Inline.Text("70"))))),
                Block.Paragraph.of("Source: Riverside Gazette")));
    }

    /** The utterances of a script, as said (what each reads aside). */
    private static List<Utterance> utterances(SpokenScript s) {
        return s.parts().stream().filter(p -> p instanceof Utterance).map(ScriptBuilderTest::said).map(p -> (Utterance) p).toList();
    }

    /** A part as said: an utterance without its source. */
    private static Part said(Part p) {
        return p instanceof Utterance u ? new Utterance(u.display(), u.spoken(), u.language()) : p;
    }

    private static List<String> spoken(SpokenScript s) {
        return utterances(s).stream().map(Utterance::spoken).toList();
    }

    private static List<String> chapters(SpokenScript s) {
        return s.parts().stream().filter(p -> p instanceof Chapter).map(p -> ((Chapter) p).title()).toList();
    }

    /** The part right before the first utterance whose display starts with the given text, chapter marks aside. */
    private static Part before(SpokenScript s, String display) {
        List<Part> parts = s.parts();
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i) instanceof Utterance u && u.display().startsWith(display)) {
                int k = i - 1;
                while (k > 0 && parts.get(k) instanceof Chapter) {
                    k--;
                }
                return parts.get(k);
            }
        }
        throw new AssertionError("no utterance " + display);
    }

    @Test
    void theTitleComesFirstAsAChapterThenTheAnnouncementOfDateAndSource() {
        SpokenScript s = BUILDER.build(Prepared.of(chineseArticle()));
        assertThat(s.language()).isEqualTo("zh-CN");
        assertThat(s.parts().get(0)).isEqualTo(new Chapter("银行行长谈经济"));
        assertThat(said(s.parts().get(1))).isEqualTo(new Utterance("银行行长谈经济", "银行行长谈经济", "zh-CN"));
        assertThat(s.parts().get(2)).isEqualTo(new Pause(800));
        assertThat(said(s.parts().get(3))).isEqualTo(new Utterance("发布时间：2024年3月18日 08:57，来源：新吴区人民政府",
                "发布时间二零二四年三月十八日 八点五十七分，来源新吴区人民政府", "zh-CN"));
    }

    @Test
    void everyHeadingIsAChapterAndEveryParagraphASubChapterUnderIt() {
        SpokenScript s = BUILDER.build(Prepared.of(chineseArticle()));
        assertThat(chapters(s)).containsExactly("银行行长谈经济", "3月16日，行长召开会议。", "第1章 安排",
                "他说 Hello world 很好，详见网站。", "1、报名", "拍照", "图片：柱状图：人数逐月增加", "表格，共1行", "代码：x = 2",
                "来源：无锡高新区在线");
        List<Chapter> marks = s.parts().stream().filter(p -> p instanceof Chapter).map(p -> (Chapter) p).toList();
        // before the first heading a paragraph is a chapter of its own; after it, a sub-chapter
        assertThat(marks).extracting(Chapter::level).containsExactly(0, 0, 0, 1, 1, 1, 1, 1, 1, 1);
        int heading = s.parts().indexOf(new Chapter("第1章 安排"));
        assertThat(s.parts().get(heading - 1)).isEqualTo(new Pause(1200));
        assertThat(((Utterance) s.parts().get(heading + 1)).spoken()).isEqualTo("第一章 安排");
        assertThat(s.parts().get(heading + 2)).isEqualTo(new Pause(600));
    }

    @Test
    void aBodyOpeningWithARuleStillGetsItsChapterAndAnUnreadableDateIsAnnouncedAsWritten() {
        Metadata md = new Metadata("标题", null, null, "2024-13-45", "无锡日报", "zh-CN", null);
        SpokenScript s = BUILDER.build(Prepared.of(new Article(md, List.of(new Block.ThematicBreak(), Block.Paragraph.of("正文第一句。")))));
        assertThat(chapters(s)).containsExactly("标题", "正文第一句。");
        assertThat(spoken(s)).hasSize(3).startsWith("标题").endsWith("正文第一句。");
        assertThat(s.parts()).filteredOn(p -> p instanceof Utterance u && u.display().startsWith("发布时间：2024-13-45，来源：无锡日报"))
                .hasSize(1);
    }

    @Test
    void sentencesArePausedShorterThanParagraphs() {
        SpokenScript s = BUILDER.build(Prepared.of(chineseArticle()));
        assertThat(before(s, "增长6.3%")).isEqualTo(new Pause(400));
        assertThat(before(s, "3月16日")).isEqualTo(new Pause(1200));
        assertThat(before(s, "图片：")).isEqualTo(new Pause(800));
    }

    @Test
    void numbersAreSpokenAsWordsWhileTheDisplayKeepsTheWrittenText() {
        SpokenScript s = BUILDER.build(Prepared.of(chineseArticle()));
        assertThat(utterances(s)).contains(new Utterance("增长6.3%，达到1,150亿元。", "增长百分之六点三，达到一千一百五十亿元。", "zh-CN"));
        assertThat(spoken(s)).noneMatch(t -> t.matches(".*\\d.*"));
    }

    @Test
    void anEnglishPassageInsideChineseIsItsOwnEnglishUtteranceWithoutAPause() {
        List<Part> parts = BUILDER.build(Prepared.of(chineseArticle())).parts();
        int en = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Utterance u && u.language().equals("en")) {
                en = i;
            }
        }
        assertThat(said(parts.get(en))).isEqualTo(new Utterance("Hello world", "Hello world", "en"));
        assertThat(parts.get(en - 1)).isInstanceOf(Utterance.class).extracting(p -> ((Utterance) p).display()).isEqualTo("他说 ");
        assertThat(parts.get(en + 1)).isInstanceOf(Utterance.class).extracting(p -> ((Utterance) p).spoken()).isEqualTo("很好，详见网站。");
    }

    @Test
    void linksAreReadByTheirTextOnly() {
        assertThat(utterances(BUILDER.build(Prepared.of(chineseArticle())))).noneMatch(u -> u.display().contains("example.org"));
    }

    @Test
    void orderedItemsAreReadWithTheirNumbersAndBulletsWithout() {
        List<String> said = spoken(BUILDER.build(Prepared.of(chineseArticle())));
        assertThat(said).contains("一、报名", "二、上课", "拍照");
        assertThat(spoken(BUILDER.build(Prepared.of(englishArticle())))).contains("One. Fill in the form.");
    }

    @Test
    void imagesAreReadByTheirAltTextAndDecorationIsSkipped() {
        assertThat(spoken(BUILDER.build(Prepared.of(chineseArticle())))).contains("图片：柱状图：人数逐月增加").noneMatch(t -> t.equals("图片："));
        assertThat(spoken(BUILDER.build(Prepared.of(englishArticle())))).contains("Image: Bar chart of visits");
    }

    @Test
    void tablesAreReadRowByRowWithTheirHeaderLabels() {
        assertThat(spoken(BUILDER.build(Prepared.of(chineseArticle())))).contains("表格，共一行", "姓名：张三，年龄：三十");
        assertThat(spoken(BUILDER.build(Prepared.of(englishArticle())))).contains("Table, one row", "Name: Ann, Age: seventy");
    }

    @Test
    void shortCodeBlocksAreReadAfterTheirLabel() {
        assertThat(spoken(BUILDER.build(Prepared.of(chineseArticle())))).contains("代码：x等于二");
    }

    @Test
    void theClosingCreditIsLastAfterALongPause() {
        SpokenScript s = BUILDER.build(Prepared.of(chineseArticle()));
        assertThat(said(s.parts().get(s.parts().size() - 1))).isEqualTo(new Utterance("来源：无锡高新区在线", "来源：无锡高新区在线", "zh-CN"));
        assertThat(s.parts().get(s.parts().size() - 2)).isEqualTo(new Chapter("来源：无锡高新区在线", 1));
        assertThat(s.parts().get(s.parts().size() - 3)).isEqualTo(new Pause(1200));
    }

    @Test
    void aLexiconRespellsTheSpokenTextOnly() {
        ScriptBuilder withLexicon = ScriptBuilder.builder().lexicon(Lexicon.parse("行长=航长", "test")).build();
        SpokenScript s = withLexicon.build(Prepared.of(chineseArticle()));
        assertThat(utterances(s).get(0)).isEqualTo(new Utterance("银行行长谈经济", "银行航长谈经济", "zh-CN"));
        assertThat(utterances(s)).contains(new Utterance("3月16日，行长召开会议。", "三月十六日，航长召开会议。", "zh-CN"));
    }

    @Test
    void aChineseReadingForAnEnglishWordIsReadByTheChineseVoice() {
        ScriptBuilder withLexicon = ScriptBuilder.builder().lexicon(Lexicon.parse("GDP=国内生产总值", "test")).build();
        Article a = new Article(Metadata.of("GDP增长", "zh-CN"), List.of(Block.Paragraph.of("GDP增长5%。")));
        assertThat(utterances(withLexicon.build(Prepared.of(a)))).contains(new Utterance("GDP", "国内生产总值", "zh-CN"))
                .contains(new Utterance("增长5%。", "增长百分之五。", "zh-CN"));
    }

    @Test
    void englishArticlesAnnounceTheDateInWordsAndSplitSentencesButNotAbbreviationsOrDecimals() {
        SpokenScript s = BUILDER.build(Prepared.of(englishArticle()));
        assertThat(chapters(s)).startsWith("Library opens reading room", "Mr. Osei said visits rose 37% to 3.5…", "How to apply");
        assertThat(spoken(s)).startsWith("Library opens reading room",
                "Published the eighteenth of March twenty twenty-four, source Riverside Gazette",
                "Mister Osei said visits rose thirty-seven percent to three point five times the twenty twenty-three level.",
                "The refit cost five dollars and fifty cents a head!");
        assertThat(utterances(s)).allMatch(u -> u.language().equals("en"));
        assertThat(spoken(s)).last().isEqualTo("Source: Riverside Gazette");
    }

    @Test
    void theSeedArticleIsReadTitleFirstAnnouncementSeventeenParagraphsAndCreditLast() {
        Article seed = Samples.read(Samples.SEED);
        SpokenScript s = BUILDER.build(Prepared.of(seed));
        List<Utterance> u = utterances(s);
        assertThat(u.get(0).display()).isEqualTo(seed.metadata().title());
        assertThat(u.get(1).spoken()).isEqualTo("发布时间二零二四年三月十八日 八点五十七分，来源新吴区人民政府");
        // no headings: a chapter per paragraph, after the title's
        assertThat(chapters(s)).hasSize(18).startsWith(seed.metadata().title(), "3月16日，无锡高新区（新吴区）召开会议，传…");
        assertThat(u.get(u.size() - 1).display()).startsWith("来源").contains("无锡高新区在线");
        // Every character of the 17 paragraphs (16 and the credit) is said, in order.
        assertThat(seed.blocks()).hasSize(17).allMatch(b -> b instanceof Block.Paragraph);
        String body = seed.blocks().stream().map(b -> org.accesspub.model.Blocks.plainText(b)).collect(Collectors.joining());
        String said = u.subList(2, u.size()).stream().map(Utterance::display).collect(Collectors.joining());
        assertThat(said.replaceAll("\\s", "")).isEqualTo(body.replaceAll("\\s", ""));
        long paragraphPauses = s.parts().stream().filter(p -> p.equals(new Pause(800))).count();
        // One after the title, fifteen between the sixteen body paragraphs; the credit gets a longer one.
        assertThat(paragraphPauses).isEqualTo(1 + 15);
    }

    @Test
    void theSeedArticleHasNoDigitLeftInWhatIsSpoken() {
        SpokenScript s = BUILDER.build(Prepared.of(Samples.read(Samples.SEED)));
        assertThat(spoken(s)).noneMatch(t -> t.matches("(?s).*\\d.*"))
                .anyMatch(t -> t.startsWith("三月十六日"))
                .anyMatch(t -> t.contains("六加二加X"))
                .anyMatch(t -> t.contains("一加三加十加N"));
    }

    @Test
    void everySampleBecomesAScriptWithTitleFirstAndNoDigitsSpoken() {
        for (String name : Samples.ALL) {
            SpokenScript s = BUILDER.build(Prepared.of(Samples.read(name)));
            assertThat(s.parts().get(0)).as(name).isInstanceOf(Chapter.class);
            assertThat(spoken(s)).as(name).hasSizeGreaterThan(5).noneMatch(t -> t.matches("(?s).*\\d.*"));
            assertThat(s.parts().get(s.parts().size() - 1)).as(name).isInstanceOf(Utterance.class);
        }
    }

    @Test
    void theTitleIsReadOnceWhenTheFirstHeadingRepeatsIt() {
        Article a = new Article(Metadata.of("新吴区召开会议", "zh-CN"), List.of(
                new Block.Heading(1, List.of(new Inline.Text("新吴区召开会议"))), Block.Paragraph.of("会议今天召开。")));
        SpokenScript s = BUILDER.build(Prepared.of(a));
        assertThat(spoken(s)).containsExactly("新吴区召开会议", "会议今天召开。");
        assertThat(chapters(s)).containsExactly("新吴区召开会议", "会议今天召开。");
    }

    @Test
    void theTranscriptKeepsTheTextAsTheArticleWritesIt() {
        Article a = new Article(Metadata.of("通知", "zh-CN"), List.of(Block.Paragraph.of(
                "请发邮件到 help@example.org (at least 3 days) 咨询。三、English users: 请注意。")));
        String written = utterances(BUILDER.build(Prepared.of(a))).stream().skip(1).map(Utterance::display).collect(Collectors.joining());
        assertThat(written.replace("三、English", "")).contains("help@example.org", "(at least", "users:");
        assertThat(written).contains("三、English");
    }

    @Test
    void circledNumbersYearsBeforeEditionsAndTraditionalPhoneCuesAreReadRight() {
        Article a = new Article(Metadata.of("說明", "zh-TW"), List.of(Block.Paragraph.of(
                "①报名②上课③考试。2025 版手册见№5。請致電 2345 6789 或撥打 2345 6789。")));
        String said = String.join("", spoken(BUILDER.build(Prepared.of(a))));
        assertThat(org.accesspub.speech.text.MandarinReading.plain(said))
                .contains("一报名二上课三考试", "二零二五版手册", "五号", "致電 二三四五，六七八九", "撥打 二三四五，六七八九");
        // a list number is counted: ① is yī before any tone
        assertThat(org.accesspub.speech.text.MandarinReading.pinyinLine(said, cp -> { })).contains("yi1 bao4 ming2");
    }

    @Test
    void aSentenceOfCircledNumbersAloneIsReadAsNumbers() {
        Article a = new Article(Metadata.of("步骤", "zh-CN"), List.of(Block.Paragraph.of(
                "共三步。①②③。")));
        String said = org.accesspub.speech.text.MandarinReading.plain(String.join("", spoken(BUILDER.build(Prepared.of(a)))));
        assertThat(said).contains("一二三");
    }

    @Test
    void everyUtteranceNamesWhatItReadsTheSentenceOfItsBlockOrTheWholeBlock() {
        org.accesspub.prepare.PreparedDocument doc = Prepared.of(chineseArticle());
        List<Utterance> all = BUILDER.build(doc).parts().stream().filter(p -> p instanceof Utterance)
                .map(p -> (Utterance) p).toList();
        assertThat(all).allMatch(u -> u.source() != null);
        assertThat(all.get(0).source()).isEqualTo(SpokenScript.Source.Front.TITLE);
        assertThat(all.get(1).source()).isEqualTo(SpokenScript.Source.Front.ANNOUNCEMENT);
        // the first paragraph's two sentences, each where it lies in the paragraph's text
        Block first = doc.blocks().get(0);
        String text = org.accesspub.model.Blocks.plainText(first);
        List<SpokenScript.Source.Sentence> sentences = all.stream().map(Utterance::source)
                .filter(x -> x instanceof SpokenScript.Source.Sentence s && s.block() == first)
                .map(x -> (SpokenScript.Source.Sentence) x).distinct().toList();
        assertThat(sentences).extracting(x -> text.substring(x.start(), x.end()))
                .containsExactly("3月16日，行长召开会议。", "增长6.3%，达到1,150亿元。");
        // a table is read as a whole: its announcement and its row are two sentences of the table
        Block table = doc.blocks().stream().filter(b -> b instanceof Block.Table).findFirst().orElseThrow();
        assertThat(all.stream().map(Utterance::source).filter(x -> x instanceof SpokenScript.Source.Whole w && w.block() == table)
                .map(x -> ((SpokenScript.Source.Whole) x).index()).distinct()).containsExactly(0, 1);
    }

    @Test
    void anEnglishParagraphOfAChineseArticleIsReadInEnglishNumbersIncluded() {
        Article a = new Article(Metadata.of("社区通知", "zh-CN"), List.of(
                Block.Paragraph.of("本周六上午9点开课，共有30个名额。"),
                Block.Paragraph.of("Classes start at 9 on Saturday and there are 30 places.")));
        List<Utterance> said = utterances(BUILDER.build(Prepared.of(a)));
        assertThat(said).contains(new Utterance("Classes start at 9 on Saturday and there are 30 places.",
                "Classes start at nine on Saturday and there are thirty places.", "en"));
        assertThat(said.stream().map(Utterance::spoken)).anyMatch(t -> t.contains("三十个名额"));
    }
}
