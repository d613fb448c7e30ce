package org.accesspub.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.style.FontSize;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.style.PageSize;
import org.accesspub.testing.PdfText;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * W3C clreq line breaking, read back from the lines as set on the pages (in paragraphs and in table
 * cells alike): no line starts with a closing mark (，。、；：？！）》」』 …) and none ends with an
 * opening one (（《「『 …).
 */
class ClreqLineBreakTest {
    /** Marks that may not start a line: closing brackets and quotes, pause and stop marks, ellipsis, dash. */
    private static final String NOT_FIRST = "、，。．：；！？）］｝》〉」』】〕〗〙”’…‥—";
    /** Marks that may not end a line: opening brackets and quotes. */
    private static final String NOT_LAST = "（［｛《〈「『【〔〖〘“‘";

    private static byte[] pdf(Article article, LargePrintProfile profile, String name) throws Exception {
        byte[] pdf = PdfWriterTest.pdf(article, profile, Warnings.collecting());
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf", name + ".pdf"), pdf);
        return pdf;
    }

    /**
     * The lines that break a rule, and how many lines ended with a mark that may end one (so the check saw
     * some). A line the source starts with such a mark (an attribution "——学员王阿姨") broke nothing.
     */
    private static List<String> faults(Article article, byte[] pdf, int[] endingWithPunctuation) throws Exception {
        StringBuilder source = new StringBuilder("\n");
        for (Block b : article.blocks()) {
            source.append(org.accesspub.model.Blocks.plainText(b).replaceAll("[ \t]+", "")).append('\n');
        }
        List<String> faults = new ArrayList<>();
        for (String line : PdfText.read(pdf).setLines()) {
            String first = new String(Character.toChars(line.codePointAt(0)));
            String last = new String(Character.toChars(line.codePointBefore(line.length())));
            boolean startsInSource = source.indexOf("\n" + line.substring(0, Math.min(line.length(), 6))) >= 0;
            if (NOT_FIRST.contains(first) && !startsInSource || NOT_LAST.contains(last)) {
                faults.add(line);
            }
            if ("，。、；：？！）》」』”".contains(last)) {
                endingWithPunctuation[0]++;
            }
        }
        return faults;
    }

    /** Paragraphs and narrow table cells dense with marks, shifted by one character each, so marks fall at every line end. */
    private static Article dense() {
        String sentence = "他说：“（一）《通知》「要求」『各单位』【立即】〔落实〕，‘不得’拖延！”是吗？是的……——好。";
        List<Block> blocks = new ArrayList<>();
        for (int shift = 0; shift < 20; shift++) {
            blocks.add(Block.Paragraph.of("甲".repeat(shift) + sentence.repeat(3)));
        }
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (int shift = 0; shift < 8; shift++) {
            rows.add(List.of(List.of(new Inline.Text("第" + shift + "项")),
                    List.of(new Inline.Text("乙".repeat(shift) + sentence)),
                    List.of(new Inline.Text("（注：" + "丙".repeat(shift) + "见《办法》第三条。）"))));
        }
        blocks.add(new Block.Table(List.of(List.of(new Inline.Text("项目")), List.of(new Inline.Text("说明")),
                List.of(new Inline.Text("备注"))), rows));
        return new Article(Metadata.of("标点挤压", "zh-CN"), blocks);
    }

    @Test
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOneInParagraphsOrTableCells() throws Exception {
        int[] ending = {0};
        assertThat(faults(dense(), pdf(dense(), LargePrintProfile.defaults(), "clreq-dense"), ending)).isEmpty();
        LargePrintProfile narrow = LargePrintProfile.builder().bodySize(FontSize.parse("小一")).page(PageSize.A5).build();
        assertThat(faults(dense(), pdf(dense(), narrow, "clreq-dense-a5"), ending)).isEmpty();
        assertThat(ending[0]).as("lines ending with a mark that may end one").isGreaterThan(20);
    }

    @Test
    void noLineAgainstTheRulesInPoemsAnArticleAndANotice() throws Exception {
        int[] ending = {0};
        for (Article article : List.of(Samples.readFixture("blocks/poems-44.txt"), Samples.read(Samples.SEED),
                Samples.read(Samples.MARKDOWN), Samples.readFixture("blocks/terminal-basics.md"))) {
            assertThat(faults(article, pdf(article, LargePrintProfile.defaults(), "clreq-article"), ending))
                    .as(article.metadata().title()).isEmpty();
        }
        assertThat(ending[0]).isGreaterThan(50);
    }

    /** A real manual chapter with wide tables and long paths, when Debian's debian-reference-zh-cn is installed. */
    @Test
    void noLineAgainstTheRulesInDebianReferenceChapterThree() throws Exception {
        Path chapter = Path.of("/usr/share/doc/debian-reference-common/docs/ch03.zh-cn.html");
        Assumptions.assumeTrue(Files.isReadable(chapter), "debian-reference-zh-cn is not installed");
        int[] ending = {0};
        Article article = Readers.read(chapter, ReadOptions.defaults());
        assertThat(faults(article, pdf(article, LargePrintProfile.defaults(), "clreq-reference-ch03"), ending)).isEmpty();
        assertThat(ending[0]).isGreaterThan(50);
    }
}
