package org.accesspub.write.braille;

import org.accesspub.braille.BrailleTable;
import org.accesspub.braille.BrailleTables;
import org.accesspub.braille.Louis;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

/** A paragraph longer than liblouis takes at once is translated in pieces, to the same braille (issue 28). */
class LongParagraphBrailleTest {
    /** Real English prose, nobody's fixture: the GPL's text as Debian ships it, on one line. */
    private static String englishProse() throws Exception {
        Path gpl = Path.of("/usr/share/common-licenses/GPL-3");
        String text = Files.isRegularFile(gpl) ? Files.readString(gpl)
                : Files.readString(Samples.path(Samples.ENGLISH));
        return text.replaceAll("\\s+", " ").replaceAll("[^\\p{L}\\p{N} .,;:!?'()-]", "").strip().substring(0, 9000);
    }

    @Test
    void englishInPiecesIsTheSameBrailleAsInOne() throws Exception {
        String text = englishProse();
        assertThat(text.length()).isGreaterThan(4 * BrailleText.CHUNK);
        BrailleText translator = new BrailleText(BrailleTables.of(List.of(BrailleTable.UEB_G2)), "en",
                new UnknownCharacters());
        String pieces = translator.translate(text).cells();
        String whole = Louis.translate(BrailleTable.UEB_G2, text).cells().replaceAll("\u2800+", "\u2800").strip();
        assertThat(pieces.replaceAll("\u2800+", "\u2800")).isEqualTo(whole.replaceAll("^\u2800+|\u2800+$", ""));
    }

    @Test
    void chineseInPiecesKeepsEveryCharacter() throws Exception {
        String seed = String.join("", Files.readAllLines(Samples.path(Samples.SEED))).replaceAll("\\s+", "");
        String text = (seed + seed + seed).substring(0, 3 * BrailleText.CHUNK);
        BrailleText translator = new BrailleText(BrailleTables.defaults(), "zh-CN", new UnknownCharacters());
        String cells = translator.translate(text).cells();
        String back = Louis.backTranslate(BrailleTable.ZHCN_CBS, cells);
        assertThat(cells.length()).isGreaterThan(text.length());
        assertThat(back).isNotBlank();
    }
}
