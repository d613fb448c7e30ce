package org.accesspub.speech;

import org.accesspub.testing.Prepared;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.speech.SpokenScript.Part;
import org.accesspub.speech.SpokenScript.Pause;
import org.accesspub.speech.SpokenScript.Utterance;
import org.accesspub.testing.BlockFixtures;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

/** How the newer blocks are read aloud: code, definitions, notes and verse. */
class ScriptBlocksTest {
    private static final ScriptBuilder BUILDER = ScriptBuilder.builder().build();

    private static List<String> shown(Article a) {
        return BUILDER.build(Prepared.of(a)).parts().stream().filter(p -> p instanceof Utterance).map(p -> ((Utterance) p).display())
                .toList();
    }

    @Test
    void aShortCodeBlockIsReadAfterItsLabelAndALongOneIsAnnouncedAndSkipped() {
        List<String> en = shown(BlockFixtures.englishManual());
        assertThat(en).contains("Code: cp photo.jpg /media/usb/", "A code listing of 8 lines, skipped.")
                .doesNotContain("echo step");
        assertThat(String.join("", shown(BlockFixtures.chineseManual()))).contains("代码：ls -l /media/usb");
        // One line, but far too long to follow by ear: announced, not read.
        Article oneLong = new Article(org.accesspub.model.Metadata.of("长命令", "zh-CN"),
                List.of(new org.accesspub.model.Block.CodeBlock(null, "x".repeat(ScriptBuilder.SHORT_CODE_CHARS + 1))));
        assertThat(shown(oneLong)).contains("此处有代码，共1行，略过。");
    }

    @Test
    void definitionsAreReadTermThenDefinition() {
        assertThat(shown(BlockFixtures.englishManual())).containsSubsequence("Backup", "A copy of a file kept somewhere else.",
                "USB stick", "A small drive that plugs into the computer.");
    }

    @Test
    void notesOpenWithTheirLabel() {
        assertThat(shown(BlockFixtures.chineseManual())).containsSubsequence("注意：", "U 盘要先插好，等电脑认出它再复制。",
                "警告：不要拔掉 U 盘：");
    }

    @Test
    void verseHasAPauseAtEveryLineEnd() {
        SpokenScript s = BUILDER.build(Prepared.of(Samples.readFixture("blocks/poems-44.txt")));
        List<Part> parts = s.parts();
        int first = parts.indexOf(parts.stream().filter(p -> p instanceof Utterance u
                && u.display().equals("兰叶春葳蕤，桂华秋皎洁。")).findFirst().orElseThrow());
        assertThat(parts.get(first + 1)).isEqualTo(new Pause(ScriptBuilder.BETWEEN_LINES));
        assertThat(parts.get(first + 2)).isInstanceOfSatisfying(Utterance.class,
                u -> assertThat(u.display()).isEqualTo("欣欣此生意，自尔为佳节。"));
        assertThat(parts.stream().filter(p -> p instanceof SpokenScript.Chapter c && c.level() == 0)).hasSize(1 + 44);
    }
}
