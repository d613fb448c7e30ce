package org.accesspub.write.epub;

import static org.accesspub.write.epub.EpubTesting.entries;
import static org.accesspub.write.epub.EpubTesting.sample;
import static org.accesspub.write.epub.EpubTesting.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.style.Theme;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader finds inside the book: semantic XHTML, language marks, safe content, large-print CSS. */
class EpubContentTest {
    @TempDir
    Path dir;

    private Map<String, byte[]> book(Article article, EpubWriter.Builder builder) throws Exception {
        return entries(EpubTesting.write(builder.build(), article, dir, "book"));
    }

    private static Document page(Map<String, byte[]> e, String name) {
        return Jsoup.parse(text(e, "OEBPS/" + name), "", Parser.xmlParser());
    }

    @Test
    void seedArticleOpensWithTitleDateAndSourceAndKeepsItsClosingSourceLine() throws Exception {
        Document page = page(book(sample("seed-article-zh.txt"), EpubWriter.builder()), "page-1.xhtml");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(page.selectFirst("html").attr("xml:lang")).isEqualTo("zh-CN");
        assertThat(page.select("header > h1").text()).isEqualTo("无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议");
        assertThat(page.select("header > p.meta").eachText()).containsExactly("发布时间：2024年3月18日 08:57",
                "来源：新吴区人民政府");
        assertThat(page.select("body > p").last().text()).isEqualTo("来源：无锡高新区在线");
    }

    @Test
    void aTraditionalChineseBookGetsTraditionalLabels() throws Exception {
        Article article = new Article(new org.accesspub.model.Metadata("長者數位課程", null, null, "2024-05-20", "社區中心",
                "zh-TW", null), List.of(org.accesspub.model.Block.Paragraph.of("課程開始了。")));
        Map<String, byte[]> e = book(article, EpubWriter.builder());
        assertThat(page(e, "page-1.xhtml").select("header > *").eachText()).containsExactly("長者數位課程",
                "發佈時間：2024年5月20日", "來源：社區中心");
        assertThat(page(e, "nav.xhtml").select("nav[epub:type=toc] > h1").text()).isEqualTo("目錄");
        assertThat(text(e, "OEBPS/content.opf")).contains(">本書為大字版電子書");
    }

    @Test
    void markdownBecomesSemanticXhtml() throws Exception {
        Document page = page(book(sample("community-digital-skills.md"), EpubWriter.builder()), "page-1.xhtml");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("h2").eachText()).containsExactly("课程安排", "报名人数", "学员的话");
        assertThat(page.select("ol > li")).hasSize(3);
        assertThat(page.select("ul > li")).hasSize(3);
        assertThat(page.select("strong").text()).isEqualTo("老年人数字技能课堂");
        assertThat(page.select("em").text()).isEqualTo("地图导航");
        assertThat(page.select("table thead th[scope=col]").eachText()).containsExactly("月份", "报名人数", "结业人数");
        assertThat(page.select("table tbody tr")).hasSize(3);
        assertThat(page.select("figure > img").attr("alt")).startsWith("柱状图");
        assertThat(page.select("figure > img").attr("src")).isEqualTo("images/image-1.png");
        assertThat(page.select("figure > figcaption").text()).isEqualTo("每月参加培训人数");
        assertThat(page.select("blockquote > p")).hasSize(2);
        assertThat(page.select("a").attr("href")).isEqualTo("https://example.org/community/digital-skills");
    }

    @Test
    void anEnglishPassageInAChineseArticleIsMarkedEnglish() throws Exception {
        Document page = page(book(sample("community-digital-skills.md"), EpubWriter.builder()), "page-1.xhtml");
        Element span = page.selectFirst("span[lang=en]");
        assertThat(span).isNotNull();
        assertThat(span.text()).isEqualTo("Atkinson Hyperlegible");
        assertThat(span.attr("xml:lang")).isEqualTo("en");
    }

    @Test
    void chineseInAnEnglishArticleIsMarkedChinese() throws Exception {
        Document page = page(book(EpubFixtures.sections(), EpubWriter.builder()), "page-1.xhtml");
        assertThat(page.select("span[lang=zh][xml:lang=zh]").eachText()).containsOnly("中文");
    }

    @Test
    void remoteMissingAndSvgImagesBecomeTheirTextAlternativeWithWarnings() throws Exception {
        Warnings warnings = Warnings.collecting();
        Map<String, byte[]> e = entries(EpubTesting.write(EpubWriter.builder().build(),
                org.accesspub.testing.Prepared.of(EpubFixtures.awkward(), EpubTesting.SAMPLES, warnings), dir, "book", warnings));
        Document page = page(e, "page-1.xhtml");
        assertThat(page.select("p.image-alt").eachText())
                .containsExactly("图片：远程图片的说明", "图片：缺失图片的说明", "图片：矢量图的说明");
        assertThat(page.select("p.caption").eachText()).containsExactly("远程图片的图注");
        assertThat(page.select("img").eachAttr("src")).containsExactly("images/image-1.png", "images/image-2.png");
        assertThat(e.keySet()).contains("OEBPS/images/image-1.png", "OEBPS/images/image-2.png")
                .noneMatch(n -> n.endsWith(".svg"));
        assertThat(warnings.all()).anyMatch(w -> w.contains("pixel.png is remote and is not downloaded"))
                .anyMatch(w -> w.startsWith("image images/no-such-file.png not found"))
                .anyMatch(w -> w.contains("is not a PNG, JPEG or GIF image"));
        assertThat(text(e, "OEBPS/content.opf")).contains("<item id=\"img-1\" href=\"images/image-1.png\" media-type=\"image/png\"/>");
    }

    @Test
    void imagesOutsideTheArticlesFolderStayOut() throws Exception {
        Path picture = EpubTesting.SAMPLES.resolve("images/trainees-by-month.png").toAbsolutePath();
        Article article = new Article(org.accesspub.model.Metadata.of("Pictures", "en"), List.of(
                new org.accesspub.model.Block.Image(picture.toString(), "By absolute path", null),
                new org.accesspub.model.Block.Image(picture.toUri().toString(), "By file URL", null),
                new org.accesspub.model.Block.Image("../" + EpubTesting.SAMPLES.getFileName() + "/images/trainees-by-month.png",
                        "By climbing out", null)));
        Warnings warnings = Warnings.collecting();
        Path folder = java.nio.file.Files.createDirectories(dir.resolve("article"));
        Map<String, byte[]> e = entries(EpubTesting.write(EpubWriter.builder().build(),
                org.accesspub.testing.Prepared.of(article, folder, warnings), dir, "pictures", warnings));
        assertThat(page(e, "page-1.xhtml").select("img")).isEmpty();
        assertThat(page(e, "page-1.xhtml").select("p.image-alt").eachText())
                .containsExactly("Image: By absolute path", "Image: By file URL", "Image: By climbing out");
        assertThat(warnings.all()).anyMatch(w -> w.contains("is outside the article's folder"));
    }

    @Test
    void nothingInThePackageRunsScriptOrLoadsAnythingRemote() throws Exception {
        List<Map<String, byte[]>> books = new ArrayList<>();
        books.add(book(EpubFixtures.awkward(), EpubWriter.builder()));
        books.add(book(sample("council-notice.html"), EpubWriter.builder()));
        for (Map<String, byte[]> e : books) {
            for (Map.Entry<String, byte[]> entry : e.entrySet()) {
                String name = entry.getKey();
                if (!(name.endsWith(".xhtml") || name.endsWith(".css") || name.endsWith(".opf") || name.endsWith(".ncx"))) {
                    continue;
                }
                String s = new String(entry.getValue(), StandardCharsets.UTF_8);
                assertThat(s).as(name).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                        .doesNotContainPattern("(?i)\\son[a-z]+\\s*=").doesNotContainIgnoringCase("@import");
                if (name.endsWith(".xhtml")) {
                    Document d = Jsoup.parse(s, "", Parser.xmlParser());
                    // Only hyperlinks may point outside the book; anything loaded (img, link, source) is local.
                    for (Element el : d.select("[src], link[href]")) {
                        assertThat(el.hasAttr("src") ? el.attr("src") : el.attr("href")).as(name)
                                .doesNotContain(":").doesNotStartWith("/");
                    }
                    for (Element el : d.getAllElements()) {
                        for (Attribute a : el.attributes()) {
                            assertThat(a.getKey()).as(name).doesNotStartWithIgnoringCase("on");
                        }
                    }
                }
                if (name.endsWith(".css")) {
                    Matcher m = Pattern.compile("url\\(\"([^\"]*)\"\\)").matcher(s);
                    while (m.find()) {
                        assertThat(m.group(1)).startsWith("fonts/");
                    }
                }
            }
        }
    }

    @Test
    void linksThatCannotWorkInABookKeepOnlyTheirText() throws Exception {
        Document page = page(book(EpubFixtures.awkward(), EpubWriter.builder()), "page-1.xhtml");
        assertThat(page.select("a").eachAttr("href")).containsExactly("https://example.org/a?b=1&c=2",
                "https://example.org/outer");
        assertThat(page.select("a a")).isEmpty();
        assertThat(page.text()).contains("危险链接", "站内链接", "外层内层");
    }

    @Test
    void markupAndControlCharactersInTheTextAreEscapedOrDropped() throws Exception {
        Map<String, byte[]> e = book(EpubFixtures.awkward(), EpubWriter.builder());
        Document page = page(e, "page-1.xhtml");
        assertThat(page.select("h1").text()).isEqualTo("A & B <tags> \"quoted\" bell");
        assertThat(page.select("pre > code").first().wholeText()).isEqualTo("if (a < b && c > d) {\n    return \"<ok>\";\n}");
        assertThat(page.select("body > p").first().text()).contains("含有 < 和 & 以及 ]]> 与控制字符。");
        assertThat(text(e, "OEBPS/content.opf")).contains("<dc:description>描述 &lt;b&gt;not bold&lt;/b&gt;</dc:description>");
    }

    @Test
    void headingsNeverSkipALevelAndEmptyOnesAreLeftOut() throws Exception {
        Document page = page(book(EpubFixtures.awkward(), EpubWriter.builder()), "page-1.xhtml");
        List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
        assertThat(levels).containsExactly(1, 2, 3, 2);
        assertThat(page.select("h1, h2, h3, h4, h5, h6").eachText()).doesNotContain("");
    }

    @Test
    void aLongArticleHasOnePagePerTopLevelSectionAndANestedTableOfContents() throws Exception {
        Map<String, byte[]> e = book(EpubFixtures.sections(), EpubWriter.builder().splitLongerThan(0));
        assertThat(e.keySet()).contains("OEBPS/page-1.xhtml", "OEBPS/page-2.xhtml", "OEBPS/page-3.xhtml",
                "OEBPS/page-4.xhtml").doesNotContain("OEBPS/page-5.xhtml");
        assertThat(page(e, "page-1.xhtml").select("body > p").eachText())
                .containsExactly("The opening paragraph comes before any heading.");
        Document second = page(e, "page-2.xhtml");
        assertThat(second.select("title").text()).isEqualTo("Section 1");
        assertThat(second.select("h2").eachText()).containsExactly("Section 1");
        assertThat(second.select("h3").eachText()).containsExactly("Part 1.1");
        Document nav = page(e, "nav.xhtml");
        // The title is level 1; the sections (h2) sit under it and their parts (h3) under them.
        assertThat(nav.select("nav[epub:type=toc] > ol > li > a").eachText()).containsExactly("Sections and parts");
        assertThat(nav.select("nav[epub:type=toc] > ol > li > ol > li > a").eachText())
                .containsExactly("Section 1", "Section 2", "Section 3");
        assertThat(nav.select("nav[epub:type=toc] > ol > li > ol > li > ol > li > a").eachAttr("href"))
                .containsExactly("page-2.xhtml#s2", "page-3.xhtml#s4", "page-4.xhtml#s6");
        assertThat(nav.select("nav[epub:type=landmarks] a[epub:type=bodymatter]").attr("href")).isEqualTo("page-1.xhtml");
        assertThat(text(e, "OEBPS/content.opf")).containsSubsequence("<itemref idref=\"page-1\"/>",
                "<itemref idref=\"page-2\"/>", "<itemref idref=\"page-3\"/>", "<itemref idref=\"page-4\"/>");
        // A short article stays one page.
        assertThat(book(EpubFixtures.sections(), EpubWriter.builder()).keySet()).doesNotContain("OEBPS/page-2.xhtml");
    }

    @Test
    void aLongArticleWithoutHeadingsContinuesOnFurtherPagesKeepingEveryParagraphInOrder() throws Exception {
        Map<String, byte[]> e = book(EpubFixtures.longWithoutHeadings(), EpubWriter.builder());
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; e.containsKey("OEBPS/page-" + i + ".xhtml"); i++) {
            Document page = page(e, "page-" + i + ".xhtml");
            assertThat(page.select("body > p").stream().mapToInt(p -> p.text().length()).sum())
                    .isLessThanOrEqualTo(BookAssembler.MAX_PAGE_CHARS);
            page.select("body > p").forEach(p -> paragraphs.add(p.text().substring(0, p.text().indexOf('。') + 1)));
        }
        assertThat(e).containsKey("OEBPS/page-3.xhtml").doesNotContainKey("OEBPS/page-4.xhtml");
        assertThat(paragraphs).hasSize(120).startsWith("第1段。", "第2段。").endsWith("第119段。", "第120段。");
    }

    @Test
    void theStyleSheetIsLargePrintInRelativeUnitsThatReadersCanOverride() throws Exception {
        String css = text(book(sample("community-digital-skills.md"), EpubWriter.builder()), "OEBPS/book.css");
        assertThat(css).contains("font-size: 150%;") // 18 pt over the reader's default 12 pt
                .contains("line-height: 1.5;")
                .contains("p.indent { text-indent: 2em; text-align: justify; }")
                .contains("text-align: start;")
                .contains("em { font-style: normal; font-weight: bold; }")
                .doesNotContainPattern("\\d(px|pt|cm|mm|in|pc)\\b")
                .doesNotContain("!important")
                .doesNotContainPattern("(?<![-a-z])width:")
                .doesNotContain("color:"); // the default theme leaves colours to the reading system
        assertThat(css).containsPattern("font-family: \"Atkinson Hyperlegible Next\", \"Noto Sans SC\", sans-serif;");

        LargePrintProfile big = LargePrintProfile.builder().bodySize(org.accesspub.style.FontSize.parse("24pt"))
                .lineSpacing(1.2).theme(Theme.HIGH_CONTRAST).build();
        String contrast = text(book(sample("news-en.txt"), EpubWriter.builder().profile(big)), "OEBPS/book.css");
        assertThat(contrast).contains("font-size: 200%;").contains("line-height: 1.2;") // the profile's, never raised
                .contains("color: #FFFF00;").contains("background-color: #000000;");
    }
}
