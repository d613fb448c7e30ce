package org.accesspub.read.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.accesspub.AccesspubException;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.WebPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Web addresses as input, against a server on 127.0.0.1 that the test starts: nothing leaves the machine. */
class WebPagesTest {
    private record Answer(int status, String type, byte[] body, String location) {
    }

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    private HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            Answer a = answers.getOrDefault(ex.getRequestURI().getPath(), new Answer(404, "text/plain", "no".getBytes(), null));
            if (a.type() != null) {
                ex.getResponseHeaders().add("Content-Type", a.type());
            }
            if (a.location() != null) {
                ex.getResponseHeaders().add("Location", a.location());
            }
            ex.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
            if (a.body().length > 0) {
                ex.getResponseBody().write(a.body());
            }
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void page(String path, String type, String html, Charset cs) {
        answers.put(path, new Answer(200, type, html.getBytes(cs), null));
    }

    private Article read(String path, List<String> warned) {
        return WebPages.read(base + path, ReadOptions.defaults(), AddressPolicy.ANY, new Warnings(warned::add));
    }

    private static final String ARTICLE = "<html><head><title>%s</title>%s</head><body><article><h1>%s</h1>"
            + "<p>图书馆每周二至周日开放，周一闭馆。节假日另行通知，请关注本馆的公告栏和网站。</p>"
            + "<p>读者请带好读者证。老年人和残障人士可以优先办理，工作人员会提供帮助。</p>%s</article></body></html>";

    @Test
    void aPageIsDecodedWithTheCharsetItsServerNamesAndItsImagesAreFetchedOrLeftAsTheirText() {
        page("/news/notice-42.html", "text/html; charset=GB18030", ARTICLE.formatted("开放时间", "", "开放时间",
                "<img src=\"../img/gate.png\" alt=\"大门\"><img src=\"/img/missing.png\" alt=\"缺失的图\">"),
                Charset.forName("GB18030"));
        answers.put("/img/gate.png", new Answer(200, "image/png", PNG, null));
        List<String> warned = new ArrayList<>();
        Article a = read("/news/notice-42.html", warned);
        assertThat(a.metadata().title()).isEqualTo("开放时间");
        assertThat(a.allText()).contains("图书馆每周二至周日开放");
        List<Block.Image> images = a.blocks().stream().filter(b -> b instanceof Block.Image).map(b -> (Block.Image) b).toList();
        assertThat(images).hasSize(2);
        assertThat(images.get(0).src()).startsWith("data:image/png;base64,");
        assertThat(images.get(1)).isEqualTo(new Block.Image("", "缺失的图", null));
        assertThat(warned).singleElement().asString().contains("/img/missing.png", "HTTP 404", "text alternative");
        assertThat(WebPages.baseName(base + "/news/notice-42.html", a.metadata().title())).isEqualTo("notice-42");
    }

    @Test
    void relativeLinksOfAPageLeadWhereTheyLedOnTheWeb() {
        page("/news/a.html", "text/html; charset=utf-8", String.format(ARTICLE, "通知", "", "通知",
                "<p>报名表请<a href=\"../forms/apply.pdf\">下载报名表</a>，详情见<a href=\"/about.html\">本馆简介</a>。</p>"),
                StandardCharsets.UTF_8);
        List<String> hrefs = new ArrayList<>();
        collectLinks(read("/news/a.html", new ArrayList<>()).blocks(), hrefs);
        assertThat(hrefs).contains(base + "/forms/apply.pdf", base + "/about.html");
    }

    private static void collectLinks(List<Block> blocks, List<String> hrefs) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                for (org.accesspub.model.Inline i : p.content()) {
                    if (i instanceof org.accesspub.model.Inline.Link l) {
                        hrefs.add(l.href());
                    }
                }
            }
        }
    }

    @Test
    void withoutACharsetFromTheServerThePagesOwnDeclarationDecides() {
        page("/", "text/html", "<html><head><meta charset=\"big5\"><title>開放時間</title></head><body><article>"
                + "<h1>開放時間</h1><p>圖書館每週二至週日開放，週一閉館。節假日另行通知，請關注本館的公告欄和網站。</p>"
                + "<p>讀者請帶好讀者證。老年人和殘障人士可以優先辦理，工作人員會提供幫助。</p></article></body></html>",
                Charset.forName("Big5"));
        Article a = read("/", new ArrayList<>());
        assertThat(a.allText()).contains("圖書館每週二至週日開放");
        assertThat(WebPages.baseName(base + "/", "開放 時間")).isEqualTo("開放-時間");
    }

    @Test
    void redirectsAreFollowedUpToFive() {
        page("/final", "text/html", ARTICLE.formatted("Final", "", "Final", ""), StandardCharsets.UTF_8);
        for (int i = 0; i < 6; i++) {
            answers.put("/r" + i, new Answer(302, null, new byte[0], i == 5 ? "/final" : "/r" + (i + 1)));
        }
        assertThat(read("/r1", new ArrayList<>()).metadata().title()).isEqualTo("Final"); // five hops
        fails("/r0", "more than 5 redirects");
    }

    @Test
    void everyFailureIsOneLineWithExitCodeThree() {
        answers.put("/pic", new Answer(200, "image/png", PNG, null));
        answers.put("/big", new Answer(200, "text/html", new byte[2 << 20], null));
        fails("/gone", "HTTP 404");
        fails("/pic", "not a web page but image/png");
        assertThatThrownBy(() -> WebPages.read(base + "/big", ReadOptions.builder().maxInputBytes(1 << 20).build(),
                AddressPolicy.ANY, Warnings.collecting())).hasMessageContaining("larger than 1 MB");
        assertThatThrownBy(() -> AddressPolicy.ANY.check("ftp://example.org/x")).hasMessageContaining("only http:// and https://");
        assertThatThrownBy(() -> AddressPolicy.ANY.check("http://user:pw@example.org/")).hasMessageContaining("user name");
        assertThatThrownBy(() -> new WebFetcher(AddressPolicy.ANY).fetch("http://127.0.0.1:1/", 100, "the page"))
                .isInstanceOfSatisfying(AccesspubException.class, e -> assertThat(e.exitCode()).isEqualTo(3));
    }

    private void fails(String path, String message) {
        assertThatThrownBy(() -> read(path, new ArrayList<>())).isInstanceOfSatisfying(AccesspubException.class, e -> {
            assertThat(e.exitCode()).isEqualTo(AccesspubException.BAD_INPUT);
            assertThat(e.getMessage()).contains(message).doesNotContain("\n");
        });
    }

    @Test
    void aServerPolicyRefusesLoopbackPrivateAndLinkLocalAddressesAndNamesThatResolveToThem() {
        for (String a : List.of("http://127.0.0.1/", "http://localhost:8080/", "http://10.1.2.3/", "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0/",
                "http://[::ffff:127.0.0.1]/")) {
            assertThatThrownBy(() -> AddressPolicy.PRIVATE_REFUSED.check(a)).as(a)
                    .hasMessageContaining("local or private address");
            assertThat(AddressPolicy.ANY.check(a)).as(a).isNotNull();
        }
        page("/p", "text/html", ARTICLE.formatted("x", "", "x", ""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WebPages.read(base + "/p", ReadOptions.defaults(), AddressPolicy.PRIVATE_REFUSED,
                Warnings.collecting())).hasMessageContaining("local or private address");
    }
}
