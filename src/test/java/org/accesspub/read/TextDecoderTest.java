package org.accesspub.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.accesspub.AccesspubException;
import org.accesspub.model.Article;
import org.accesspub.model.Blocks;
import org.accesspub.testing.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @ParameterizedTest
    @ValueSource(strings = {"read/hours-utf16le-bom.txt", "read/hours-utf16be-bom.txt", "read/hours-crlf.txt"})
    void byteOrderMarksAndCrlfGiveTheSameArticle(String fixture) {
        Article a = Samples.readFixture(fixture);
        assertThat(a.metadata().title()).isEqualTo("Library hours change");
        assertThat(Blocks.plainText(a.blocks().get(0))).isEqualTo("From Monday the library opens at 9:00.");
    }

    @Test
    void colourCodesAndControlCharactersAreRemoved() {
        Article a = Samples.readFixture("read/colour-codes.txt");
        assertThat(a.metadata().title()).isEqualTo("Bus timetable");
        assertThat(Blocks.plainText(a.blocks().get(0))).isEqualTo("The number 7 bus runs every 20 minutes.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"read/empty.txt", "read/whitespace-only.txt", "read/binary.txt", "read/not-gb18030.txt"})
    void unusableFilesAreBadInputWithAOneLineReason(String fixture) {
        assertThatThrownBy(() -> Samples.readFixture(fixture))
                .isInstanceOfSatisfying(AccesspubException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(AccesspubException.BAD_INPUT);
                    assertThat(e.getMessage()).doesNotContain("\n").contains(fixture.substring(5));
                });
    }

    @Test
    void aNamedEncodingOverridesDetection() {
        byte[] latin1 = "Caf\u00e9 news\n\nOpen d\u00e9j\u00e0.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decode(latin1, StandardCharsets.ISO_8859_1, "x")).startsWith("Café news");
    }

    @Test
    void aWrongNamedEncodingSaysToCheckTheOption() {
        byte[] gb = "中文".getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertThatThrownBy(() -> TextDecoder.decode(gb, StandardCharsets.UTF_8, "x"))
                .hasMessageContaining("--encoding");
    }

    private static Article page(java.nio.file.Path dir, String charsetLabel, String body, java.nio.charset.Charset cs)
            throws java.io.IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charsetLabel
                + "\"><title>T</title></head><body><article><h1>T</h1><p>" + body + "</p></article></body></html>";
        java.nio.file.Path file = dir.resolve("page.html");
        java.nio.file.Files.write(file, html.getBytes(cs));
        return Readers.read(file, ReadOptions.defaults());
    }

    private static String text(Article a) {
        return a.blocks().stream().map(Blocks::plainText).collect(java.util.stream.Collectors.joining(" "));
    }

    @Test
    void aWebPageIsReadInTheEncodingItDeclares(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        String big5 = "臺北市政府公告：本週六圖書館延長開放時間。";
        assertThat(text(page(dir, "big5", big5, java.nio.charset.Charset.forName("Big5")))).contains(big5);
        String latin = "Le café de la médiathèque rouvre à 9 h — entrée libre.";
        assertThat(text(page(dir, "iso-8859-1", latin, java.nio.charset.Charset.forName("windows-1252"))))
                .contains(latin);
        String japanese = "図書館の開館時間が変わります。";
        assertThat(text(page(dir, "Shift_JIS", japanese, java.nio.charset.Charset.forName("Shift_JIS"))))
                .contains(japanese);
    }

    @Test
    void aPageThatIsValidUtf8IsReadAsUtf8WhateverItDeclares(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        String text = "Le café rouvre — 图书馆开放。";
        assertThat(text(page(dir, "iso-8859-1", text, StandardCharsets.UTF_8))).contains(text);
    }

    @Test
    void aDeclarationFurtherThanBrowsersLookOrAnUnknownOneIsIgnored() {
        byte[] far = ("<html><head>" + " ".repeat(5000) + "<meta charset=big5></head>").getBytes(StandardCharsets.US_ASCII);
        assertThat(DeclaredCharset.of(far)).isNull();
        assertThat(DeclaredCharset.of("<meta charset=\"no-such-thing\">".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(DeclaredCharset.of("<meta charset=gb2312>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(java.nio.charset.Charset.forName("GB18030"));
        assertThat(DeclaredCharset.of("<?xml version=\"1.0\" encoding=\"Big5\"?><html/>".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(java.nio.charset.Charset.forName("Big5-HKSCS"));
    }
}
