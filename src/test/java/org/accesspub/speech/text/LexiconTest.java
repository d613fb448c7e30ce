package org.accesspub.speech.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.accesspub.AccesspubException;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void aLexiconFileRespellsPolyphonesAndSkipsCommentsAndBlankLines() {
        Lexicon lexicon = Lexicon.load(Samples.fixture("speech/lexicon-zh.txt"));
        assertThat(lexicon.readings()).hasSize(5).doesNotContainKey("# Polyphones");
        assertThat(lexicon.apply("银行行长到长沙")).isEqualTo("银行航长到常沙");
    }

    @Test
    void theLongestWordWinsWhereWordsOverlap() {
        Lexicon lexicon = Lexicon.parse("长=常\n行长=航长\n银行行长=银航航长", "test");
        assertThat(lexicon.apply("银行行长和行长很长")).isEqualTo("银航航长和航长很常");
    }

    @Test
    void latinWordsMatchOnlyAsWholeWords() {
        Lexicon lexicon = Lexicon.parse("US=U S", "test");
        assertThat(lexicon.apply("the US and a USB stick, US航班")).isEqualTo("the U S and a USB stick, U S航班");
    }

    @Test
    void aLineWithoutEqualsSignIsABadInputNamingItsLine() {
        assertThatThrownBy(() -> Lexicon.load(Samples.fixture("speech/lexicon-bad.txt")))
                .isInstanceOf(AccesspubException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("word=reading")
                .extracting(e -> ((AccesspubException) e).exitCode()).isEqualTo(AccesspubException.BAD_INPUT);
    }

    @Test
    void theLexiconErrorDoesNotEchoTheFilesLine() {
        // --lexicon /etc/shadow must not print a line of a private file
        assertThatThrownBy(() -> Lexicon.parse("root:secret-hash:19000:0:99999:7:::", "shadow"))
                .hasMessage("lexicon shadow line 1: expected word=reading (no = on the line)");
        assertThatThrownBy(() -> Lexicon.parse("secret=one\nsecret=two", "x.txt"))
                .message().doesNotContain("secret", "one");
    }

    @Test
    void anEmptyReadingOrWordIsABadInput() {
        assertThatThrownBy(() -> Lexicon.parse("行长=", "x.txt")).hasMessage("lexicon x.txt line 1: the reading after = is empty");
        assertThatThrownBy(() -> Lexicon.parse("# c\n=航长", "x.txt")).hasMessage("lexicon x.txt line 2: the word before = is empty");
    }

    @Test
    void twoReadingsForOneWordAreABadInput() {
        assertThatThrownBy(() -> Lexicon.parse("行长=航长\n行长=行长", "x.txt")).hasMessageContaining("line 2");
    }

    @Test
    void aMissingFileIsABadInput() {
        assertThatThrownBy(() -> Lexicon.load(Path.of("no-such-lexicon.txt")))
                .isInstanceOf(AccesspubException.class).hasMessageContaining("not found");
    }

    @Test
    void anEmptyLexiconChangesNothing() {
        assertThat(Lexicon.empty().apply("行长")).isEqualTo("行长");
    }
}
