package org.accesspub.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.style.Theme;
import org.accesspub.testing.BlockFixtures;
import org.accesspub.testing.PdfText;
import org.accesspub.testing.Samples;
import org.accesspub.testing.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF draws definitions, lines, notes, code and aligned tables, tags them, and stays PDF/UA-1. */
class PdfBlocksTest {
    private static byte[] manual;
    private static byte[] poems;

    /** A character as drawn: its text, font, left edge, right edge and baseline. */
    private record Drawn(String text, String font, float x, float right, float y) {
    }

    private static byte[] write(Article article, LargePrintProfile profile, String name) throws Exception {
        byte[] pdf = PdfWriterTest.pdf(article, profile, Warnings.collecting());
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf", name + ".pdf"), pdf);
        return pdf;
    }

    @BeforeAll
    static void writeOnce() throws Exception {
        manual = write(BlockFixtures.chineseManual(), LargePrintProfile.defaults(), "blocks-zh");
        poems = write(Samples.readFixture("blocks/poems-44.txt"), LargePrintProfile.defaults(), "poems-44");
    }

    private static List<Drawn> drawn(byte[] pdf) throws IOException {
        List<Drawn> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        out.add(new Drawn(p.getUnicode(), p.getFont().getName(), p.getXDirAdj(),
                                p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj()));
                    }
                }
            };
            stripper.getText(doc);
        }
        return out;
    }

    /** Every parent › child pair of the structure tree, such as {@code P>Code}. */
    private static List<String> structure(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pairs("Root", doc.getDocumentCatalog().getStructureTreeRoot().getKids(), out);
        }
        return out;
    }

    private static void pairs(String parent, List<Object> kids, List<String> out) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                out.add(parent + ">" + e.getStructureType());
                pairs(e.getStructureType(), e.getKids(), out);
            }
        }
    }

    @Test
    void fortyFourPoemsAreSetLineByLineAndPassPdfUa() throws Exception {
        assertThat(VeraPdf.pdfUaFailures(poems)).as("veraPDF PDF/UA-1 failed rules").isEmpty();
        PdfText back = PdfText.read(poems);
        assertThat(back.lines).containsSubsequence("感遇・其一", "作者：张九龄", "兰叶春葳蕤，桂华秋皎洁。",
                "欣欣此生意，自尔为佳节。", "谁知林栖者，闻风坐相悦。", "草木有本心，何求美人折？");
        assertThat(back.lines).containsSubsequence("白日依山尽，", "黄河入海流。", "欲穷千里目，", "更上一层楼。");
        assertThat(structure(poems)).contains("Div>P").filteredOn("Document>H2"::equals).hasSize(44);
    }

    @Test
    void manualBlocksPassPdfUaInBothThemesAndInEnglish() throws Exception {
        assertThat(VeraPdf.pdfUaFailures(manual)).as("veraPDF PDF/UA-1 failed rules").isEmpty();
        byte[] dark = write(BlockFixtures.chineseManual(), LargePrintProfile.builder().theme(Theme.HIGH_CONTRAST).build(),
                "blocks-zh-high-contrast");
        assertThat(VeraPdf.pdfUaFailures(dark)).as("veraPDF PDF/UA-1 failed rules, high contrast").isEmpty();
        byte[] en = write(BlockFixtures.englishManual(), LargePrintProfile.defaults(), "blocks-en");
        assertThat(VeraPdf.pdfUaFailures(en)).as("veraPDF PDF/UA-1 failed rules").isEmpty();
        assertThat(PdfText.read(en).lines).contains("Backup", "Tip", "Riverside Library", "1 Mill Lane");
    }

    @Test
    void blocksAreTaggedByThePdfUaMapping() throws Exception {
        assertThat(structure(manual)).contains("Document>L", "L>LI", "LI>Lbl", "LI>LBody", "LBody>P", "Document>Div",
                "Div>P", "P>Code");
    }

    @Test
    void codeIsSetInTheMonoFaceAndHanInCodeInNotoSansSc() throws Exception {
        List<Drawn> d = drawn(manual);
        int listing = indexOf(d, "-rw-r--r--");
        assertThat(d.get(listing).font()).contains("AtkinsonHyperlegibleMono");
        Drawn han = d.stream().skip(listing).filter(c -> c.text().equals("体")).findFirst().orElseThrow();
        assertThat(han.font()).contains("NotoSansSC");
        // An ls -l listing lines up: the sizes of both lines end in the same column.
        Drawn small = d.get(indexOf(d, "2048") + 3);
        Drawn large = d.get(indexOf(d, "10240") + 4);
        assertThat(small.right()).isEqualTo(large.right(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(small.y()).isNotEqualTo(large.y());
    }

    @Test
    void aWrappedCodeLineContinuesIndentedAfterItsMark() throws Exception {
        List<Drawn> d = drawn(manual);
        Drawn find = d.get(indexOf(d, "find"));
        Drawn ls = d.get(indexOf(d, "ls -l"));
        assertThat(find.x()).isEqualTo(ls.x(), org.assertj.core.data.Offset.offset(0.5f));
        // The line after "find …" is a continuation: lower, and indented past the ↳ mark.
        Drawn next = d.stream().filter(c -> c.y() > find.y() + 1 && c.y() < find.y() + 40).findFirst().orElseThrow();
        assertThat(next.x()).isGreaterThan(find.x() + 10);
    }

    @Test
    void aRightAlignedColumnEndsAtItsRightEdge() throws Exception {
        List<Drawn> d = drawn(manual);
        Drawn small = d.get(lastIndexOf(d, "2048") + 3);
        Drawn large = d.get(lastIndexOf(d, "10240") + 4);
        assertThat(small.right()).isEqualTo(large.right(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(small.x()).isGreaterThan(large.x());
        Drawn name = d.get(indexOf(d, "体检报告.pdf"));
        Drawn other = d.get(indexOf(d, "照片清单.txt"));
        assertThat(name.x()).isEqualTo(other.x(), org.assertj.core.data.Offset.offset(0.5f));
    }

    /** Where the characters of {@code text} are first drawn in a row. */
    private static int indexOf(List<Drawn> d, String text) {
        List<Integer> all = matches(d, text);
        assertThat(all).as(text).isNotEmpty();
        return all.get(0);
    }

    private static int lastIndexOf(List<Drawn> d, String text) {
        List<Integer> all = matches(d, text);
        assertThat(all).as(text).isNotEmpty();
        return all.get(all.size() - 1);
    }

    private static List<Integer> matches(List<Drawn> d, String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i + text.length() <= d.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < text.length(); k++) {
                sb.append(d.get(i + k).text());
            }
            if (sb.toString().equals(text)) {
                out.add(i);
            }
        }
        return out;
    }
}
