package org.accesspub.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.style.Theme;
import org.accesspub.testing.BlockFixtures;
import org.accesspub.testing.PdfText;
import org.accesspub.testing.Samples;
import org.accesspub.testing.VeraPdf;
import org.junit.jupiter.api.Test;

/** The PDF draws definitions, lines, notes, code and aligned tables, and stays PDF/UA-1. */
class PdfBlocksTest {
    private static final Article POEMS = Samples.readFixture("blocks/poems-44.txt");

    private static byte[] write(Article article, LargePrintProfile profile, String name) throws Exception {
        byte[] pdf = PdfWriterTest.pdf(article, profile, Warnings.collecting());
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf", name + ".pdf"), pdf);
        return pdf;
    }

    @Test
    void fortyFourPoemsAreSetLineByLineAndPassPdfUa() throws Exception {
        byte[] pdf = write(POEMS, LargePrintProfile.defaults(), "poems-44");
        assertThat(VeraPdf.pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failed rules").isEmpty();
        PdfText back = PdfText.read(pdf);
        assertThat(back.lines).containsSubsequence("感遇・其一", "作者：张九龄", "兰叶春葳蕤，桂华秋皎洁。",
                "欣欣此生意，自尔为佳节。", "谁知林栖者，闻风坐相悦。", "草木有本心，何求美人折？");
        assertThat(back.lines).containsSubsequence("白日依山尽，", "黄河入海流。", "欲穷千里目，", "更上一层楼。");
    }

    @Test
    void manualBlocksPassPdfUaInBothThemes() throws Exception {
        for (Theme theme : Theme.values()) {
            byte[] pdf = write(BlockFixtures.chineseManual(), LargePrintProfile.builder().theme(theme).build(),
                    "blocks-zh-" + theme.name().toLowerCase());
            assertThat(VeraPdf.pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failed rules, " + theme).isEmpty();
        }
        byte[] en = write(BlockFixtures.englishManual(), LargePrintProfile.defaults(), "blocks-en");
        assertThat(VeraPdf.pdfUaFailures(en)).as("veraPDF PDF/UA-1 failed rules").isEmpty();
        assertThat(PdfText.read(en).lines).contains("Backup", "Tip", "Riverside Library", "1 Mill Lane");
    }
}
