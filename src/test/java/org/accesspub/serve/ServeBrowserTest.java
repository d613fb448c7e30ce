package org.accesspub.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accesspub.testing.EpubCheck;
import org.accesspub.testing.PdfText;
import org.accesspub.testing.VeraPdf;
import org.accesspub.verify.DocxSchemaValidator;
import org.accesspub.write.audio.AudioFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * accesspub serve in a real browser (Debian's chromium and chromium-driver, headless), every page state checked
 * with axe-core: 0 violations. One server and one browser for the class; the JavaScript-off test has its own.
 */
class ServeBrowserTest {
    private static final Path SEED = Path.of("samples", "seed-article-zh.txt").toAbsolutePath();
    @TempDir
    static Path dir;
    static Server server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() {
        ServeOptions o = Web.options(dir.resolve("jobs"));
        server = Server.start(new ServeOptions(o.bind(), 0, null, 2, o.keep(), o.jobsDir(), 16 * 1024 * 1024, 10,
                64 * 1024 * 1024, o.articleTimeout(), Duration.ofSeconds(30), false));
        base = "http://127.0.0.1:" + server.port();
        browser = chrome(true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    @BeforeEach
    void english() {
        browser.get(base + "/?lang=en&contrast=off");
    }

    static ChromeDriver chrome(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1600", "--lang=en-GB");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** axe-core on the page as it is now: no violation of any rule (WCAG 2.x A and AA, and best practices). */
    static void assertAccessible(WebDriver driver, String state) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(results.getPasses()).as("axe-core ran its rules on %s", state).hasSizeGreaterThan(10);
        assertThat(violations).as("axe-core violations on %s (%s):%n%s", state, driver.getCurrentUrl(),
                violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n"))).isEmpty();
    }

    static WebDriverWait waiting(WebDriver driver, Duration d) {
        WebDriverWait wait = new WebDriverWait(driver, d, Duration.ofMillis(250));
        wait.ignoring(StaleElementReferenceException.class); // a page that reloads itself
        return wait;
    }

    /** Sends the start page's form and waits for the answer: a job page, or the form again with a message. */
    static void submit(WebDriver driver, String action) {
        driver.findElement(By.cssSelector("button[value='" + action + "']")).click();
        arrived(driver);
    }

    static void arrived(WebDriver driver) {
        waiting(driver, Duration.ofMinutes(3)).until(d -> d.getCurrentUrl().contains("/jobs/")
                || !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
    }

    static void onlyFormats(WebDriver driver, String... ids) {
        for (WebElement box : driver.findElements(By.cssSelector("input[name=formats]"))) {
            boolean wanted = List.of(ids).contains(box.getAttribute("value"));
            if (box.isSelected() != wanted) {
                box.click();
            }
        }
    }

    static String waitDone(WebDriver driver, Duration d) {
        waiting(driver, d).until(x -> {
            String c = x.findElement(By.id("state")).getAttribute("class");
            return c.contains("done") || c.contains("failed") || c.contains("cancelled");
        });
        return driver.findElement(By.id("state")).getAttribute("class");
    }

    @Test
    void theStartPageIsAccessibleInEnglishChineseAndHighContrast() {
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Make an article accessible");
        assertAccessible(browser, "start page, English");
        browser.findElement(By.linkText("中文")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("把一篇文章变成人人能读的文件");
        assertThat(browser.getPageSource()).contains("盲人图书馆").contains("大字版讲义");
        assertAccessible(browser, "start page, Chinese");
        browser.findElement(By.linkText("高对比度")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).isEqualTo("contrast");
        assertThat(browser.findElement(By.tagName("body")).getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 1)");
        assertAccessible(browser, "start page, Chinese, high contrast");
        browser.get(base + "/?lang=en&contrast=off");
        double px = Double.parseDouble(browser.findElement(By.tagName("body")).getCssValue("font-size").replace("px", ""));
        assertThat(px).as("large default text").isGreaterThanOrEqualTo(20);
    }

    @Test
    void theSeedUploadedFollowedAndEveryFileDownloadedPassesItsValidator() throws Exception {
        browser.findElement(By.id("files")).sendKeys(SEED.toString());
        submit(browser, "convert");
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).matches("/jobs/[A-Za-z0-9_-]{22}");
        ((JavascriptExecutor) browser).executeScript("window.stillTheSamePage = true;");
        assertAccessible(browser, "job page, working");
        // the script updates the bars without reloading: some format is ready while the page is the same one
        waiting(browser, Duration.ofMinutes(4)).until(x -> Boolean.TRUE.equals(((JavascriptExecutor) x).executeScript(
                "return window.stillTheSamePage === true && Array.from(document.querySelectorAll('progress'))"
                        + ".some(p => p.hasAttribute('value') && p.value === 1)"
                        + " || document.body.getAttribute('data-state') === 'done'")));
        assertThat(waitDone(browser, Duration.ofMinutes(6))).contains("done");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议");
        assertThat(browser.findElements(By.cssSelector(".report table"))).as("the report shown inline").isNotEmpty();
        assertAccessible(browser, "job page, done, with the report");

        Web web = new Web(server.port());
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (WebElement link : browser.findElements(By.cssSelector("ul.files a"))) {
            HttpResponse<byte[]> r = web.bytes(URI.create(link.getAttribute("href")).getRawPath());
            assertThat(r.statusCode()).as(link.getText()).isEqualTo(200);
            files.put(link.getText(), r.body());
        }
        assertThat(files.keySet()).contains("seed-article-zh.pdf", "seed-article-zh.epub", "seed-article-zh.docx",
                "seed-article-zh.mp3", "seed-article-zh.report.html");
        byte[] pdf = files.get("seed-article-zh.pdf");
        assertThat(VeraPdf.pdfUaFailures(pdf)).as("veraPDF PDF/UA-1").isEmpty();
        assertThat(PdfText.read(pdf).dense()).contains("无锡高新区");
        Path epub = dir.resolve("seed.epub");
        Files.write(epub, files.get("seed-article-zh.epub"));
        EpubCheck.assertValid(epub);
        Path docx = dir.resolve("seed.docx");
        Files.write(docx, files.get("seed-article-zh.docx"));
        assertThat(DocxSchemaValidator.errors(docx)).as("ECMA-376 schemas").isEmpty();
        assertThat(AudioFiles.decodeMp3(files.get("seed-article-zh.mp3")).seconds()).isGreaterThan(30);
        HttpResponse<byte[]> zip = web.bytes(URI.create(browser.findElement(By.cssSelector(".zip a")).getAttribute("href"))
                .getRawPath());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.body().length).isGreaterThan(files.get("seed-article-zh.mp3").length);
    }

    @Test
    void thePreviewShowsTheOutlineAndASpokenSampleAndTheTitleCanBeFixed() throws Exception {
        browser.findElement(By.id("files")).sendKeys(SEED.toString());
        onlyFormats(browser, "docx");
        submit(browser, "preview");
        assertThat(browser.findElement(By.cssSelector("ul.outline li.level1")).getText())
                .isEqualTo("无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议");
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("2024年3月18日").contains("新吴区人民政府");
        assertThat(browser.findElement(By.cssSelector("blockquote.first")).getText()).startsWith("3月16日");
        String sample = browser.findElement(By.tagName("audio")).getAttribute("src");
        HttpResponse<byte[]> mp3 = new Web(server.port()).bytes(URI.create(sample).getRawPath());
        assertThat(mp3.statusCode()).isEqualTo(200);
        assertThat(AudioFiles.decodeMp3(mp3.body()).seconds()).isBetween(1.0, 60.0);
        assertAccessible(browser, "job page, preview");
        browser.findElement(By.id("title-1")).sendKeys("新吴区传达全国两会精神");
        browser.findElement(By.cssSelector("form[action$='/start'] button[type=submit]")).click();
        waiting(browser, Duration.ofMinutes(2)).until(d -> !"preview".equals(d.findElement(By.tagName("body"))
                .getAttribute("data-state")));
        assertThat(waitDone(browser, Duration.ofMinutes(4))).contains("done");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("新吴区传达全国两会精神");
        assertThat(browser.findElements(By.cssSelector("ul.files a")).stream().map(WebElement::getText))
                .contains("seed-article-zh.docx");
    }

    @Test
    void pastedChineseTextBecomesALargePrintHandoutOnTheChinesePage() throws Exception {
        browser.get(base + "/?lang=zh");
        browser.findElement(By.id("text")).sendKeys("社区数字技能课程\n\n本周六上午九点，社区中心开设智能手机入门课，欢迎老年朋友参加。"
                + "课程免费，请带上自己的手机。\n");
        browser.findElement(By.id("preset-handout")).click();
        submit(browser, "convert");
        assertThat(waitDone(browser, Duration.ofMinutes(4))).contains("done");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.id("state")).getText()).startsWith("已完成");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("社区数字技能课程");
        List<String> names = browser.findElements(By.cssSelector("ul.files a")).stream().map(WebElement::getText).toList();
        assertThat(names).contains("粘贴的正文.pdf", "粘贴的正文.docx").noneMatch(n -> n.endsWith(".mp3"));
        assertAccessible(browser, "job page, Chinese, done");
        HttpResponse<byte[]> pdf = new Web(server.port()).bytes(URI.create(browser.findElement(By.linkText("粘贴的正文.pdf"))
                .getAttribute("href")).getRawPath());
        assertThat(PdfText.read(pdf.body()).dense()).contains("社区数字技能课程");
    }

    @Test
    void theWholePathWorksByKeyboardAloneWithAVisibleFocus() {
        Actions keys = new Actions(browser);
        WebElement text = browser.findElement(By.id("text"));
        tabTo(keys, text, 30);
        assertThat(text.getCssValue("outline-style")).as("visible focus").isEqualTo("solid");
        assertThat(Double.parseDouble(text.getCssValue("outline-width").replace("px", ""))).isGreaterThanOrEqualTo(3);
        keys.sendKeys("Keyboard only\n\nThis article was typed and sent without a mouse.").perform();
        WebElement custom = browser.findElement(By.id("preset-custom"));
        tabTo(keys, custom, 10);
        keys.sendKeys(Keys.ARROW_UP).perform(); // the library for the blind
        keys.sendKeys(Keys.ARROW_UP).perform(); // the large-print handout
        assertThat(browser.findElement(By.id("preset-handout")).isSelected()).isTrue();
        WebElement convert = browser.findElement(By.cssSelector("button[value=convert]"));
        tabTo(keys, convert, 40);
        keys.sendKeys(Keys.ENTER).perform();
        arrived(browser);
        assertThat(waitDone(browser, Duration.ofMinutes(4))).contains("done");
        WebElement firstFile = browser.findElement(By.cssSelector("ul.files a"));
        tabTo(keys, firstFile, 30);
        assertThat(firstFile.getText()).isEqualTo("pasted-text.pdf");
    }

    private static void tabTo(Actions keys, WebElement target, int most) {
        for (int i = 0; i < most; i++) {
            keys.sendKeys(Keys.TAB).perform();
            if (target.equals(browser.switchTo().activeElement())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target);
    }

    @Test
    void withJavaScriptOffTheFormsRedirectAndTheJobPageRefreshesItself() {
        ChromeDriver plain = chrome(false);
        try {
            plain.get(base + "/?lang=en");
            plain.findElement(By.id("text")).sendKeys("No script\n\nThis page must work with JavaScript turned off.");
            onlyFormats(plain, "docx");
            submit(plain, "convert");
            assertThat(URI.create(plain.getCurrentUrl()).getPath()).matches("/jobs/[A-Za-z0-9_-]{22}");
            assertThat(waitDone(plain, Duration.ofMinutes(3))).as("the meta refresh brings the page up to date").contains("done");
            assertThat(plain.findElements(By.cssSelector("ul.files a")).stream().map(WebElement::getText))
                    .contains("pasted-text.docx");
        } finally {
            plain.quit();
        }
    }

    @Test
    void aBadFileGivesAClearMessageOnThePage() {
        Path broken = dir.resolve("minutes.docx");
        try {
            Files.writeString(broken, "not a Word document at all", StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.findElement(By.id("files")).sendKeys(broken.toString());
        onlyFormats(browser, "pdf");
        submit(browser, "preview");
        WebElement alert = browser.findElement(By.cssSelector("[role=alert]"));
        assertThat(alert.getText()).contains("minutes.docx").contains("not a Word document").doesNotContain("/jobs/")
                .doesNotContain("Exception");
        assertAccessible(browser, "start page with an error");
        List<String> texts = new ArrayList<>();
        browser.findElements(By.cssSelector("[role=alert] p")).forEach(p -> texts.add(p.getText()));
        assertThat(texts).hasSize(1);
    }
}
