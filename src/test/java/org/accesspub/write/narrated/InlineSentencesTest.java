package org.accesspub.write.narrated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.speech.text.Sentences;
import org.junit.jupiter.api.Test;

class InlineSentencesTest {
    /** The content cut where the speech cuts its text into sentences. */
    private static List<List<Inline>> split(List<Inline> content) {
        List<Integer> starts = Sentences.spans(Blocks.plainText(content)).stream().skip(1).map(Sentences.Span::start).toList();
        return InlineSentences.cut(content, starts);
    }

    @Test
    void emphasisAcrossASentenceEndIsSplitIntoBothSentences() {
        List<Inline> content = List.of(new Inline.Text("第一句"), new Inline.Strong(List.of(new Inline.Text("很重要。第二句"))),
                new Inline.Text("也是。"));
        List<List<Inline>> sentences = split(content);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0)).containsExactly(new Inline.Text("第一句"),
                new Inline.Strong(List.of(new Inline.Text("很重要。"))));
        assertThat(sentences.get(1)).containsExactly(new Inline.Strong(List.of(new Inline.Text("第二句"))),
                new Inline.Text("也是。"));
    }

    @Test
    void linksAndSpacesStayWithTheirSentenceAndNothingIsLost() {
        List<Inline> content = List.of(new Inline.Text("Read the "),
                new Inline.Link("https://example.org", List.of(new Inline.Text("guide"))),
                new Inline.Text(". Then call us! Thanks."));
        List<List<Inline>> sentences = split(content);
        assertThat(sentences).extracting(Blocks::plainText).containsExactly("Read the guide. ", "Then call us! ", "Thanks.");
        assertThat(sentences.get(0)).contains(new Inline.Link("https://example.org", List.of(new Inline.Text("guide"))));
    }

    @Test
    void oneSentenceIsKeptAsItIs() {
        List<Inline> content = List.of(new Inline.Emphasis(List.of(new Inline.Text("Only one"))));
        assertThat(split(content)).containsExactly(content);
    }
}
