package org.accesspub.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accesspub.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * accesspub serve over plain HTTP, as an attacker would use it: every upload, field and header is hostile. No
 * braille here: liblouis's table resolver is set once per JVM by the product (packed tables), and
 * BrailleFilesTest reads a table outside them; these tests would otherwise set it first.
 */
class ServeHttpTest {
    private static final String ARTICLE = "Evening classes at the library\n\nThe library opens two evening classes for"
            + " older readers in March. Both are free.\n";
    @TempDir
    static Path dir;
    static Server server;
    static Web web;

    @BeforeAll
    static void start() {
        server = Server.start(Web.options(dir.resolve("jobs")));
        web = new Web(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertNoStackTrace(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at org.");
    }

    @Test
    void everyAnswerForbidsInlineScriptAndSniffing() throws Exception {
        for (String path : List.of("/", "/static/app.css", "/static/app.js", "/no/such/page", "/jobs/AAAAAAAAAAAAAAAAAAAAAA")) {
            HttpResponse<String> r = web.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").contains("default-src 'none'").doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
        assertThat(web.get("/").body()).doesNotContain("<script>").doesNotContain("style=\"").doesNotContain("<style");
    }

    @Test
    void theLanguageComesFromAcceptLanguageAndTheSwitch() throws Exception {
        assertThat(new Web(server.port()).get("/", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").body())
                .contains("<html lang=\"zh-CN\"").contains("上传文章").contains("盲人图书馆");
        assertThat(new Web(server.port()).get("/", "Accept-Language", "en-GB,en;q=0.8").body())
                .contains("<html lang=\"en\"").contains("Library for the blind");
        Web switched = new Web(server.port());
        assertThat(switched.get("/?lang=zh", "Accept-Language", "en").body()).contains("<html lang=\"zh-CN\"");
        assertThat(switched.get("/", "Accept-Language", "en").body()).as("the choice is remembered")
                .contains("<html lang=\"zh-CN\"");
    }

    @Test
    void aPostWithoutTheFormTokenIsRefused() throws Exception {
        Web stranger = new Web(server.port());
        HttpResponse<String> r = stranger.upload(Map.of("action", "convert", "formats", "pdf"),
                List.of(new Web.Part("files", "a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("role=\"alert\"").contains("reload the page");
        HttpResponse<String> forged = web.upload(Map.of("csrf", "x".repeat(43), "action", "convert", "formats", "pdf"),
                List.of(new Web.Part("files", "a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8))));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertNoStackTrace(forged.body());
    }

    @Test
    void aFileOfAnotherKindGetsAOneLineMessage() throws Exception {
        HttpResponse<String> r = web.upload(web.form("convert", List.of("pdf")),
                List.of(new Web.Part("files", "setup.exe", new byte[] {'M', 'Z', 0, 1})));
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.body()).contains("setup.exe").contains(".docx").contains("role=\"alert\"");
        assertNoStackTrace(r.body());
    }

    @Test
    void aBrokenWordFileGetsAClearMessageOnThePage() throws Exception {
        HttpResponse<String> r = web.upload(web.form("preview", List.of("pdf")),
                List.of(new Web.Part("files", "notice.docx", "this is not a zip".getBytes(StandardCharsets.UTF_8))));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("role=\"alert\"").contains("notice").containsIgnoringCase("word");
        assertNoStackTrace(r.body());
    }

    @Test
    void uploadedNamesAreNeverUsedAsPaths() throws Exception {
        HttpResponse<String> r = web.upload(web.form("preview", List.of("pdf")),
                List.of(new Web.Part("files", "../../../escaped.txt", ARTICLE.getBytes(StandardCharsets.UTF_8)),
                        new Web.Part("files", "..\\..\\also-escaped.md", ARTICLE.getBytes(StandardCharsets.UTF_8))));
        String job = Web.job(r);
        Path in = dir.resolve("jobs").resolve(job.substring("/jobs/".length())).resolve("in");
        try (Stream<Path> files = Files.list(in)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("1.txt", "2.md");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).doesNotContain("escaped.txt", "also-escaped.md");
        }
        assertThat(web.get(job).body()).contains("(from escaped.txt)").contains("(from also-escaped.md)");
    }

    @Test
    void theArticlesTextIsAlwaysEscaped() throws Exception {
        String hostile = "<img src=x onerror=alert(1)>\n\nFirst <script>alert(2)</script> paragraph.\n";
        String html = "<html><body><article><h1>Notice</h1><p>Some text of the notice, long enough to be the article.</p>"
                + "<img src=\"missing.png\" alt=\"<img src=y onerror=alert(3)>\"><p>More text.</p></article></body></html>";
        String job = Web.job(web.upload(web.form("preview", List.of("pdf"), "author", "<b onmouseover=alert(4)>"),
                List.of(new Web.Part("files", "<svg onload=alert(5)>.txt", hostile.getBytes(StandardCharsets.UTF_8)),
                        new Web.Part("files", "notice.html", html.getBytes(StandardCharsets.UTF_8)))));
        String page = web.get(job).body();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;script&gt;alert(2)&lt;/script&gt;")
                .contains("&lt;img src=y onerror=alert(3)&gt;").contains("&lt;b onmouseover=alert(4)&gt;");
        assertThat(page).doesNotContain("<img src=").doesNotContain("<script>alert").doesNotContain("<b onmouseover")
                .doesNotContain("<svg");
    }

    @Test
    void downloadsServeOnlyTheJobsOwnFiles() throws Exception {
        String job = Web.job(web.upload(web.form("convert", List.of("pdf"), "text", ARTICLE, "report", "on"), List.of()));
        assertThat(web.waitFinished(job, Duration.ofMinutes(3))).isEqualTo("done");
        HttpResponse<String> report = web.get(job + "/files/pasted-text.report.html");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("Evening classes at the library").endsWith("</html>\n");
        assertThat(report.headers().firstValue("Content-Security-Policy").orElse("")).doesNotContain("script-src");
        assertThat(web.get(job).body()).as("the report inline").contains("<div class=\"report\">");
        String page = web.get(job).body();
        assertThat(page).contains("Evening classes at the library").contains("<progress");
        HttpResponse<byte[]> pdf = web.bytes(job + "/files/pasted-text.pdf");
        assertThat(pdf.statusCode()).as(page).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
        for (String path : List.of(job + "/files/job.json", job + "/files/..%2Fjob.json", job + "/files/%2E%2E%2Fjob.json",
                job + "/files/..%2F..%2F..%2Fetc%2Fpasswd", job + "/files/", job + "/in/1.txt", job + "/../",
                "/jobs/AAAAAAAAAAAAAAAAAAAAAA/files/pasted-text.pdf", "/jobs/..%2F..%2F/files/x", "/jobs/", "/static/",
                "/static/..%2Fstrings%2Fen.properties", "/jobs/" + "A".repeat(22) + "/all.zip")) {
            HttpResponse<String> r = web.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(r.body()).as(path).doesNotContain("%PDF").doesNotContain("\"choices\"").doesNotContain("Index of");
            assertNoStackTrace(r.body());
        }
        HttpResponse<byte[]> zip = web.bytes(job + "/all.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(new String(zip.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void warningsAreInThePagesLanguageAndShownOnceBesideTheReport() throws Exception {
        String text = "# 社区通知\n\n图书馆三月开设两个晚间班，详见 [https://example.org/community/evening-classes](https://example.org/community/evening-classes)。\n";
        Web zh = new Web(server.port());
        zh.get("/?lang=zh");
        String job = Web.job(zh.upload(zh.form("convert", List.of("pdf"), "text", text, "kind", "md", "size", "小三",
                "report", "on"), List.of()));
        assertThat(zh.waitFinished(job, Duration.ofMinutes(3))).isEqualTo("done");
        String page = zh.get(job).body();
        String warnings = page.substring(page.indexOf("需要留意的地方"), page.indexOf("<div class=\"report\">"));
        assertThat(warnings).as("the size warning, in Chinese").contains("字号 小三 小于大字版的下限（16 磅）")
                .doesNotContain("below large print");
        assertThat(warnings).as("the link is a finding of the report, not a warning besides").doesNotContain("example.org")
                .contains("其余的问题见下面的自查报告");
        String report = page.substring(page.indexOf("<div class=\"report\">"));
        assertThat(report).contains("link-text").contains("example.org/community/evening-classes");
        assertThat(report).as("the place and the excerpt apart").containsPattern("<br>\\s*<span class=\"excerpt\">");

        String english = Web.job(web.upload(web.form("convert", List.of("pdf"), "text", text, "kind", "md"), List.of()));
        assertThat(web.waitFinished(english, Duration.ofMinutes(3))).isEqualTo("done");
        assertThat(web.get(english).body()).as("no report: the link is a warning, worded as the command line words it")
                .contains("s text is its address (https://example.org/community/evening-classes)");
    }

    @Test
    void theAudioShowsHowManySentencesAreSpoken() throws Exception {
        String job = Web.job(web.upload(web.form("convert", List.of("audio"), "text", ARTICLE.repeat(12)), List.of()));
        Pattern steps = Pattern.compile("\"value\":(\\d+),\"max\":(\\d+)");
        List<long[]> seen = new java.util.ArrayList<>();
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String status = "";
        while (System.nanoTime() < end && !status.contains("\"state\":\"done\"") && !status.contains("\"state\":\"failed\"")) {
            status = web.get(job + "/status").body();
            Matcher m = steps.matcher(status);
            if (m.find()) {
                seen.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
            Thread.sleep(40);
        }
        assertThat(status).contains("\"state\":\"done\"");
        assertThat(seen).as("the audio's bar counted its utterances while they were spoken").isNotEmpty()
                .allSatisfy(s -> assertThat(s[0]).isBetween(0L, s[1]));
        assertThat(seen.get(seen.size() - 1)[1]).as("every sentence of the article is an utterance").isGreaterThanOrEqualTo(24);
    }

    @Test
    void anUploadOverTheJobLimitIsRefused() throws Exception {
        HttpResponse<String> r;
        try {
            r = web.upload(web.form("convert", List.of("pdf")),
                    List.of(new Web.Part("files", "big.txt", new byte[3 * 1024 * 1024])));
        } catch (IOException e) {
            return; // the server stopped reading and closed the connection: refused too
        }
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("at most 1 MB");
        assertNoStackTrace(r.body());
    }

    @Test
    void oneClientCannotQueueMoreThanItsShare() throws Exception {
        Web greedy = new Web(server.port());
        List<String> jobs = new java.util.ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = greedy.upload(greedy.form("preview", List.of("pdf"), "text", ARTICLE), List.of());
            if (last.statusCode() != 303) {
                break;
            }
            jobs.add(Web.job(last));
        }
        try {
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(last.body()).contains("already have");
        } finally {
            for (String job : jobs) {
                greedy.post(job + "/cancel", Map.of("csrf", greedy.csrf()));
            }
        }
    }

    @Test
    void aStalledUploadIsCutOff() throws Exception {
        long start = System.nanoTime();
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                    + "Content-Length: 100000\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n"
                    + "slow").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            try {
                while (in.read() >= 0) {
                    // whatever the server answers, it must end the connection
                }
            } catch (IOException e) {
                // reset: ended too
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aWiderBindWithoutAnAccessKeyRefusesToStart() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"serve", "--bind", "0.0.0.0", "--port", "0"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("accesspub: --bind 0.0.0.0").contains("--token").doesNotContain("\n");
    }

    @Test
    void anAccessKeyIsAskedForOnASignInPage() throws Exception {
        ServeOptions o = Web.options(dir.resolve("keyed"));
        try (Server keyed = Server.start(new ServeOptions("127.0.0.1", 0, "correct horse battery", 1, o.keep(), o.jobsDir(),
                o.maxJobBytes(), o.clientJobs(), o.clientBytes(), o.articleTimeout(), o.idleTimeout(), false))) {
            Web w = new Web(keyed.port());
            HttpResponse<String> first = w.get("/");
            assertThat(first.statusCode()).isEqualTo(303);
            assertThat(first.headers().firstValue("Location").orElse("")).endsWith("/sign-in");
            assertThat(w.get("/jobs/AAAAAAAAAAAAAAAAAAAAAA/status").statusCode()).isEqualTo(303);
            String signIn = w.get("/sign-in").body();
            assertThat(signIn).contains("type=\"password\"");
            String csrf = w.csrf();
            assertThat(w.post("/sign-in", Map.of("csrf", csrf, "token", "wrong")).statusCode()).isEqualTo(401);
            assertThat(w.post("/sign-in", Map.of("token", "correct horse battery")).statusCode()).as("no form token")
                    .isEqualTo(403);
            assertThat(w.post("/sign-in", Map.of("csrf", csrf, "token", "correct horse battery")).statusCode()).isEqualTo(303);
            assertThat(w.get("/").statusCode()).isEqualTo(200);
            assertThat(w.cookies.getCookieStore().getCookies().toString()).doesNotContain("correct horse");
        }
    }

    @Test
    void aFailingJobLeavesTheOthersRunning() throws Exception {
        String bad = Web.job(web.upload(web.form("convert", List.of("pdf")),
                List.of(new Web.Part("files", "broken.odt", "PK not really".getBytes(StandardCharsets.UTF_8)))));
        String good = Web.job(web.upload(web.form("convert", List.of("pdf"), "text", ARTICLE), List.of()));
        assertThat(web.waitFinished(bad, Duration.ofMinutes(2))).isEqualTo("failed");
        assertThat(web.get(bad).body()).contains("This job failed:").contains("broken.odt").contains("Try again");
        assertThat(web.waitFinished(good, Duration.ofMinutes(3))).isEqualTo("done");
    }

    @Test
    void aJobOverTheTimeLimitIsStoppedAndTheServerGoesOn() throws Exception {
        ServeOptions o = Web.options(dir.resolve("hasty"));
        try (Server hasty = Server.start(new ServeOptions("127.0.0.1", 0, null, 1, o.keep(), o.jobsDir(), o.maxJobBytes(),
                o.clientJobs(), o.clientBytes(), Duration.ofMillis(300), o.idleTimeout(), false))) {
            Web w = new Web(hasty.port());
            String slow = Web.job(w.upload(w.form("convert", List.of("audio", "narrated", "daisy"), "text",
                    ARTICLE.repeat(40)), List.of()));
            assertThat(w.waitFinished(slow, Duration.ofMinutes(2))).isEqualTo("failed");
            assertThat(w.get(slow).body()).contains("was stopped");
            assertThat(w.get("/").statusCode()).isEqualTo(200);
            assertThat(Files.list(o.jobsDir().resolve(slow.substring(6)).resolve("out")).toList()).as("nothing committed")
                    .isEmpty();
        }
    }

    @Test
    void aJobCanBeCancelled() throws Exception {
        String job = Web.job(web.upload(web.form("convert", List.of("audio", "daisy"), "text", ARTICLE.repeat(30)),
                List.of()));
        assertThat(web.post(job + "/cancel", Map.of("csrf", web.csrf())).statusCode()).isEqualTo(303);
        assertThat(web.waitFinished(job, Duration.ofMinutes(1))).isEqualTo("cancelled");
        assertThat(web.get(job).body()).contains("This job was cancelled.");
    }

    @Test
    void jobsSurviveARestartAndUnfinishedOnesSayWhyTheyFailed() throws Exception {
        Path jobsDir = dir.resolve("restart");
        ServeOptions o = Web.options(jobsDir);
        String done;
        String running;
        String waiting;
        try (Server first = Server.start(new ServeOptions("127.0.0.1", 0, null, 1, o.keep(), jobsDir, o.maxJobBytes(),
                o.clientJobs(), o.clientBytes(), o.articleTimeout(), o.idleTimeout(), false))) {
            Web w = new Web(first.port());
            done = Web.job(w.upload(w.form("convert", List.of("pdf"), "text", ARTICLE), List.of()));
            assertThat(w.waitFinished(done, Duration.ofMinutes(2))).isEqualTo("done");
            running = Web.job(w.upload(w.form("convert", List.of("audio", "daisy"), "text", ARTICLE.repeat(30)), List.of()));
            waiting = Web.job(w.upload(w.form("convert", List.of("pdf"), "text", ARTICLE), List.of()));
            assertThat(w.get(waiting).body()).contains("place 1 in the queue");
        }
        try (Server second = Server.start(new ServeOptions("127.0.0.1", 0, null, 1, o.keep(), jobsDir, o.maxJobBytes(),
                o.clientJobs(), o.clientBytes(), o.articleTimeout(), o.idleTimeout(), false))) {
            Web w = new Web(second.port());
            assertThat(w.get(done).body()).contains("Done.").contains("pasted-text.pdf");
            assertThat(w.bytes(done + "/files/pasted-text.pdf").statusCode()).isEqualTo(200);
            for (String job : List.of(running, waiting)) {
                assertThat(w.get(job).body()).as(job).contains("This job failed: the server restarted before this job finished");
            }
        }
    }
}
