package org.accesspub.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one link policy, proved against the attacks of the red-team pass (issue 13). */
class LinkPolicyTest {

    @Test
    void javascriptHiddenByAWordJoinerIsRefused() {
        assertThat(LinkPolicy.target("java\u2060script:alert(document.domain)")).isEmpty();
        assertThat(LinkPolicy.target("\u200Bjavascript:alert(1)")).isEmpty();
        assertThat(LinkPolicy.target("jav\tascript:alert(1)")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "\\\\host\\share\\x.pdf", "//host/share", "smb://host/share",
            "ms-msdt:/id PCWDiagnostic", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "ftp://example.org/x",
            "/relative/page.html", "#section", "page.html", "https:///no-host", "http:example.org", "mailto:", "tel:"})
    void onlyHttpHttpsMailtoAndTelAreFollowed(String href) {
        assertThat(LinkPolicy.target(href)).isEmpty();
    }

    @Test
    void bidiOverridesAndZeroWidthCharactersAreRemovedBeforeTheSchemeIsRead() {
        assertThat(LinkPolicy.target("\u202Ehttps://example.org/\u200Dpath")).contains("https://example.org/path");
    }

    @Test
    void aChineseUrlIsPercentEncodedNotDropped() {
        String uri = LinkPolicy.target("https://www.gov.cn/路径/通知.html").orElseThrow();
        assertThat(uri).isEqualTo("https://www.gov.cn/%E8%B7%AF%E5%BE%84/%E9%80%9A%E7%9F%A5.html");
        assertThat(LinkPolicy.display(uri)).isEqualTo("https://www.gov.cn/路径/通知.html");
    }

    @Test
    void anInternationalHostBecomesPunycodeAndReadsBack() {
        String uri = LinkPolicy.target("https://例子.中国/?q=老年 大字").orElseThrow();
        assertThat(uri).matches("https://xn--[a-z0-9]+\\.xn--[a-z0-9]+/\\?q=%E8%80%81%E5%B9%B4%20%E5%A4%A7%E5%AD%97");
        assertThat(LinkPolicy.display(uri)).isEqualTo("https://例子.中国/?q=老年 大字");
    }

    @Test
    void validAddressesAreKeptWithTheirEscapes() {
        assertThat(LinkPolicy.target("https://example.org/a?b=1&c=2#x")).contains("https://example.org/a?b=1&c=2#x");
        assertThat(LinkPolicy.target("HTTPS://Example.org/%7Euser")).contains("https://example.org/%7Euser");
        assertThat(LinkPolicy.target("mailto:library@example.org")).contains("mailto:library@example.org");
        assertThat(LinkPolicy.target("tel:+86 510 8521 2345")).contains("tel:+86%20510%208521%202345");
        assertThat(LinkPolicy.display("tel:+86%20510%208521%202345")).isEqualTo("+86 510 8521 2345");
    }

    @Test
    void aHugeAddressIsNotALink() {
        assertThat(LinkPolicy.target("https://example.org/" + "a".repeat(100_000))).isEmpty();
    }

    @Test
    void anEMailAddressWrittenWithEscapesIsPrintedAsTheAddress() {
        org.assertj.core.api.Assertions.assertThat(LinkPolicy.display("mailto:nas%40debian.org")).isEqualTo("nas@debian.org");
        org.assertj.core.api.Assertions.assertThat(LinkPolicy.display("tel:%2B44%20161")).isEqualTo("+44 161");
        // a web address keeps the escapes that change its meaning
        org.assertj.core.api.Assertions.assertThat(LinkPolicy.display("https://example.org/a%2Fb")).isEqualTo("https://example.org/a%2Fb");
    }
}
