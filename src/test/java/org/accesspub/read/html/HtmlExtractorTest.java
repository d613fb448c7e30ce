package org.accesspub.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExtractorTest {

    private static String fixture(String name) throws IOException {
        return Files.readString(Samples.fixture("read/html/" + name));
    }

    private static Article read(String name) throws IOException {
        return HtmlExtractor.read(fixture(name));
    }

    /** Every block, nested ones included, in document order. */
    private static List<Block> flat(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(b);
            if (b instanceof Block.BlockQuote q) {
                out.addAll(flat(q.blocks()));
            } else if (b instanceof Block.Admonition ad) {
                out.addAll(flat(ad.blocks()));
            } else if (b instanceof Block.DefinitionList d) {
                d.items().forEach(i -> out.addAll(flat(i.definition())));
            } else if (b instanceof Block.BulletList l) {
                l.items().forEach(i -> out.addAll(flat(i.blocks())));
            } else if (b instanceof Block.OrderedList l) {
                l.items().forEach(i -> out.addAll(flat(i.blocks())));
            }
        }
        return out;
    }

    private static <T extends Block> List<T> all(Article a, Class<T> type) {
        return flat(a.blocks()).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String text(Article a) {
        StringBuilder sb = new StringBuilder();
        a.blocks().forEach(b -> sb.append(Blocks.plainText(b)).append('\n'));
        return sb.toString();
    }

    // --- news pages ---

    @Test
    void newsPageKeepsTheWholeArticleAndNoneOfItsComments() throws IOException {
        Article a = read("news-comments.html");
        assertThat(text(a)).contains("open on Sundays from the first weekend of March", "Two new part-time posts",
                "Saturday is not enough", "Large-print books", "double its collection", "one in twelve adults")
                .doesNotContain("About time too", "Saturday evenings", "reading group is a lovely idea",
                        "14 thoughts", "Leave a reply");
    }

    @Test
    void newsPageDropsRelatedBoxShareWidgetsCookieNoticeAndSiteChrome() throws IOException {
        String text = text(read("news-comments.html"));
        assertThat(text).doesNotContain("Museum to stay open", "Related stories", "Share on Facebook", "Tweet",
                "cookies", "Most read", "Get the Courier", "All rights reserved", "Opinion", "Swimming pool",
                "READ MORE", "Tags:", "Local news");
    }

    @Test
    void newsPageTitleIsMetadataNotABodyHeading() throws IOException {
        Article a = read("news-comments.html");
        assertThat(a.metadata().title()).isEqualTo("Library opens on Sundays from March");
        assertThat(a.metadata().date()).isEqualTo("2024-02-12T07:30");
        assertThat(a.metadata().source()).isEqualTo("The Valley Courier");
        assertThat(all(a, Block.Heading.class)).extracting(h -> Blocks.plainText(h.content()))
                .containsExactly("Large-print books");
    }

    @Test
    void figureInsideTheArticleKeepsItsAltTextAndCaption() throws IOException {
        Article a = read("news-comments.html");
        assertThat(all(a, Block.Image.class)).singleElement().satisfies(i -> {
            assertThat(i.alt()).isEqualTo("The reading room of the Valley library");
            assertThat(i.caption()).isEqualTo("The reading room will open from 11am to 4pm.");
        });
    }

    @Test
    void pageWholeInsideAnAspNetFormKeepsItsParagraphsAndLosesItsControls() throws IOException {
        Article a = read("aspnet-form.html");
        assertThat(all(a, Block.Paragraph.class)).hasSize(3);
        assertThat(text(a)).contains("35 hours a week", "within 21 days")
                .doesNotContain("VIEWSTATE", "wEPDw", "Search");
    }

    @Test
    void contentAfterANoscriptAttributeTrickIsKept() {
        Article a = HtmlExtractor.read("<html><body><article><p>Before the trick, a paragraph of ordinary text.</p>"
                + "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p>"
                + "<p>After the trick, the rest of the article continues as normal text.</p>"
                + "<p>And a third paragraph closes it.</p></article></body></html>");
        assertThat(text(a)).contains("Before the trick", "After the trick", "third paragraph")
                .doesNotContain("onerror", "alert");
    }

    @Test
    void ordinaryNoscriptFallbackIsDropped() {
        Article a = HtmlExtractor.read("<html><body><article><p>The article text, long enough to be the article.</p>"
                + "<noscript>Please enable JavaScript to view the comments.</noscript></article></body></html>");
        assertThat(text(a)).doesNotContain("enable JavaScript");
    }

    @Test
    void fiveThousandNestedDivsAreFlattenedNotLostAndDoNotOverflowTheStack() {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(5000)).append("<p>Deep text at the bottom of five thousand divisions.</p>")
                .append("</div>".repeat(5000)).append("</body></html>");
        Article a = HtmlExtractor.read(html.toString());
        assertThat(text(a)).contains("Deep text at the bottom of five thousand divisions.");
    }

    @Test
    void twentyThousandNestedListsAreFlattenedInLinearTimeKeepingEveryItemOnItsOwnLine() {
        int levels = 20_000;
        StringBuilder html = new StringBuilder("<html><body><main><h1>Lists</h1>");
        for (int i = 0; i < levels; i++) {
            html.append("<ul><li>item").append(i);
        }
        html.append("</li></ul>".repeat(levels)).append("</main></body></html>");
        Article a = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> HtmlExtractor.read(html.toString())); // minutes and 2 GB when unwrapped one element at a time
        String text = text(a);
        assertThat(text).contains("item0", "item119", "item120", "item19999");
        assertThat(text).containsPattern("item5000\\s+item5001\\s"); // a line break between items, not "item5000item5001"
    }

    @Test
    void spaceBeforeALinkWhoseTextStartsWithASpaceIsKept() throws IOException {
        assertThat(text(read("sphinx-page.html"))).contains("enables the BSD-like process titles");
        Article a = HtmlExtractor.read("<p>It <b>really </b>works and<em> well</em>.</p>");
        assertThat(text(a)).contains("It really works and well.");
    }

    // --- documentation ---

    @Test
    void docbookChapterKeepsEverySectionHeadingWithItsLevel() throws IOException {
        Article a = read("docbook-chapter.html");
        assertThat(a.metadata().title()).isEqualTo("第 3 章 系统初始化");
        assertThat(all(a, Block.Heading.class)).extracting(h -> h.level() + " " + Blocks.plainText(h.content()))
                .containsExactly("2 3.1. 启动过程概述", "3 3.1.1. GRUB 的配置", "2 3.2. Systemd 初始化");
    }

    @Test
    void docbookChapterKeepsItsCodeBlocksAndItsDataTableButNotItsNavigationTables() throws IOException {
        Article a = read("docbook-chapter.html");
        assertThat(all(a, Block.CodeBlock.class)).extracting(Block.CodeBlock::code)
                .containsExactly("# update-grub\nGenerating grub configuration file ...\ndone",
                        "[Unit]\nDescription=Example service\n\n[Service]\nExecStart=/usr/bin/example");
        assertThat(all(a, Block.Table.class)).singleElement().satisfies(t -> {
            assertThat(Blocks.plainText(t.header().get(0))).isEqualTo("软件包");
            assertThat(t.rows()).hasSize(2);
        });
        assertThat(text(a)).doesNotContain("上一页", "下一页", "起始页", "第 4 章", "目录");
    }

    @Test
    void docbookNotesAndWarningsAreAdmonitionsWithTheirLabelAndWithoutTheirIconTable() throws IOException {
        Article a = read("docbook-chapter.html");
        assertThat(all(a, Block.Admonition.class)).extracting(ad -> ad.kind() + " " + ad.title() + ": "
                        + ad.blocks().stream().map(Blocks::plainText).toList())
                .containsExactly("WARNING 警告: [不要在没有备份的情况下修改启动加载程序的配置。]",
                        "NOTE 注意: [修改 \"/etc/default/grub\" 之后要再次运行 update-grub。]");
        assertThat(all(a, Block.Table.class)).hasSize(1);
        assertThat(text(a)).doesNotContain("[警告]", "[注意]");
    }

    @Test
    void docbookVariableListIsADefinitionList() throws IOException {
        Article a = read("docbook-chapter.html");
        assertThat(all(a, Block.DefinitionList.class)).singleElement().satisfies(d -> assertThat(d.items())
                .extracting(i -> Blocks.plainText(i.term()) + "=" + i.definition().stream().map(Blocks::plainText).toList())
                .containsExactly("GRUB_TIMEOUT=[菜单显示的秒数。]", "GRUB_CMDLINE_LINUX=[传给内核的参数。]"));
    }

    @Test
    void sphinxAdmonitionsAndFieldListsMapOntoTheModel() throws IOException {
        Article a = read("sphinx-page.html");
        assertThat(all(a, Block.Admonition.class)).extracting(ad -> ad.kind() + " " + ad.title())
                .containsExactly("WARNING Warning", "NOTE Note");
        assertThat(all(a, Block.DefinitionList.class)).singleElement().satisfies(d -> {
            assertThat(d.items()).hasSize(2);
            assertThat(d.items().get(0).term()).containsExactly(new Inline.Code("workers"));
        });
    }

    @Test
    void mkdocsAndGithubAdmonitionsAreRecognised() {
        Article a = HtmlExtractor.read("<main><p>Some text of the page before the notes.</p>"
                + "<div class=\"admonition tip\"><p class=\"admonition-title\">Good to know</p><p>Tip text.</p></div>"
                + "<details class=\"danger\"><summary>Careful</summary><p>Danger text.</p></details>"
                + "<div class=\"markdown-alert markdown-alert-important\"><p class=\"markdown-alert-title\">Important</p>"
                + "<p>Important text.</p></div></main>");
        assertThat(all(a, Block.Admonition.class)).extracting(ad -> ad.kind() + " " + ad.title() + " "
                        + Blocks.plainText(ad.blocks().get(0)))
                .containsExactly("TIP Good to know Tip text.", "DANGER Careful Danger text.",
                        "IMPORTANT Important Important text.");
    }

    @Test
    void tableColumnAlignmentComesFromCellsStylesOrCols() {
        Article a = HtmlExtractor.read("<main><p>Prices of the season, in a table.</p><table><tr><th>Item</th>"
                + "<th>Price</th><th>Note</th></tr><tr><td>Tea</td><td style=\"text-align: right\">1.20</td>"
                + "<td align=center>hot</td></tr><tr><td>Cake</td><td style=\"text-align: right\">2.50</td>"
                + "<td align=center>fresh</td></tr></table></main>");
        assertThat(all(a, Block.Table.class)).singleElement().satisfies(t -> assertThat(t.alignments())
                .containsExactly(Block.Alignment.DEFAULT, Block.Alignment.RIGHT, Block.Alignment.CENTER));
    }

    @Test
    void shortLinesBrokenWithBrAreALineBlock() {
        Article a = HtmlExtractor.read("<article><h2>静夜思</h2><p>床前明月光，<br>疑是地上霜。<br>举头望明月，<br>低头思故乡。</p>"
                + "<p>A paragraph of prose with one<br>line break stays a paragraph.</p></article>");
        assertThat(all(a, Block.LineBlock.class)).singleElement().satisfies(l -> assertThat(l.lines()).hasSize(4));
        assertThat(all(a, Block.Paragraph.class)).hasSize(1);
    }

    @Test
    void sphinxPageKeepsHeadingsAdmonitionsCodeWithLanguageAndTableAndDropsSidebars() throws IOException {
        Article a = read("sphinx-page.html");
        assertThat(a.metadata().title()).startsWith("Configuring the scheduler");
        assertThat(all(a, Block.Heading.class)).extracting(h -> Blocks.plainText(h.content()))
                .containsExactly("Settings", "Example");
        assertThat(all(a, Block.CodeBlock.class)).singleElement().satisfies(c -> {
            assertThat(c.language()).isEqualTo("python");
            assertThat(c.code()).startsWith("from tasker import Scheduler\n\nscheduler = Scheduler(workers=4)");
        });
        assertThat(all(a, Block.Table.class)).hasSize(1);
        assertThat(text(a)).contains("Changing the queue backend", "How many jobs run")
                .doesNotContain("¶", "Quick search", "Table of Contents", "Navigation", "Copyright", "index");
    }

    @Test
    void codeLanguageComesFromTheUsualClassConventions() {
        Article a = HtmlExtractor.read("<main><p>Three ways to say it, all of them common on the web.</p>"
                + "<pre><code class=\"language-rust\">fn main() {}</code></pre>"
                + "<div class=\"sourceCode\"><pre class=\"sourceCode haskell\">main = pure ()</pre></div>"
                + "<pre class=\"brush: java\">class A {}</pre><pre>plain</pre></main>");
        assertThat(all(a, Block.CodeBlock.class)).extracting(Block.CodeBlock::language)
                .containsExactly("rust", "haskell", "java", null);
    }

    @Test
    void layoutTableIsReadAsBlocksNotAsADataTable() {
        Article a = HtmlExtractor.read("<body><table role=presentation><tr><td><p>The first column holds a long "
                + "paragraph of the article, laid out with a table the old way.</p></td><td><p>The second column "
                + "holds the rest of the article text.</p></td></tr></table></body>");
        assertThat(all(a, Block.Table.class)).isEmpty();
        assertThat(all(a, Block.Paragraph.class)).hasSize(2);
    }

    // --- XHTML ---

    @Test
    void xhtmlWithSelfClosingAnchorsIsParsedAsXmlSoNothingIsSwallowed() throws IOException {
        Article a = read("publican-chapter.xhtml");
        assertThat(all(a, Block.Heading.class)).extracting(h -> Blocks.plainText(h.content()))
                .containsExactly("6.3.1. apt-cache policy 命令");
        assertThat(all(a, Block.CodeBlock.class)).singleElement()
                .satisfies(c -> assertThat(c.code()).startsWith("$ apt-cache policyPackage files:"));
        assertThat(text(a)).contains("缓存是一种暂存系统", "apt search 和 aptitude search 的用法相同")
                .doesNotContain("上一页", "Download the ebook", "起始页");
    }

    @Test
    void publicanReferenceLinksStandingAloneAfterAColonAreKept() throws IOException {
        // The Debian Administrator's Handbook (debian-handbook 11, sect.virtualization, en-US): Publican sets
        // each reference as <div class="url">→ <a>https://…</a></div> after "in the Xen wiki:".
        String html = fixture("publican-virtualization-en.html");
        Article a = HtmlExtractor.read(html);
        List<String> hrefs = new ArrayList<>();
        flat(a.blocks()).forEach(b -> collectLinks(b, hrefs));
        List<String> references = org.jsoup.Jsoup.parse(html).select("div.url a[href]").eachAttr("href");
        assertThat(references).hasSize(8);
        assertThat(hrefs).containsAll(references);
        assertThat(text(a)).contains("Xen wiki:\n→ https://wiki.xenproject.org/wiki/Dom0_Kernels_for_Xen");
    }

    private static void collectLinks(Block b, List<String> out) {
        List<List<Inline>> runs = new ArrayList<>();
        if (b instanceof Block.Paragraph p) {
            runs.add(p.content());
        }
        for (List<Inline> run : runs) {
            for (Inline in : run) {
                if (in instanceof Inline.Link l) {
                    out.add(l.href());
                }
            }
        }
    }

    @Test
    void publicanSidebarsAreAdmonitionsWithTheirLabel() throws IOException {
        Article a = read("publican-virtualization-en.html");
        assertThat(all(a, Block.Admonition.class)).extracting(ad -> ad.kind() + " " + ad.title())
                .contains("NOTE CULTURE: Xen and the various versions of Linux", "CAUTION Only one domU per image!",
                        "TIP Getting the console straight away", "NOTE Architectures compatible with Xen");
        assertThat(text(a)).doesNotContain("CULTURE Xen and the various");
    }

    @Test
    void sphinxSidebarWithATitleIsAnAsideButAPageSidebarOfLinksIsNot() {
        Article a = HtmlExtractor.read("<main><p>Some text of the page before the notes, long enough to be the text.</p>"
                + "<aside class=\"sidebar\"><p class=\"sidebar-title\">Before you begin</p><p>Back up your files.</p></aside>"
                + "<div class=\"callout callout-warning\"><p class=\"callout-title\">Mind the cable</p><p>Unplug it.</p></div>"
                + "</main><div class=\"sidebar\"><ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">News</a></li></ul></div>");
        assertThat(all(a, Block.Admonition.class)).extracting(ad -> ad.kind() + " " + ad.title())
                .containsExactly("NOTE Before you begin", "WARNING Mind the cable");
        assertThat(text(a)).doesNotContain("Home");
    }

    @Test
    void chineseXhtmlWithoutDeclaredLanguageIsChinese() {
        Article a = Readers.read(Samples.fixture("read/html/publican-chapter.xhtml"), ReadOptions.defaults());
        assertThat(a.language()).isEqualTo("zh-CN");
    }

    @Test
    void chinesePageDeclaredEnglishIsChinese() {
        Article a = HtmlExtractor.read("<html lang=\"en\"><body><article><p>国务院办公厅印发通知，要求各地做好老年人"
                + "出行服务工作，提供大字版和语音版的公共信息。</p></article></body></html>");
        assertThat(a.language()).isEqualTo("zh-CN");
    }

    @Test
    void xmlLangIsTheDeclaredLanguage() {
        Article a = HtmlExtractor.read("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" "
                + "xml:lang=\"en-GB\"><head><title>T</title></head><body><p>Colour and flavour.</p></body></html>");
        assertThat(a.language()).isEqualTo("en-GB");
    }

    @Test
    void xhtmlThatIsNotWellFormedFallsBackToHtml() {
        Article a = HtmlExtractor.read("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                + "<p>Unclosed break<br>and more text.<p>A second paragraph.</body></html>");
        assertThat(text(a)).contains("Unclosed break", "A second paragraph.");
    }

    @Test
    void xhtmlExternalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xhtml = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Text &xxe; here.</p></body></html>";
        Article a = HtmlExtractor.read(xhtml);
        assertThat(text(a)).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void xhtmlEntityExpansionBombDoesNotExpand() {
        StringBuilder dtd = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xhtml = "<?xml version=\"1.0\"?><!DOCTYPE html [" + dtd + "]><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>Bomb &a9; here, and the rest of the page.</p></body></html>";
        Article a = HtmlExtractor.read(xhtml);
        assertThat(text(a).length()).isLessThan(1000);
    }
}
