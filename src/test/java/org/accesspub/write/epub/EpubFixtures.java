package org.accesspub.write.epub;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;

/** Articles built by hand for the cases the samples do not reach. */
final class EpubFixtures {
    /** A 1×1 transparent PNG, inline. */
    static final String DATA_PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private EpubFixtures() {
    }

    /**
     * Everything awkward at once: markup characters and control characters in text, a remote, a missing,
     * an SVG and an inline image, relative, unsafe and nested links, code, a table without header, nested
     * quotes, an English passage in Chinese text, an empty heading and headings that skip a level.
     */
    static Article awkward() {
        Metadata m = new Metadata("A & B <tags> \"quoted\" \u0007bell", "副标题 & more", "作者 <某人>",
                "2024-03-18T08:57", "测试来源 & Co", "zh-CN", "描述 <b>not bold</b>");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(List.of(new Inline.Text("开头段落，字体选用 Atkinson Hyperlegible 和思源黑体，"
                + "含有 < 和 & 以及 ]]> 与控制字符\u0001。"))));
        blocks.add(new Block.Heading(2, List.of(new Inline.Text("第一节 & 图片"))));
        blocks.add(new Block.Image("https://tracker.example.com/pixel.png", "远程图片的说明", "远程图片的图注"));
        blocks.add(new Block.Image("images/no-such-file.png", "缺失图片的说明", null));
        blocks.add(new Block.Image("images/trainees-by-month.png", "柱状图：每月参加培训的人数", "每月参加培训人数"));
        blocks.add(new Block.Image(DATA_PNG, "", null));
        blocks.add(new Block.Image("data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+",
                "矢量图的说明", null));
        blocks.add(new Block.Heading(4, List.of(new Inline.Text("跳级的小标题"))));
        blocks.add(new Block.Paragraph(List.of(
                new Inline.Link("javascript:alert(1)", List.of(new Inline.Text("危险链接"))),
                new Inline.Text("、"),
                new Inline.Link("/relative/page.html", List.of(new Inline.Text("站内链接"))),
                new Inline.Text("、"),
                new Inline.Link("https://example.org/a?b=1&c=2", List.of(new Inline.Text("外部链接"))),
                new Inline.LineBreak(),
                new Inline.Code("x < y && z"),
                new Inline.Emphasis(List.of(new Inline.Text("强调"))),
                new Inline.Strong(List.of(new Inline.Text("加粗 Bold"))))));
        blocks.add(new Block.Heading(3, List.of(new Inline.Text("  "))));
        blocks.add(new Block.Paragraph(List.of(new Inline.Link("https://example.org/outer", List.of(
                new Inline.Text("外层"), new Inline.Link("https://example.org/inner", List.of(new Inline.Text("内层"))))))));
        blocks.add(new Block.Heading(2, List.of(new Inline.Text("第二节"))));
        blocks.add(new Block.CodeBlock("java", "if (a < b && c > d) {\n    return \"<ok>\";\n}"));
        blocks.add(new Block.Table(List.of(), List.of(
                List.of(List.of(new Inline.Text("无表头")), List.of(new Inline.Text("单元格"))),
                List.of(List.of(new Inline.Text("第二行"))))));
        blocks.add(new Block.BlockQuote(List.of(Block.Paragraph.of("引文"),
                new Block.BlockQuote(List.of(Block.Paragraph.of("嵌套引文"))))));
        blocks.add(new Block.OrderedList(3, List.of(Block.ListItem.of("第三项"),
                new Block.ListItem(List.of(Block.Paragraph.of("第四项"), new Block.BulletList(List.of(
                        Block.ListItem.of("子项"))))))));
        blocks.add(new Block.ThematicBreak());
        blocks.add(Block.Paragraph.of("来源：测试"));
        return new Article(m, blocks);
    }

    /** An English article with sections and subsections, for splitting and the table of contents. */
    static Article sections() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of("The opening paragraph comes before any heading."));
        for (int s = 1; s <= 3; s++) {
            blocks.add(new Block.Heading(1, List.of(new Inline.Text("Section " + s))));
            blocks.add(Block.Paragraph.of("Text of section " + s + "."));
            blocks.add(new Block.Heading(2, List.of(new Inline.Text("Part " + s + ".1"))));
            blocks.add(Block.Paragraph.of("Text of part " + s + ".1, with 中文 inside."));
        }
        return new Article(new Metadata("Sections and parts", null, "A. Writer", "2024-06-01", "The Test Gazette",
                "en", null), blocks);
    }

    /** 120 numbered paragraphs of 1,000 characters and no heading: too long for one XHTML file. */
    static Article longWithoutHeadings() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            String number = "第" + i + "段。";
            blocks.add(Block.Paragraph.of(number + "长".repeat(1000 - number.length())));
        }
        return new Article(Metadata.of("没有标题的长文章", "zh-CN"), blocks);
    }

    /** No title, no date, no source, language unknown. */
    static Article bare() {
        return new Article(Metadata.of(null, null), List.of(Block.Paragraph.of("Just one line of text.")));
    }
}
