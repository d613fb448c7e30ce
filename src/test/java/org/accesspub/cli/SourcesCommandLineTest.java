package org.accesspub.cli;

import static org.accesspub.testing.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.testing.EpubCheck;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.accesspub.testing.CommandLine;

/** Word files, OpenDocument files and web addresses on the command line: what a user types and sees. */
class SourcesCommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void inspectShowsWhatWasReadFromAWordFileRenamedToBin() throws Exception {
        Path bin = tmp.resolve("notice.bin");
        Files.copy(Samples.fixture("read/office/pandoc-features.docx"), bin);
        CommandLine.Result r = run("inspect", bin.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"title\": \"社区通知\"", "{\"type\": \"note\", \"label\": \"1\", \"text\": \"节假日另行通知。\"}",
                "\"src\": \"data:image/png;base64,");
    }

    @Test
    void fromUrlWithAFileAndAnUnknownKindAreBadUsage() {
        CommandLine.Result r = run("inspect", "--from", "url", Samples.path(Samples.ENGLISH).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--from url takes a web address");
        assertThat(run("inspect", "--from", "pdf", Samples.path(Samples.ENGLISH).toString()).err())
                .contains("use txt, md, html, docx, odt or url");
    }

    @Test
    void aWebAddressConvertsIntoFilesNamedAfterItsPathAndAFailingOneIsOneLineWithExitThree() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<html lang=\"en\"><head><title>Library hours</title></head><body><article><h1>Library hours</h1>"
                + "<p>The library is open from Tuesday to Sunday, and closed on Mondays and public holidays.</p>"
                + "<p>Bring your reader card. Older readers and disabled readers are served first.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/news/notice-42.html", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path out = tmp.resolve("out");
            CommandLine.Result r = run("convert", base + "/news/notice-42.html", "-f", "epub", "-o", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            EpubCheck.assertValid(out.resolve("notice-42.epub"));
            assertThat(r.out()).contains("notice-42.epub");

            CommandLine.Result missing = run("convert", base + "/gone.html", "-f", "epub", "-o", out.toString());
            assertThat(missing.code()).isEqualTo(3);
            assertThat(missing.err().strip()).startsWith("accesspub: cannot read the page").contains("HTTP 404")
                    .doesNotContain("\n", "Exception");
            assertThat(out.resolve("gone.epub")).doesNotExist();
        } finally {
            server.stop(0);
        }
    }
}
