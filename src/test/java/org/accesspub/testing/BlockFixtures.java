package org.accesspub.testing;

import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;

/** Articles holding every newer block — definitions, lines, admonitions, code, aligned tables — for the writers' tests. */
public final class BlockFixtures {
    /** A line of code longer than any page's measure, so that writers must wrap it. */
    public static final String LONG_CODE_LINE = "find ~/文档 -name '*.pdf' -newer ~/上次备份.txt -exec cp --preserve=timestamps {} /media/usb/备份/ \\;";

    private BlockFixtures() {
    }

    /** A Chinese manual page: a glossary, an address, a note and a warning, code and an aligned table. */
    public static Article chineseManual() {
        return new Article(Metadata.of("备份照片和文件", "zh-CN"), List.of(
                Block.Paragraph.of("下面说明几个常用的词。"),
                new Block.DefinitionList(List.of(
                        Block.Definition.of("备份", "把文件复制到另一个地方保存，原来的文件坏了还能找回。"),
                        new Block.Definition(List.of(new Inline.Code("cp")),
                                List.of(new Block.Paragraph(List.of(new Inline.Text("复制命令，例如 "),
                                        new Inline.Code("cp 照片.jpg /media/usb/"), new Inline.Text("。"))))))),
                new Block.Admonition(Block.Admonition.Kind.NOTE, null,
                        List.of(Block.Paragraph.of("U 盘要先插好，等电脑认出它再复制。"))),
                new Block.Admonition(Block.Admonition.Kind.WARNING, "不要拔掉 U 盘",
                        List.of(Block.Paragraph.of("复制没有完成时拔掉 U 盘，文件会损坏。"))),
                new Block.CodeBlock("sh", "ls -l /media/usb\n" + LONG_CODE_LINE),
                new Block.CodeBlock("text", "-rw-r--r-- 1 lao users  2048 Jun  3 09:30 体检报告.pdf\n"
                        + "-rw-r--r-- 1 lao users 10240 Jun  2 18:05 照片清单.txt"),
                Block.LineBlock.of(List.of("阳光社区服务中心", "江苏省无锡市新吴区长江路 21 号", "邮编 214028")),
                new Block.Table(
                        List.of(List.of(new Inline.Text("文件")), List.of(new Inline.Text("大小（字节）"))),
                        List.of(List.of(List.of(new Inline.Text("体检报告.pdf")), List.of(new Inline.Text("2048"))),
                                List.of(List.of(new Inline.Text("照片清单.txt")), List.of(new Inline.Text("10240")))),
                        List.of(Block.Alignment.LEFT, Block.Alignment.RIGHT))));
    }

    /** The same kinds of block in English. */
    public static Article englishManual() {
        return new Article(Metadata.of("Backing up photos", "en"), List.of(
                new Block.DefinitionList(List.of(
                        Block.Definition.of("Backup", "A copy of a file kept somewhere else."),
                        Block.Definition.of("USB stick", "A small drive that plugs into the computer."))),
                new Block.Admonition(Block.Admonition.Kind.TIP, null, List.of(Block.Paragraph.of("Label the stick."))),
                new Block.CodeBlock("sh", "cp photo.jpg /media/usb/"),
                new Block.CodeBlock("sh", String.join("\n", java.util.Collections.nCopies(8, "echo step"))),
                Block.LineBlock.of(List.of("Riverside Library", "1 Mill Lane", "Riverside RV1 2AB")),
                Block.LineBlock.of(List.of("The way a crow", "Shook down on me", "", "The dust of snow",
                        "From a hemlock tree"))));
    }
}
