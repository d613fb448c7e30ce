package org.accesspub.speech;

import org.accesspub.testing.Prepared;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.junit.jupiter.api.Test;

/** A sentence too long for one breath is said in pieces an engine can hold (issue 28). */
class UtteranceCutsTest {
    @Test
    void aShortSentenceIsOnePiece() {
        assertThat(UtteranceCuts.cut("The council met on Monday.")).containsExactly("The council met on Monday.");
    }

    @Test
    void piecesEndAtAClauseMarkThenASpaceThenAnywhereAndJoinToTheSentence() {
        String clauses = ("one two three, four five six; " ).repeat(40);
        String spaces = "word ".repeat(400);
        String han = "啊".repeat(5000);
        String astral = "𠀀".repeat(500); // outside the BMP: never cut between the halves
        for (String s : List.of(clauses, spaces, han, astral)) {
            List<String> pieces = UtteranceCuts.cut(s);
            assertThat(String.join("", pieces)).isEqualTo(s);
            assertThat(pieces).allMatch(p -> p.length() <= UtteranceCuts.MAX_CHARS)
                    .allMatch(p -> !Character.isHighSurrogate(p.charAt(p.length() - 1)));
        }
        assertThat(UtteranceCuts.cut(clauses)).allMatch(p -> p.endsWith(",") || p.endsWith(";") || p.equals(
                UtteranceCuts.cut(clauses).get(UtteranceCuts.cut(clauses).size() - 1)));
        assertThat(UtteranceCuts.cut(spaces)).allMatch(p -> p.endsWith(" "));
    }

    @Test
    void theScriptOfAnUnpunctuatedParagraphHasBoundedUtterancesWithNoPauseBetween() {
        String text = "word ".repeat(20_000).strip();
        Article a = new Article(Metadata.of("Title", "en"),
                List.of(new Block.Paragraph(List.of(new Inline.Text(text)))));
        SpokenScript script = ScriptBuilder.builder().build().build(Prepared.of(a));
        List<SpokenScript.Part> body = script.parts().subList(script.parts().indexOf(
                script.parts().stream().filter(p -> p instanceof SpokenScript.Utterance u && u.display().startsWith("word"))
                        .findFirst().orElseThrow()), script.parts().size());
        assertThat(body).allMatch(p -> p instanceof SpokenScript.Utterance);
        assertThat(body).hasSizeGreaterThan(300);
        assertThat(body).allMatch(p -> ((SpokenScript.Utterance) p).display().length() <= UtteranceCuts.MAX_CHARS);
        StringBuilder joined = new StringBuilder();
        body.forEach(p -> joined.append(((SpokenScript.Utterance) p).display()));
        assertThat(joined.toString()).isEqualTo(text);
    }
}
