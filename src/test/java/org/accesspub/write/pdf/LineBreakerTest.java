package org.accesspub.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    /** Han and full-width punctuation one unit wide, Latin half a unit. */
    private static float[] advances(String text) {
        float[] a = new float[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            a[i] = Character.isLowSurrogate(c) ? 0 : (c < 0x2000 ? 0.5f : 1f);
        }
        return a;
    }

    private static List<String> lines(String text, float width, float squeeze) {
        return LineBreaker.lines(text, advances(text), width, width, squeeze).stream()
                .map(l -> text.substring(l.start(), l.end())).toList();
    }

    @Test
    void chineseBreaksBetweenAnyTwoHanCharacters() {
        assertThat(lines("一二三四五六七八九十", 4, 0)).containsExactly("一二三四", "五六七八", "九十");
    }

    @Test
    void closingPunctuationNeverStartsALineItPushesTheCharacterBeforeIt() {
        // 。 would start line 2: 后推出 moves 四 down with it.
        assertThat(lines("一二三四。五六", 4, 0)).containsExactly("一二三", "四。五六");
    }

    @Test
    void closingPunctuationSqueezesInWhenTheOverflowIsSmall() {
        assertThat(lines("一二三四。五六", 4, 1)).containsExactly("一二三四。", "五六");
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        assertThat(lines("一二三“四五”六", 4, 0)).containsExactly("一二三", "“四五”", "六");
    }

    @Test
    void dashesAndEllipsesStayWhole() {
        assertThat(lines("一二三——四五", 4, 0)).containsExactly("一二", "三——四", "五");
        assertThat(lines("一二三……四五", 4, 0)).containsExactly("一二", "三……四", "五");
    }

    @Test
    void aNumberStaysWithItsUnit() {
        assertThat(lines("一二三12月", 4, 0)).containsExactly("一二三", "12月");
    }

    @Test
    void noLineStartsWithForbiddenPunctuationInTheSeedStyleText() {
        String text = "要以产业和科技创新培育新质生产力。构建以先进制造业为骨干的现代化产业体系，全力以赴统筹做好科技和产业两篇大文章；"
                + "加速构建更具竞争力的“6+2+X”现代产业集群；加快“智改数转网联”步伐，厚植发展新质生产力的产业与创新支撑。";
        for (int w = 3; w < 20; w++) {
            for (String line : lines(text, w, 0)) {
                assertThat(LineBreaker.NO_LINE_START.indexOf(line.charAt(0))).as("line %s at width %d", line, w).isLessThan(0);
                assertThat(LineBreaker.NO_LINE_END.indexOf(line.charAt(line.length() - 1))).as(line).isLessThan(0);
            }
        }
    }

    @Test
    void latinBreaksAtSpacesAndDropsThem() {
        assertThat(lines("the quick brown fox", 4, 0)).containsExactly("the", "quick", "brown", "fox");
    }

    @Test
    void aLongUrlWrapsAfterItsSlashes() {
        List<String> out = lines("see https://example.org/a/very/long/path/name", 8, 0);
        assertThat(String.join("", out)).isEqualTo("seehttps://example.org/a/very/long/path/name");
        assertThat(out).allSatisfy(l -> assertThat(l.length() * 0.5f).isLessThanOrEqualTo(8));
        assertThat(out.get(1)).matches(".*[/.]");
    }

    @Test
    void forcedLineBreaksEndLinesThatAreNotJustified() {
        List<LineBreaker.Line> out = LineBreaker.lines("一二\n三四五六七", advances("一二\n三四五六七"), 4, 4, 0);
        assertThat(out).extracting(LineBreaker.Line::last).containsExactly(true, false, true);
    }

    @Test
    void theFirstLineMayBeNarrowerForTheIndent() {
        String text = "一二三四五六七八";
        assertThat(LineBreaker.lines(text, advances(text), 2, 4, 0))
                .extracting(l -> text.substring(l.start(), l.end())).containsExactly("一二", "三四五六", "七八");
    }

    @Test
    void supplementaryCharactersAreNeverSplit() {
        String text = "𠮷𠮷𠮷𠮷𠮷";
        assertThat(lines(text, 2, 0)).containsExactly("𠮷𠮷", "𠮷𠮷", "𠮷");
    }
}
