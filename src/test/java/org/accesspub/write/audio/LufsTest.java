package org.accesspub.write.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LufsTest {
    @Test
    void fullScaleSineAt1kHzReadsMinus3Lufs() {
        // BS.1770: a 0 dBFS 997 Hz sine in one channel measures -3.01 LKFS
        assertThat(Lufs.integrated(LoudnessTest.tone(1.0, 5000, 997).samples(), 22050)).isCloseTo(-3.0, within(0.3));
        assertThat(Lufs.integrated(LoudnessTest.tone(0.1, 5000, 997).samples(), 22050)).isCloseTo(-23.0, within(0.3));
    }
}
