package org.accesspub.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Blocks;
import org.accesspub.style.FontSize;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.testing.PdfText;
import org.accesspub.testing.Samples;
import org.accesspub.testing.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PdfWriterTest {
    private static final Path SAMPLES = Samples.path("");

    static byte[] pdf(Article article, LargePrintProfile profile, Warnings warnings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.builder().profile(profile).build()
                .write(org.accesspub.testing.Prepared.of(article, SAMPLES, warnings), out, warnings);
        return out.toByteArray();
    }

    static Article sample(String name) {
        return Samples.read(name);
    }

    static java.util.stream.Stream<String> samples() {
        return Samples.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsPdfUa1AndReadsBackAsItsText(String name) throws Exception {
        Article article = sample(name);
        byte[] pdf = pdf(article, LargePrintProfile.defaults(), Warnings.collecting());
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf", name + ".pdf"), pdf);

        assertThat(VeraPdf.pdfUaFailures(pdf)).as("veraPDF PDF/UA-1 failed rules").isEmpty();
        assertFontsEmbeddedAsSubsets(pdf);
        PdfText back = PdfText.read(pdf);
        assertThat(back.smallestSize()).isGreaterThanOrEqualTo(18f - 0.01f);
        assertNoLineStartsWithClosingPunctuation(article, back);
        assertTextInModelOrder(article, back);
    }

    @Test
    void seedArticleBeginsWithItsTitleAndDateLineAndEndsWithItsSourceLine() throws Exception {
        Article article = sample(Samples.SEED);
        PdfText back = PdfText.read(pdf(article, LargePrintProfile.defaults(), Warnings.collecting()));
        assertThat(back.dense()).startsWith("无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议发布时间：2024年3月18日08:57·来源：新吴区人民政府3月16日");
        assertThat(back.dense()).contains("来源：无锡高新区在线");
        assertThat(back.lines).contains("第 1 页 / 共 " + pageCount(pdf(article, LargePrintProfile.defaults(),
                Warnings.collecting())) + " 页");
    }

    @Test
    void englishArticleNumbersPagesInEnglish() throws Exception {
        byte[] pdf = pdf(sample(Samples.ENGLISH), LargePrintProfile.defaults(), Warnings.collecting());
        int pages = pageCount(pdf);
        assertThat(PdfText.read(pdf).lines).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
    }

    @Test
    void sizeXiaoYiSetsBodyTextAt24Points() throws Exception {
        LargePrintProfile profile = LargePrintProfile.builder().bodySize(FontSize.parse("小一")).build();
        PdfText back = PdfText.read(pdf(sample(Samples.SEED), profile, Warnings.collecting()));
        assertThat(back.smallestSize()).isCloseTo(24f, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void eightPointsWorksButWarnsThatItIsBelowLargePrint() throws Exception {
        Warnings warnings = Warnings.collecting();
        LargePrintProfile profile = LargePrintProfile.builder().bodySize(FontSize.parse("8pt")).build();
        byte[] pdf = pdf(sample(Samples.ENGLISH), profile, warnings);
        assertThat(PdfText.read(pdf).smallestSize()).isCloseTo(8f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(warnings.all()).anyMatch(w -> w.contains("below large print"));
    }

    @Test
    void highContrastThemeIsYellowOnBlackAndStillPdfUa1() throws Exception {
        LargePrintProfile profile = LargePrintProfile.builder().theme(org.accesspub.style.Theme.HIGH_CONTRAST).build();
        byte[] pdf = pdf(sample(Samples.MARKDOWN), profile, Warnings.collecting());
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0, 0.5f);
            assertThat(page.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0x000000);
            boolean yellow = false;
            for (int x = 0; x < page.getWidth() && !yellow; x++) {
                for (int y = 0; y < page.getHeight() && !yellow; y++) {
                    yellow = (page.getRGB(x, y) & 0xFFFFFF) == 0xFFFF00;
                }
            }
            assertThat(yellow).as("yellow text on the page").isTrue();
        }
    }

    @Test
    void englishPassageInChineseTextIsMarkedAsEnglish() throws Exception {
        byte[] pdf = pdf(sample(Samples.MARKDOWN), LargePrintProfile.defaults(), Warnings.collecting());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            List<String> langs = new ArrayList<>();
            collectLangs(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), langs);
            assertThat(langs).contains("en");
        }
    }

    @Test
    void linksAreUnderlinedPrintedWithTheirUrlAndClickableThroughATaggedAnnotation() throws Exception {
        byte[] pdf = pdf(sample(Samples.HTML), LargePrintProfile.defaults(), Warnings.collecting());
        assertThat(PdfText.read(pdf).dense()).contains("heatinghelppage(https://example.org/heating-help)");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> uris = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var a : page.getAnnotations()) {
                    if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        uris.add(uri.getURI());
                        assertThat(link.getContents()).contains(uri.getURI());
                        assertThat(link.getStructParent()).isGreaterThanOrEqualTo(0);
                    }
                }
            }
            assertThat(uris).contains("https://example.org/heating-help");
            List<String> roles = new ArrayList<>();
            collectRoles(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), roles);
            assertThat(roles).contains("Link", "H1", "H2", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD",
                    "Figure", "BlockQuote", "P");
        }
    }

    @Test
    void headingsBecomeTheOutline() throws Exception {
        byte[] pdf = pdf(sample(Samples.MARKDOWN), LargePrintProfile.defaults(), Warnings.collecting());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var root = doc.getDocumentCatalog().getDocumentOutline();
            var title = root.getFirstChild();
            assertThat(title.getTitle()).isEqualTo("社区老年人数字技能课堂开课");
            List<String> sections = new ArrayList<>();
            title.children().forEach(c -> sections.add(c.getTitle()));
            assertThat(sections).containsExactly("课程安排", "报名人数", "学员的话");
        }
    }

    @Test
    void nestedListsCodeRulesDecorativeImagesAndChineseInsideEnglishAreStillPdfUa1() throws Exception {
        var t = (java.util.function.Function<String, List<org.accesspub.model.Inline>>)
                x -> List.of(new org.accesspub.model.Inline.Text(x));
        Block nested = new Block.BulletList(List.of(Block.ListItem.of("inner one"), Block.ListItem.of("inner two")));
        Article article = new Article(org.accesspub.model.Metadata.of("Edge cases", "en").withDate("2024-03-18"),
                List.of(new Block.Heading(1, t.apply("A level-one heading in the body")),
                        new Block.OrderedList(7, List.of(
                                new Block.ListItem(List.of(Block.Paragraph.of("outer seven"), nested)),
                                Block.ListItem.of("outer eight"))),
                        new Block.CodeBlock("java", "int x = 1;\n\tSystem.out.println(x);"),
                        new Block.ThematicBreak(),
                        new Block.Image("images/trainees-by-month.png", "", null),
                        Block.Paragraph.of(""),
                        Block.Paragraph.of("The sign said 欢迎光临 in large letters, and "
                                + "x".repeat(120) + " ran on without a space."),
                        new Block.BlockQuote(List.of(new Block.BlockQuote(List.of(Block.Paragraph.of("deep quote"))))),
                        new Block.Heading(2, t.apply(" ")),
                        new Block.Table(List.of(t.apply("Day"), t.apply("")),
                                List.of(List.of(t.apply("Monday"), t.apply("")), List.of(t.apply("Tuesday"))))));
        byte[] pdf = pdf(article, LargePrintProfile.defaults(), Warnings.collecting());
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/edge-cases.pdf"), pdf);
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
        PdfText back = PdfText.read(pdf);
        assertThat(back.lines).contains("int x = 1;");
        assertThat(back.dense()).contains("7.outerseven", "•innerone", "8.outereight", "欢迎光临", "deepquote");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> langs = new ArrayList<>();
            collectLangs(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), langs);
            assertThat(langs).contains("zh");
            List<String> roles = new ArrayList<>();
            collectRoles(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), roles);
            assertThat(roles.stream().filter(r -> r.equals("TD")).count()).as("every row keeps its cells").isEqualTo(4);
        }
    }

    @Test
    void aTableCellThatOpensWithALinkKeepsTheTextAfterItTagged() throws Exception {
        // A DocBook reference table: each cell is a link to a manual page followed by its section number.
        List<Inline> cell = List.of(new Inline.Link("https://manpages.debian.org/mc", List.of(new Inline.Text("mc"))),
                new Inline.Text("(1) 文件管理器"));
        Article article = new Article(org.accesspub.model.Metadata.of("软件包", "zh-CN"),
                List.of(new Block.Table(List.of(List.of(new Inline.Text("软件包"))), List.of(List.of(cell)))));
        byte[] pdf = pdf(article, LargePrintProfile.defaults(), Warnings.collecting());
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
        // the address is numbered in the cell and printed once after the table
        assertThat(PdfText.read(pdf).dense()).contains("mc\u00A0[1](1)文件管理器", "[1]", "manpages.debian.org/mc");
    }

    @Test
    void missingImageShowsItsTextAndWarns() throws Exception {
        Warnings warnings = Warnings.collecting();
        Article article = new Article(org.accesspub.model.Metadata.of("Pictures", "en"),
                List.of(new Block.Image("images/no-such.png", "A map of the library", null)));
        byte[] pdf = pdf(article, LargePrintProfile.defaults(), warnings);
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
        assertThat(PdfText.read(pdf).text).contains("Image: A map of the library");
        assertThat(warnings.all()).anyMatch(w -> w.contains("images/no-such.png"));
    }

    @Test
    void aCharacterNoFontHasIsReportedByCodePoint() throws Exception {
        Warnings warnings = Warnings.collecting();
        Article article = new Article(org.accesspub.model.Metadata.of("字", "zh-CN"),
                List.of(Block.Paragraph.of("古文字\uDB80\uDC00在此。"))); // plane 15, private use: no font's
        byte[] pdf = pdf(article, LargePrintProfile.defaults(), warnings);
        assertThat(warnings.all()).anyMatch(w -> w.contains("U+F0000"));
        assertThat(PdfText.read(pdf).dense()).contains("古文字U+F0000在此"); // printed as its framed code
    }

    @Test
    void longTablesRepeatTheirHeaderRowOnTheNextPage() throws Exception {
        List<List<List<org.accesspub.model.Inline>>> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(List.of(List.of(new org.accesspub.model.Inline.Text("第" + i + "行")),
                    List.of(new org.accesspub.model.Inline.Text(String.valueOf(i * 7)))));
        }
        Block.Table table = new Block.Table(List.of(List.of(new org.accesspub.model.Inline.Text("月份")),
                List.of(new org.accesspub.model.Inline.Text("人数"))), rows);
        Article article = new Article(org.accesspub.model.Metadata.of("表格", "zh-CN"), List.of(table));
        byte[] pdf = pdf(article, LargePrintProfile.defaults(), Warnings.collecting());
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
        assertThat(pageCount(pdf)).isGreaterThan(1);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            assertThat(s.getText(doc).replaceAll("\\s+", "")).startsWith("月份人数");
        }
    }

    @Test
    void aTableRowTallerThanAPageBreaksAcrossPagesInsteadOfRunningOffIt() throws Exception {
        String passage = "这是一段很长的表格内容，用来检查单元格比一页还高时的排版。".repeat(40);
        Block.Table table = new Block.Table(List.of(List.of(new org.accesspub.model.Inline.Text("项目")),
                List.of(new org.accesspub.model.Inline.Text("说明"))),
                List.of(List.of(List.of(new org.accesspub.model.Inline.Text("甲")),
                        List.of(new org.accesspub.model.Inline.Text(passage)))));
        Article article = new Article(org.accesspub.model.Metadata.of("长表格", "zh-CN"), List.of(table));
        LargePrintProfile profile = LargePrintProfile.builder().bodySize(FontSize.parse("小一"))
                .page(org.accesspub.style.PageSize.A5).build();
        byte[] pdf = pdf(article, profile, Warnings.collecting());
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
        assertThat(pageCount(pdf)).isGreaterThan(2);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float margin = (float) profile.marginPt();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> ps) {
                        if (text.matches("第\\s*\\d+\\s*页.*")) {
                            return; // the page number, in the margin as a word processor's footer
                        }
                        for (var tp : ps) {
                            // y from the top: no text below the bottom margin
                            assertThat(tp.getYDirAdj()).isLessThanOrEqualTo(tp.getPageHeight() - margin + 1);
                        }
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(doc);
            }
        }
        assertThat(PdfText.read(pdf).dense().replaceAll("第\\d+页/共\\d+页", "")).contains(passage);
    }

    @Test
    void aLongUrlWrapsInsideTheMargins() throws Exception {
        String url = "https://example.org/" + "very-long-path-segment/".repeat(12) + "index.html";
        Article article = new Article(org.accesspub.model.Metadata.of("Links", "en"),
                List.of(new Block.Paragraph(List.of(new org.accesspub.model.Inline.Text("Read more at "),
                        new org.accesspub.model.Inline.Link(url, List.of(new org.accesspub.model.Inline.Text("the site")))))));
        byte[] pdf = pdf(article, LargePrintProfile.defaults(), Warnings.collecting());
        PdfText back = PdfText.read(pdf);
        float pageWidth = (float) LargePrintProfile.defaults().page().widthPt();
        float margin = (float) LargePrintProfile.defaults().marginPt();
        assertThat(back.glyphs).allSatisfy(g -> assertThat(g.x() + g.width()).isLessThanOrEqualTo(pageWidth - margin + 1));
        assertThat(back.dense()).contains("thesite(" + url + ")");
    }

    // ---- helpers ----

    private static int pageCount(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static void assertFontsEmbeddedAsSubsets(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+.*");
                }
            }
        }
    }

    /** Lines the breaker made; a paragraph of the source may itself begin with a dash (—— 学员王阿姨). */
    private static void assertNoLineStartsWithClosingPunctuation(Article article, PdfText back) {
        java.util.Set<String> sourceLineStarts = new java.util.HashSet<>();
        article.allText().lines().map(String::strip).filter(l -> l.length() >= 2)
                .forEach(l -> sourceLineStarts.add(l.substring(0, 2)));
        for (String line : back.lines) {
            if (line.length() >= 2 && sourceLineStarts.contains(line.substring(0, 2))) {
                continue;
            }
            assertThat("、，。：；！？）》」』】〕”’…—".indexOf(line.charAt(0))).as("line starts badly: %s", line).isLessThan(0);
            assertThat("（《「『【〔“‘".indexOf(line.charAt(line.length() - 1))).as("line ends badly: %s", line).isLessThan(0);
        }
    }

    /** Every block's text appears in the PDF, in the model's order. */
    private static void assertTextInModelOrder(Article article, PdfText back) {
        String dense = back.dense();
        int at = 0;
        for (Block b : article.blocks()) {
            // The first line of the block: list labels and cell borders come between the others.
            String text = Blocks.plainText(b).lines().findFirst().orElse("").replaceAll("\\s+", "");
            if (text.isEmpty() || b instanceof Block.Table || b instanceof Block.Image) {
                continue;
            }
            String probe = text.substring(0, Math.min(12, text.length()));
            int found = dense.indexOf(probe, at);
            assertThat(found).as("block starting %s after position %d", probe, at).isGreaterThanOrEqualTo(0);
            at = found + probe.length();
        }
    }

    @Test
    void aParagraphInAnotherLanguageThanTheArticleCarriesItsPreparedLanguageOnItsP() throws Exception {
        Article article = new Article(org.accesspub.model.Metadata.of("通知", "zh-CN"), List.of(
                Block.Paragraph.of("社区服务中心本周六上午九点举办讲座，欢迎居民参加。"),
                Block.Paragraph.of("The talk is given in English for the residents who read no Chinese.")));
        byte[] pdf = pdf(article, LargePrintProfile.defaults(), Warnings.collecting());
        List<String> paragraphs = new java.util.ArrayList<>();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            collectParagraphLangs(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), paragraphs);
        }
        assertThat(paragraphs).as("the P of each paragraph, with its /Lang").containsExactly("null", "en");
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }

    private static void collectParagraphLangs(List<Object> kids, List<String> out) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getStructureType().equals("P") && e.getParent() instanceof
                        org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement parent
                        && parent.getStructureType().equals("Document")) {
                    out.add(String.valueOf(e.getLanguage()));
                }
                collectParagraphLangs(e.getKids(), out);
            }
        }
    }

    private static void collectRoles(List<Object> kids, List<String> out) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                out.add(e.getStructureType());
                collectRoles(e.getKids(), out);
            }
        }
    }

    private static void collectLangs(List<Object> kids, List<String> out) {
        for (Object k : kids) {
            if (k instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if (e.getLanguage() != null) {
                    out.add(e.getLanguage());
                }
                collectLangs(e.getKids(), out);
            }
        }
    }

    @Test
    void onANarrowPageTheSourceLabelStaysWithItsSource() throws Exception {
        LargePrintProfile profile = LargePrintProfile.builder().bodySize(FontSize.parse("小一"))
                .page(org.accesspub.style.PageSize.A5).build();
        byte[] pdf = pdf(Samples.read(Samples.SEED), profile, Warnings.collecting());
        assertThat(PdfText.read(pdf).lines).anyMatch(l -> l.strip().startsWith("来源：新吴区人民政府"))
                .noneMatch(l -> l.strip().endsWith("来"));
    }

}
