package org.accesspub.write.braille;

import org.accesspub.braille.BraillePage;
import org.accesspub.braille.Braille;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines and pages: words kept whole, headings kept with what follows, numbers top right. */
class LayoutTest {
    private static Braille words(String... words) {
        return Braille.of(String.join("\u2800", words));
    }

    @Test
    void wordsMoveWholeToTheNextLine() {
        List<String> lines = new LineFiller(12).fill(words("⠁⠁⠁⠁⠁", "⠃⠃⠃⠃⠃", "⠉⠉⠉"), 2, 0);
        assertThat(lines).containsExactly("⠀⠀⠁⠁⠁⠁⠁", "⠃⠃⠃⠃⠃⠀⠉⠉⠉");
    }

    @Test
    void aWordBreaksOnlyAtAHyphenationPointWithAHyphen() {
        BitSet breaks = new BitSet();
        breaks.set(3); // after the fourth cell
        Braille word = new Braille("⠁⠃⠉⠙⠑⠋⠛⠓", breaks);
        List<String> lines = new LineFiller(12).fill(words("⠭⠭⠭⠭⠭").append(Braille.of("⠀")).append(word), 0, 0);
        assertThat(lines).containsExactly("⠭⠭⠭⠭⠭⠀⠁⠃⠉⠙⠤", "⠑⠋⠛⠓");
        assertThat(new LineFiller(12).fill(words("⠭⠭⠭⠭⠭⠭⠭").append(Braille.of("⠀")).append(word), 0, 0))
                .containsExactly("⠭⠭⠭⠭⠭⠭⠭", "⠁⠃⠉⠙⠑⠋⠛⠓");
    }

    @Test
    void onlyAWordLongerThanALineIsCutAtTheMargin() {
        List<String> lines = new LineFiller(12).fill(words("⠁".repeat(30)), 0, 2);
        assertThat(lines).containsExactly("⠁".repeat(12), "⠀⠀" + "⠁".repeat(10), "⠀⠀" + "⠁".repeat(8));
    }

    @Test
    void titlesAreCentred() {
        assertThat(new LineFiller(20).centre(words("⠁⠃⠉⠙"), 2)).containsExactly("⠀".repeat(8) + "⠁⠃⠉⠙");
    }

    @Test
    void aHeadingThatWouldEndAPageStartsTheNextWithItsParagraph() {
        BraillePage page = new BraillePage(12, 6); // five text lines under the number line
        List<LaidBlock> blocks = List.of(
                new LaidBlock(List.of("⠁", "⠁", "⠁"), 0, false),
                new LaidBlock(List.of("⠓"), 1, true),
                new LaidBlock(List.of("⠃", "⠃", "⠃"), 0, false));
        List<List<String>> pages = new Paginator(page).paginate(blocks);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).containsExactly("⠀".repeat(10) + "⠼⠁", "⠁", "⠁", "⠁");
        assertThat(pages.get(1)).containsExactly("⠀".repeat(10) + "⠼⠃", "⠓", "⠃", "⠃", "⠃");
    }

    @Test
    void blankLinesDoNotAddUp() {
        List<LaidBlock> blocks = List.of(
                new LaidBlock(List.of("⠁", ""), 0, false),
                new LaidBlock(List.of("⠓"), 1, true),
                new LaidBlock(List.of("⠃"), 1, false));
        assertThat(new Paginator(new BraillePage(12, 25)).paginate(blocks).get(0)).containsExactly(
                "⠀".repeat(10) + "⠼⠁", "⠁", "", "⠓", "", "⠃");
    }

    @Test
    void aLongParagraphFlowsOnToTheNextPageAndNoPageStartsWithABlankLine() {
        BraillePage page = new BraillePage(12, 4);
        List<LaidBlock> blocks = List.of(
                new LaidBlock(List.of("⠁", "⠁", "⠁"), 0, false),
                new LaidBlock(List.of("⠃", "⠃", "⠃", "⠃"), 1, false));
        List<List<String>> pages = new Paginator(page).paginate(blocks);
        assertThat(pages).hasSize(3);
        assertThat(pages.get(1)).containsExactly("⠀".repeat(10) + "⠼⠃", "⠃", "⠃", "⠃");
        assertThat(pages.get(2)).containsExactly("⠀".repeat(10) + "⠼⠉", "⠃");
    }
}
