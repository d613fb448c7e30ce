package org.accesspub.speech.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An emoji sequence is read as one name, never as its joiners or as nothing. */
class EmojiSequenceNamesTest {
    @Test
    void aJoinedSequenceIsReadAsItsPartsAndAFlagAsItsRegion() {
        assertThat(ReadingData.nameEmoji("一家人👨\u200D👩\u200D👧出游", "zh")).isEqualTo("一家人男人、女人、女孩出游");
        assertThat(ReadingData.nameEmoji("国旗🇬🇧。", "zh")).isEqualTo("国旗旗：英国。");
        assertThat(ReadingData.nameEmoji("國旗🇬🇧。", "zh-Hant")).isEqualTo("國旗旗：英國。");
        assertThat(ReadingData.nameEmoji("a flag 🇬🇧", "en")).isEqualTo("a flag  flag: United Kingdom ");
        assertThat(ReadingData.nameEmoji("很好😀", "zh")).doesNotContain("😀");
    }
}
