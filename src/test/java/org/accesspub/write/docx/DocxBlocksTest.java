package org.accesspub.write.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.testing.BlockFixtures;
import org.accesspub.write.OutputFiles;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOCX sets code, definitions, lines and notes in styles of their own and stays schema-valid. */
class DocxBlocksTest {
    @TempDir
    Path dir;

    private DocxReadBack write(Article article) throws Exception {
        try (OutputFiles out = new OutputFiles(dir, "blocks")) {
            DocxWriter.builder().build().write(org.accesspub.testing.Prepared.of(article), out);
            out.commit();
        }
        return new DocxReadBack(dir.resolve("blocks.docx"));
    }

    private static List<String> styled(DocxReadBack docx, String style) {
        return docx.paragraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void manualBlocksTakeTheirStylesAndPassTheSchemas() throws Exception {
        DocxReadBack docx = write(BlockFixtures.chineseManual());
        assertThat(OoxmlSchemas.errors(docx.file)).isEmpty();
        assertThat(docx.style(DocxStyles.SOURCE_CODE).getName().getVal()).isEqualTo("Source Code");
        assertThat(styled(docx, DocxStyles.DEFINITION_TERM)).containsExactly("备份", "cp");
        assertThat(styled(docx, DocxStyles.DEFINITION)).hasSize(2);
        assertThat(styled(docx, DocxStyles.ADMONITION_TITLE)).containsExactly("注意", "警告：不要拔掉 U 盘");
        assertThat(styled(docx, DocxStyles.SOURCE_CODE)).hasSize(2)
                .first().asString().startsWith("ls -l /media/usb\n");
        assertThat(styled(docx, DocxStyles.LINE_BLOCK))
                .containsExactly("阳光社区服务中心\n江苏省无锡市新吴区长江路 21 号\n邮编 214028");
    }

    @Test
    void theMonoFaceIsEmbeddedAndRightAlignedColumnsStayRight() throws Exception {
        DocxReadBack docx = write(BlockFixtures.chineseManual());
        try (var zip = new java.util.zip.ZipFile(docx.file.toFile())) {
            String table = new String(zip.getInputStream(zip.getEntry("word/fontTable.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(table).contains("<w:font w:name=\"Atkinson Hyperlegible Mono\"><w:charset w:val=\"00\"/>"
                    + "<w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/><w:embedRegular");
        }
        assertThat(docx.doc.getTables().get(0).getRow(1).getCell(1).getParagraphs().get(0).getAlignment())
                .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
    }

    /** The shape of Debian Reference's table 3.1: six columns, links in most cells (as PdfLayoutTest's). */
    private static org.accesspub.model.Block.Table bootloaders(int rows) {
        List<List<org.accesspub.model.Inline>> header = new java.util.ArrayList<>();
        for (String h : List.of("软件包", "流行度", "大小", "initrd", "引导加载程序", "说明")) {
            header.add(List.of(new org.accesspub.model.Inline.Text(h)));
        }
        List<List<List<org.accesspub.model.Inline>>> body = new java.util.ArrayList<>();
        for (int r = 0; r < rows; r++) {
            body.add(List.of(List.of(link("grub-efi-amd64", "http://packages.debian.org/sid/grub-efi-amd64")),
                    List.of(link("I:261", "http://qa.debian.org/popcon-graph.php?packages=grub-efi-amd64")),
                    List.of(link("159", "http://packages.qa.debian.org/g/grub-efi-amd64.html")),
                    List.of(new org.accesspub.model.Inline.Text("支持")),
                    List.of(link("GRUB UEFI", "https://zh.wikipedia.org/wiki/GNU_GRUB")),
                    List.of(new org.accesspub.model.Inline.Text("可智能识别磁盘分区和文件系统，例如 vfat、ext4…（UEFI）"))));
        }
        return new org.accesspub.model.Block.Table(header, body);
    }

    private static org.accesspub.model.Inline link(String text, String href) {
        return new org.accesspub.model.Inline.Link(href, List.of(new org.accesspub.model.Inline.Text(text)));
    }

    @Test
    void aTableTooWideForThePageIsLaidOutRowByRowAsInThePdfWithItsAddressesAfterIt() throws Exception {
        DocxReadBack docx = write(new Article(org.accesspub.model.Metadata.of("引导加载程序", "zh-CN"), List.of(
                new org.accesspub.model.Block.Paragraph(List.of(new org.accesspub.model.Inline.Text("详见"),
                        link("维基百科", "https://zh.wikipedia.org/wiki/Booting"), new org.accesspub.model.Inline.Text("。"))),
                bootloaders(3))));
        assertThat(OoxmlSchemas.errors(docx.file)).isEmpty();
        assertThat(docx.doc.getTables()).isEmpty();
        assertThat(styled(docx, DocxStyles.TABLE_ROW)).hasSize(3 * 5)
                .contains("软件包：grub-efi-amd64\u00A0[1]", "流行度：I:261\u00A0[2]", "initrd：支持");
        assertThat(styled(docx, DocxStyles.TABLE_ROW_END)).hasSize(3).allSatisfy(t -> assertThat(t).startsWith("说明："));
        // each address once, numbered as in the cells, after the table
        assertThat(styled(docx, DocxStyles.LINK_NOTE)).containsExactly(
                "[1]\thttp://packages.debian.org/sid/grub-efi-amd64",
                "[2]\thttp://qa.debian.org/popcon-graph.php?packages=grub-efi-amd64",
                "[3]\thttp://packages.qa.debian.org/g/grub-efi-amd64.html", "[4]\thttps://zh.wikipedia.org/wiki/GNU_GRUB");
        // in the text, the address follows the link as on the PDF's page: paper cannot be clicked
        // (with zero-width spaces where a line may break inside it, so a justified line is not spread apart)
        assertThat(docx.paragraphs()).map(XWPFParagraph::getText)
                .contains("详见维基百科 (https://\u200Bzh.\u200Bwikipedia.\u200Borg/\u200Bwiki/\u200BBooting)。");
    }

    @Test
    void emojiAndRareHanAreSetInTheirEmbeddedFallbackFaceAndAJoinedSequenceStaysOneRun() throws Exception {
        DocxReadBack docx = write(new Article(org.accesspub.model.Metadata.of("表情", "zh-CN"), List.of(
                org.accesspub.model.Block.Paragraph.of("今天很好😀，一家人\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67出游。"))));
        assertThat(OoxmlSchemas.errors(docx.file)).isEmpty();
        try (var zip = new java.util.zip.ZipFile(docx.file.toFile())) {
            String table = new String(zip.getInputStream(zip.getEntry("word/fontTable.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(table).containsPattern("<w:font w:name=\"Noto Emoji\">.*?<w:embedRegular r:id=");
        }
        List<String> emojiRuns = new java.util.ArrayList<>();
        for (XWPFParagraph p : docx.paragraphs()) {
            for (var run : p.getRuns()) {
                var rpr = run.getCTR().getRPr();
                if (rpr != null && rpr.sizeOfRFontsArray() > 0 && "Noto Emoji".equals(rpr.getRFontsArray(0).getAscii())) {
                    emojiRuns.add(run.text());
                }
            }
        }
        assertThat(emojiRuns).containsExactly("😀", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
    }
}
