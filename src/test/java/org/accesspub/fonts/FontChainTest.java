package org.accesspub.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import org.accesspub.Warnings;
import org.junit.jupiter.api.Test;

class FontChainTest {
    private final FontChain chain = FontChain.bundled();

    @Test
    void latinGoesToAtkinsonAndHanToNotoSansSc() {
        assertThat(chain.faceFor('A', false, true).family()).isEqualTo(BundledFonts.ATKINSON);
        assertThat(chain.faceFor('7', true, true).family()).isEqualTo(BundledFonts.ATKINSON);
        assertThat(chain.faceFor('无', false, true).family()).isEqualTo(BundledFonts.NOTO_SC);
        assertThat(chain.faceFor('无', true, true).bold()).isTrue();
    }

    @Test
    void curlyQuotesFollowTheLanguageOfTheText() {
        assertThat(chain.faceFor('“', false, true).family()).isEqualTo(BundledFonts.NOTO_SC);
        assertThat(chain.faceFor('“', false, false).family()).isEqualTo(BundledFonts.ATKINSON);
    }

    @Test
    void charactersNoFontHasAreReportedOnceWithCodePointAndCount() {
        Warnings w = Warnings.collecting();
        chain.reportUncovered("正常文字\uE000\uE000", w);
        chain.reportUncovered("正常文字\uE000\uE000", w);
        assertThat(w.all()).hasSize(1);
        assertThat(w.all().get(0)).startsWith("2 characters have no glyph in any font: U+E000").contains("×2");
    }

    @Test
    void subsetsAreSmallAndCoverTheirText() throws Exception {
        String text = "无锡高新区召开会议";
        byte[] subset = FontSubsetter.subset(BundledFonts.notoSansSc(false), text);
        assertThat(subset.length).isLessThan(BundledFonts.notoSansSc(false).data().length / 100);
        FontFace face = new FontFace("Noto Sans SC", false, subset, "subset");
        assertThat(text.codePoints()).allMatch(face::covers);
    }
}
