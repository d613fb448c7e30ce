package org.accesspub.prepare.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.accesspub.Publisher;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.testing.Samples;
import org.accesspub.write.Format;
import org.junit.jupiter.api.Test;

class SelfCheckTest {
    private static final Set<Format> ALL = EnumSet.of(Format.PDF, Format.EPUB, Format.DOCX, Format.AUDIO, Format.BRAILLE);

    private static Findings check(Article article, Set<Format> formats) {
        Publisher publisher = Publisher.builder().build();
        PreparedDocument document = publisher.prepare(article, Samples.fixture("report").getParent());
        return publisher.check(article, document, formats);
    }

    private static List<String> rules(Findings f) {
        return f.all().stream().map(x -> x.rule().id() + ":" + x.level().id()).toList();
    }

    @Test
    void anArticleWithKnownFaultsGetsEachFindingWithItsRuleIdWhereItIs() {
        Findings f = check(Samples.readFixture("report/faults-zh.html"), ALL);
        assertThat(rules(f)).contains("image-alt:error", "link-text:warning", "table-header:error",
                "heading-order:warning", "glyph-missing:error", "reading-unknown:warning", "date:warning", "source:tip");
        Finding link = f.of(Rule.LINK_TEXT).get(0);
        assertThat(link.what()).contains("“点击这里”");
        assertThat(link.headings()).containsExactly("社区数字技能课程报名", "课程安排");
        assertThat(link.loses()).isNotBlank();
        assertThat(link.fix()).isNotBlank();
        Finding skip = f.of(Rule.HEADING_ORDER).get(0);
        assertThat(skip.what()).contains("上课时间", "4", "2");
        Finding glyph = f.of(Rule.GLYPH_MISSING).get(0);
        assertThat(glyph.what()).contains("𞤀", "U+1E900");
        assertThat(glyph.excerpt()).contains("𞤀");
        assertThat(f.of(Rule.READING_UNKNOWN)).anyMatch(r -> r.what().contains("U+260A"));
        assertThat(f.of(Rule.TABLE_HEADER).get(0).headings()).endsWith("上课时间");
        assertThat(f.counts().errors()).isEqualTo(3);
    }

    @Test
    void theSeedHasNoError() {
        Findings f = check(Samples.read(Samples.SEED), ALL);
        assertThat(f.counts().errors()).as(rules(f).toString()).isZero();
        assertThat(f.skipped()).isEmpty();
        assertThat(f.of(Rule.LONG_SENTENCE)).allMatch(s -> s.level() == Level.TIP && s.what().contains("超过 80 字"));
    }

    @Test
    void findingsAreInTheArticlesLanguage() {
        Article english = new Article(new Metadata("Notice", null, null, "2024-03-18", "City", "en", null), List.of(
                new Block.Paragraph(List.of(new Inline.Text("Apply "), new Inline.Link("https://example.org/a",
                        List.of(new Inline.Text("here"))), new Inline.Text(". Rooms ☊ are free."))),
                new Block.Image("x.png", "image", null)));
        Findings f = check(english, EnumSet.of(Format.PDF, Format.AUDIO));
        assertThat(f.of(Rule.LINK_TEXT).get(0).what()).isEqualTo("The link text \"here\" says nothing out of context");
        assertThat(f.of(Rule.IMAGE_ALT).get(0).what()).contains("does not say what it shows");
        assertThat(f.of(Rule.READING_UNKNOWN)).anyMatch(r -> r.what().contains("U+260A"));
        assertThat(f.skipped()).containsExactly("skipped.braille");

        Article traditional = new Article(Metadata.of("通知", "zh-TW"), List.of(new Block.Image("x.png", "", null)));
        assertThat(check(traditional, EnumSet.of(Format.PDF)).of(Rule.IMAGE_ALT).get(0).what()).startsWith("圖片沒有替代文字");
    }

    @Test
    void characterRulesRunOnlyForTheOutputsThatNeedThem() {
        Findings f = check(Samples.readFixture("report/faults-zh.html"), EnumSet.of(Format.EPUB));
        assertThat(f.of(Rule.GLYPH_MISSING)).isNotEmpty();
        assertThat(f.of(Rule.READING_UNKNOWN)).isEmpty();
        assertThat(f.of(Rule.BRAILLE_UNTRANSLATED)).isEmpty();
        assertThat(f.skipped()).containsExactly("skipped.speech", "skipped.braille");
    }

    @Test
    void brailleUntranslatedNamesTheTableAndWhatIsWrittenInstead() {
        Article a = new Article(Metadata.of("通知", "zh-TW"), List.of(Block.Paragraph.of("會議在 [三樓] 舉行，請準時。")));
        Findings f = check(a, EnumSet.of(Format.BRAILLE));
        assertThat(f.of(Rule.BRAILLE_UNTRANSLATED)).anyMatch(b -> b.what().contains("zh-tw") && b.what().contains("U+005B"));
    }

    @Test
    void aDeclaredLanguageTheTextDoesNotReadAsIsAWarning() {
        Article a = new Article(Metadata.of("Notice", "en"), List.of(Block.Paragraph.of("无锡高新区召开会议，传达学习全国两会精神。")));
        assertThat(check(a, EnumSet.of(Format.PDF)).of(Rule.LANGUAGE)).anyMatch(l -> l.level() == Level.WARNING);
    }
}
