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
import org.accesspub.style.LargePrintProfile;
import org.accesspub.testing.PdfText;
import org.accesspub.testing.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Long documents on paper: justification, tables sized by content or set row by row, what stays together. */
class PdfLayoutTest {

    private static byte[] write(Article article, String name) throws Exception {
        byte[] pdf = PdfWriterTest.pdf(article, LargePrintProfile.defaults(), Warnings.collecting());
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf", name + ".pdf"), pdf);
        return pdf;
    }

    private static Inline.Link link(String text, String href) {
        return new Inline.Link(href, List.of(new Inline.Text(text)));
    }

    @Test
    void justifiedChineseNeverLetterSpacesALatinWordOrCode() throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            blocks.add(new Block.Paragraph(List.of(new Inline.Text("当前的 5.x Linux 内核的 initrd 映像在技术上是 initramfs"
                    + "（初始 RAM 文件系统），由 Debian 的 "), new Inline.Code("initramfs-tools"),
                    new Inline.Text(" 软件包生成；系统日志由 rsyslogd 记录，对于 UEFI 系统，GRUB2 会读取 EFI 分区上的配置文件。"
                            + "第" + i + "段。"))));
        }
        byte[] pdf = write(new Article(Metadata.of("对齐", "zh-CN"), blocks), "justify-latin");
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
        List<PdfText.Glyph> glyphs = PdfText.read(pdf).glyphs;
        int pairs = 0;
        for (int i = 1; i < glyphs.size(); i++) {
            PdfText.Glyph a = glyphs.get(i - 1);
            PdfText.Glyph b = glyphs.get(i);
            if (a.page() != b.page() || !a.text().matches("[A-Za-z0-9-]") || !b.text().matches("[A-Za-z0-9-]")) {
                continue;
            }
            float gap = b.x() - (a.x() + a.width());
            if (gap < -a.size()) {
                continue; // the next line
            }
            pairs++;
            assertThat(gap).as("gap between %s and %s", a.text(), b.text()).isLessThan(0.3f);
        }
        assertThat(pairs).isGreaterThan(200);
        // and the Han characters did take the space: some gap between two of them is wider than none
        float widest = 0;
        for (int i = 1; i < glyphs.size(); i++) {
            PdfText.Glyph a = glyphs.get(i - 1);
            PdfText.Glyph b = glyphs.get(i);
            if (a.text().matches("\\p{IsHan}") && b.text().matches("\\p{IsHan}") && b.x() > a.x()) {
                widest = Math.max(widest, b.x() - (a.x() + a.width()));
            }
        }
        assertThat(widest).isGreaterThan(0.5f);
    }

    /** The shape of Debian Reference's table 3.1: six columns, links in most cells. */
    private static Block.Table bootloaders(int rows) {
        List<List<Inline>> header = new ArrayList<>();
        for (String h : List.of("软件包", "流行度", "大小", "initrd", "引导加载程序", "说明")) {
            header.add(List.of(new Inline.Text(h)));
        }
        List<List<List<Inline>>> body = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            body.add(List.of(List.of(link("grub-efi-amd64", "http://packages.debian.org/sid/grub-efi-amd64")),
                    List.of(link("I:261", "http://qa.debian.org/popcon-graph.php?packages=grub-efi-amd64")),
                    List.of(link("159", "http://packages.qa.debian.org/g/grub-efi-amd64.html")),
                    List.of(new Inline.Text("支持")), List.of(link("GRUB UEFI", "https://zh.wikipedia.org/wiki/GNU_GRUB")),
                    List.of(new Inline.Text("可智能识别磁盘分区和文件系统，例如 vfat、ext4…（UEFI）"))));
        }
        return new Block.Table(header, body);
    }

    @Test
    void aTableTooWideForThePageIsLaidOutRowByRowWithItsHeadersAndItsAddressesAfterIt() throws Exception {
        Article article = new Article(Metadata.of("引导加载程序", "zh-CN"), List.of(
                new Block.Paragraph(List.of(new Inline.Strong(List.of(new Inline.Text("表 3.1. 引导加载程序列表"))))),
                bootloaders(12)));
        byte[] pdf = write(article, "table-row-by-row");
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
        PdfText text = PdfText.read(pdf);
        assertThat(text.lines).contains("软件包：grub-efi-amd64\u00A0[1]", "流行度：I:261\u00A0[2]", "initrd：支持");
        assertThat(text.dense()).contains("[1]http://packages.debian.org/sid/grub-efi-amd64")
                .doesNotContain("(http://packages.debian.org");
        // each address once, however many rows use it
        assertThat(text.dense().split("packages.debian.org/sid/grub-efi-amd64", -1)).hasSize(2);
        List<String> roles = roles(pdf);
        assertThat(roles).contains("L", "LI", "LBody").doesNotContain("Table");
        // the caption is on the page of the first row
        int captionPage = text.glyphs.stream().filter(g -> g.text().equals("表")).findFirst().orElseThrow().page();
        int firstRowPage = text.glyphs.stream().filter(g -> g.text().equals("软")).findFirst().orElseThrow().page();
        assertThat(captionPage).isEqualTo(firstRowPage);
    }

    @Test
    void aTableThatFitsGivesItsLongColumnTheRoom() throws Exception {
        List<List<List<Inline>>> rows = List.of(
                List.of(List.of(new Inline.Text("1")), List.of(new Inline.Text("vfat"))),
                List.of(List.of(new Inline.Text("2")), List.of(new Inline.Text(
                        "可智能识别磁盘分区和文件系统，例如 vfat、ext4，并在启动时读取配置文件。"))));
        Block.Table table = new Block.Table(List.of(List.of(new Inline.Text("号")), List.of(new Inline.Text("说明"))), rows);
        byte[] pdf = write(new Article(Metadata.of("表格", "zh-CN"), List.of(table)), "table-content-widths");
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
        PdfText text = PdfText.read(pdf);
        float numberX = text.glyphs.stream().filter(g -> g.text().equals("号")).findFirst().orElseThrow().x();
        float textX = text.glyphs.stream().filter(g -> g.text().equals("说")).findFirst().orElseThrow().x();
        assertThat(textX - numberX).as("the number column is narrow").isLessThan(80);
        assertThat(roles(pdf)).contains("Table", "TH", "TD");
    }

    @Test
    void emojiAndRareHanAreDrawnAndACharacterNoFontHasIsPrintedAsItsFramedCode() throws Exception {
        Warnings warnings = Warnings.collecting();
        Article article = new Article(Metadata.of("生僻字", "zh-CN"), List.of(
                Block.Paragraph.of("吉野家的“吉”，有人写作“𠮷”：𠮷野家。今天天气很好😀，大家都很开心👍。"),
                Block.Paragraph.of("私用区字符\uE000无法显示。")));
        byte[] pdf = PdfWriterTest.pdf(article, LargePrintProfile.defaults(), warnings);
        Files.write(Path.of("target/pdf", "rare-characters.pdf"), pdf);
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
        String dense = PdfText.read(pdf).dense();
        assertThat(dense).contains("很好😀，", "开心👍。"); // Noto Emoji, bundled
        // from the machine's Han fonts (fonts-hanazono) where it has them, else its code: never a blank
        assertThat(dense.contains("“𠮷”：𠮷野家") || dense.contains("“U+20BB7”：U+20BB7野家")).isTrue();
        assertThat(dense).contains("私用区字符U+E000无法显示");
        assertThat(warnings.all()).anySatisfy(w -> assertThat(w).contains("U+E000"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                fonts.add(doc.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts).anySatisfy(f -> assertThat(f).endsWith("NotoEmoji-Regular"));
        }
    }

    private static List<String> roles(byte[] pdf) throws Exception {
        List<String> roles = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            collect(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), roles);
        }
        return roles;
    }

    private static void collect(List<Object> kids, List<String> roles) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                roles.add(e.getStructureType());
                collect(e.getKids(), roles);
            }
        }
    }
}
