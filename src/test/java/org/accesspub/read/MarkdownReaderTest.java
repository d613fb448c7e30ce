package org.accesspub.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
    private final Article md = Samples.read(Samples.MARKDOWN);

    @Test
    void frontMatterFillsTheMetadata() {
        assertThat(md.metadata().title()).isEqualTo("社区老年人数字技能课堂开课");
        assertThat(md.metadata().author()).isEqualTo("阳光社区服务中心");
        assertThat(md.metadata().date()).isEqualTo("2024-05-20");
        assertThat(md.language()).isEqualTo("zh-CN");
        assertThat(md.metadata().description()).startsWith("阳光社区");
    }

    @Test
    void theLeadingHeadingIsTheTitleNotABlock() {
        assertThat(md.blocks().get(0)).isInstanceOf(Block.Paragraph.class);
        assertThat(md.blocks()).filteredOn(b -> b instanceof Block.Heading)
                .extracting(Blocks::plainText).containsExactly("课程安排", "报名人数", "学员的话");
    }

    @Test
    void tablesListsImagesAndQuotesArrive() {
        Block.Table table = md.blocks().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b)
                .findFirst().orElseThrow();
        assertThat(Blocks.plainText(table.header().get(1))).isEqualTo("报名人数");
        assertThat(table.rows()).hasSize(3);
        assertThat(md.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.OrderedList.class,
                l -> assertThat(l.items()).hasSize(3)));
        assertThat(md.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.Image.class, i -> {
            assertThat(i.src()).isEqualTo("images/trainees-by-month.png");
            assertThat(i.alt()).startsWith("柱状图");
            assertThat(i.caption()).isEqualTo("每月参加培训人数");
        }));
        assertThat(md.blocks()).anyMatch(b -> b instanceof Block.BlockQuote);
    }

    @Test
    void linksAndStrongEmphasisKeepTheirKind() {
        Block.Paragraph first = (Block.Paragraph) md.blocks().get(0);
        assertThat(first.content()).anyMatch(i -> i instanceof Inline.Strong);
        Block.Paragraph last = (Block.Paragraph) md.blocks().get(md.blocks().size() - 1);
        assertThat(last.content()).anySatisfy(i -> assertThat(i).isInstanceOfSatisfying(Inline.Link.class,
                l -> assertThat(l.href()).isEqualTo("https://example.org/community/digital-skills")));
    }

    @Test
    void rawHtmlAndScriptLinksNeverReachTheModel() {
        Article a = Samples.readFixture("read/kitchen-sink.md");
        String all = a.allText();
        assertThat(all).doesNotContain("alert", "script", "onclick").contains("bad link");
        Block.Paragraph p = (Block.Paragraph) a.blocks().get(0);
        assertThat(p.content()).noneMatch(i -> i instanceof Inline.Link);
    }

    @Test
    void withoutFrontMatterOrLeadingHeadingTheReaderReportsNoTitleAndThePreparerTakesTheOpeningWords() {
        Article a = Samples.readFixture("read/kitchen-sink.md");
        assertThat(a.metadata().title()).as("readers report only what the source says").isNull();
        assertThat(org.accesspub.testing.Prepared.of(a).info().title()).startsWith("Some text before any heading");
        assertThat(org.accesspub.testing.Prepared.of(a).info().titleGiven()).isFalse();
        assertThat(a.blocks()).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(Block.OrderedList.class,
                l -> assertThat(l.start()).isEqualTo(3)));
        assertThat(a.blocks()).anyMatch(b -> b instanceof Block.CodeBlock c && c.code().equals("int x = 1;"));
        assertThat(a.blocks()).anyMatch(b -> b instanceof Block.ThematicBreak);
    }

    @Test
    void codeKeepsItsLanguageAndInlineCodeStaysCode() {
        Article a = Samples.readFixture("blocks/terminal-basics.md");
        assertThat(a.blocks()).filteredOn(b -> b instanceof Block.CodeBlock).extracting(b -> ((Block.CodeBlock) b).language())
                .containsExactly("sh", "text", "python");
        Block.Paragraph first = (Block.Paragraph) a.blocks().get(0);
        assertThat(first.content()).contains(new Inline.Code("ls -l"), new Inline.Code("-l"));
    }

    @Test
    void gfmColumnAlignmentIsKept() {
        Article a = Samples.readFixture("blocks/terminal-basics.md");
        Block.Table t = a.blocks().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).findFirst()
                .orElseThrow();
        assertThat(t.alignments()).containsExactly(Block.Alignment.LEFT, Block.Alignment.CENTER, Block.Alignment.RIGHT);
        assertThat(md.blocks()).filteredOn(b -> b instanceof Block.Table)
                .allSatisfy(b -> assertThat(((Block.Table) b).alignment(0)).isEqualTo(Block.Alignment.DEFAULT));
    }

    @Test
    void githubAlertsBecomeAdmonitions() {
        Article a = Samples.readFixture("blocks/terminal-basics.md");
        assertThat(a.blocks()).filteredOn(b -> b instanceof Block.Admonition).extracting(b -> ((Block.Admonition) b).kind())
                .containsExactly(Block.Admonition.Kind.NOTE, Block.Admonition.Kind.WARNING);
        Block.Admonition note = (Block.Admonition) a.blocks().stream().filter(b -> b instanceof Block.Admonition)
                .findFirst().orElseThrow();
        assertThat(Blocks.plainText(note)).isEqualTo("命令区分大小写：LS 不是 ls。");
        assertThat(a.blocks()).noneMatch(b -> b instanceof Block.BlockQuote);
    }
}
