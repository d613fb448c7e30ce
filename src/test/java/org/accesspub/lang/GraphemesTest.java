package org.accesspub.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GraphemesTest {
    @Test
    void anEmojiSequenceAFlagAndACombinedLetterAreOneCharacterEach() {
        assertThat(Graphemes.count("👨\u200D👩\u200D👧")).isEqualTo(1);
        assertThat(Graphemes.count("🏳\uFE0F\u200D🌈")).isEqualTo(1);
        assertThat(Graphemes.count("👍🏽")).isEqualTo(1);
        assertThat(Graphemes.count("🇬🇧🇫🇷")).isEqualTo(2);
        assertThat(Graphemes.count("e\u0301")).isEqualTo(1);
        assertThat(Graphemes.count("1\uFE0F\u20E3")).isEqualTo(1);
        assertThat(Graphemes.count("a😀b𠮷")).isEqualTo(4);
    }

    @Test
    void aLineMayNotBreakInsideOne() {
        String family = "家👨\u200D👩\u200D👧人";
        assertThat(Graphemes.inside(family, 1)).isFalse();
        assertThat(Graphemes.inside(family, 3)).isTrue(); // before the joiner
        assertThat(Graphemes.inside(family, 4)).isTrue(); // after it
        String flags = "🇬🇧🇫🇷";
        assertThat(Graphemes.inside(flags, 2)).isTrue();
        assertThat(Graphemes.inside(flags, 4)).isFalse();
        assertThat(Graphemes.inside(flags, 6)).isTrue();
    }
}
