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
}
