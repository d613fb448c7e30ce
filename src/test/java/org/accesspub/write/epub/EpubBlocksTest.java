package org.accesspub.write.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.accesspub.model.Article;
import org.accesspub.testing.BlockFixtures;
import org.accesspub.testing.EpubCheck;
import org.accesspub.testing.Samples;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The book writes definitions, lines, notes and code as semantic XHTML, and EPUBCheck finds nothing. */
class EpubBlocksTest {
    @TempDir
    Path dir;

    private Path write(Article article, String name) throws Exception {
        return EpubTesting.write(EpubWriter.builder().build(), article, dir, name);
    }

    private static Document page(Path epub) throws Exception {
        Map<String, byte[]> e = EpubTesting.entries(epub);
        return Jsoup.parse(EpubTesting.text(e, "OEBPS/page-1.xhtml"), "", Parser.xmlParser());
    }

    @Test
    void manualBlocksBecomeSemanticXhtmlAndPassEpubCheck() throws Exception {
        Path epub = write(BlockFixtures.chineseManual(), "manual");
        EpubCheck.assertValid(epub);
        Document page = page(epub);
        assertThat(page.select("dl > dt").eachText()).containsExactly("备份", "cp");
        assertThat(page.select("dl > dd")).hasSize(2);
        assertThat(page.select("dd code").text()).isEqualTo("cp 照片.jpg /media/usb/");
        assertThat(page.select("div[role=note].admonition.note > p.admonition-title").text()).isEqualTo("注意");
        assertThat(page.select("div[role=note].admonition.warning > p.admonition-title").text()).isEqualTo("警告：不要拔掉 U 盘");
        assertThat(page.select("pre > code")).hasSize(2);
        assertThat(page.select("p.lines > span.line").eachText())
                .containsExactly("阳光社区服务中心", "江苏省无锡市新吴区长江路 21 号", "邮编 214028");
        assertThat(page.select("p.lines > br")).hasSize(2);
        assertThat(page.select("pre > code.language-sh")).hasSize(1);
        assertThat(page.select("td.align-right").eachText()).containsExactly("2048", "10240");
    }

    @Test
    void aTableCaptionIsItsCaptionCodeLinesWrapUnderTheirStartAndLongAddressesBreakAnywhere() throws Exception {
        java.util.List<org.accesspub.model.Inline> cell = java.util.List.of(new org.accesspub.model.Inline.Text("支持"));
        Article article = new Article(org.accesspub.model.Metadata.of("表格", "zh-CN"), java.util.List.of(
                new org.accesspub.model.Block.Paragraph(java.util.List.of(new org.accesspub.model.Inline.Strong(
                        java.util.List.of(new org.accesspub.model.Inline.Text("表 3.1. 引导加载程序列表"))))),
                new org.accesspub.model.Block.Table(java.util.List.of(java.util.List.of(
                        new org.accesspub.model.Inline.Text("initrd"))), java.util.List.of(java.util.List.of(cell))),
                new org.accesspub.model.Block.Paragraph(java.util.List.of(new org.accesspub.model.Inline.Text("网址是 "),
                        new org.accesspub.model.Inline.Link("https://www.example.gov.cn/service/community/online-guide.html",
                                java.util.List.of(new org.accesspub.model.Inline.Text(
                                        "https://www.example.gov.cn/service/community/online-guide.html"))),
                        new org.accesspub.model.Inline.Text("，对于 UEFI 系统，GRUB2 会读取配置。"))),
                new org.accesspub.model.Block.CodeBlock("sh", "apt-get install --no-install-recommends grub-efi-amd64\necho done")));
        Path epub = write(article, "caption");
        EpubCheck.assertValid(epub);
        Document page = page(epub);
        assertThat(page.select("table > caption").text()).isEqualTo("表 3.1. 引导加载程序列表");
        assertThat(page.select("body p").eachText()).noneMatch(t -> t.contains("表 3.1"));
        assertThat(page.select("pre > code > span.cl")).hasSize(2);
        assertThat(page.selectFirst("pre > code").wholeText())
                .isEqualTo("apt-get install --no-install-recommends grub-efi-amd64\necho done");
        assertThat(page.select("a.address")).hasSize(1);
    }

    @Test
    void aStanzaBreakInsideALineBlockIsABlankLine() throws Exception {
        Path epub = write(BlockFixtures.englishManual(), "english");
        EpubCheck.assertValid(epub);
        Document page = page(epub);
        assertThat(page.select("p.lines").last().select("span.line")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly("The way a crow", "Shook down on me", "", "The dust of snow", "From a hemlock tree");
        assertThat(page.select("p.lines").last().select("span.blank")).hasSize(1);
    }

    @Test
    void codeIsSetInTheMonoFaceWhichIsSubsetLikeTheOthers() throws Exception {
        Map<String, byte[]> e = EpubTesting.entries(write(BlockFixtures.chineseManual(), "mono"));
        String css = EpubTesting.text(e, "OEBPS/" + e.keySet().stream().filter(n -> n.endsWith(".css")).findFirst()
                .orElseThrow().substring("OEBPS/".length()));
        assertThat(css).contains("code, pre { font-family: \"Atkinson Hyperlegible Mono\", ")
                .contains("src: url(\"fonts/atkinson-hyperlegible-mono-regular.ttf\")");
        assertThat(css.substring(css.indexOf("body {"))).doesNotContain("body {\n  font-family: \"Atkinson Hyperlegible Mono\"");
        byte[] mono = e.get("OEBPS/fonts/atkinson-hyperlegible-mono-regular.ttf");
        assertThat(mono).isNotNull();
        assertThat(mono.length).isLessThan(20_000); // a subset: the whole face is 34 KB
    }

    @Test
    void poemsGiveOneContentsEntryEachAndKeepTheirLines() throws Exception {
        Path epub = write(Samples.readFixture("blocks/poems-44.txt"), "poems");
        EpubCheck.assertValid(epub);
        Map<String, byte[]> e = EpubTesting.entries(epub);
        Document nav = Jsoup.parse(EpubTesting.text(e, "OEBPS/nav.xhtml"), "", Parser.xmlParser());
        assertThat(nav.select("nav[epub|type=toc] li, nav[epub:type=toc] li").size()).isGreaterThanOrEqualTo(44);
    }
}
