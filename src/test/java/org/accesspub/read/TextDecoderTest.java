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
}
