package org.accesspub.write.narrated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accesspub.testing.Samples;
import org.accesspub.write.audio.AudioFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What each book shows while a sentence plays is that sentence: for every par that points at a sentence's span,
 * the span's text is the text of the transcript cue that starts where the par's audio clip starts (a list item's
 * number, said before its first sentence, aside).
 */
class OverlayTextTest {
    @ParameterizedTest
    @ValueSource(strings = {Samples.SEED, Samples.ENGLISH, Samples.MARKDOWN})
    void everySentenceShownIsTheSentenceSaid(String sample) {
        TalkingBooks.Made made = TalkingBooks.of(sample);
        Map<Long, String> cues = new HashMap<>();
        AudioFiles.readVttSentences(made.vtt()).forEach(c -> cues.put(c.startMs(), c.text()));

        Map<String, Element> epubElements = new HashMap<>();
        for (String page : NarratedEpubTest.pages(made)) {
            index(TalkingBooks.xml(made.epub().get("OEBPS/" + page)), page, epubElements);
        }
        int spans = check(ClipTimingTest.epubClips(made), epubElements, cues);

        Map<String, Element> daisyElements = new HashMap<>();
        index(TalkingBooks.xml(made.daisy().get(DaisyText.HREF)), DaisyText.HREF, daisyElements);
        List<ClipTimingTest.Clip> daisy = ClipTimingTest.daisyClips(made);
        List<String> targets = daisyTargets(made);
        List<ClipTimingTest.Clip> byText = new java.util.ArrayList<>();
        for (int i = 0; i < daisy.size(); i++) {
            byText.add(new ClipTimingTest.Clip(targets.get(i), daisy.get(i).beginMs(), daisy.get(i).endMs()));
        }
        int daisySpans = check(byText, daisyElements, cues);
        assertThat(spans).as("sentences shown in the EPUB").isGreaterThan(3);
        assertThat(daisySpans).as("sentences shown in the DAISY book").isEqualTo(spans);
    }

    /** Compares each par on a span with the cue said there; returns how many were compared. */
    private static int check(List<ClipTimingTest.Clip> clips, Map<String, Element> elements, Map<Long, String> cues) {
        int compared = 0;
        for (ClipTimingTest.Clip c : clips) {
            Element e = elements.get(c.target());
            assertThat(e).as("target %s", c.target()).isNotNull();
            String said = cues.get(c.beginMs());
            assertThat(said).as("a cue starts where %s starts (%d ms)", c.target(), c.beginMs()).isNotNull();
            if (e.getLocalName().equals("span")) {
                assertThat(plain(said)).as(c.target()).endsWith(plain(e.getTextContent()));
                compared++;
            }
        }
        return compared;
    }

    private static void index(Document d, String file, Map<String, Element> out) {
        for (Element e : TalkingBooks.elements(d, "*")) {
            if (e.hasAttribute("id")) {
                out.put(file + "#" + e.getAttribute("id"), e);
            }
        }
    }

    private static List<String> daisyTargets(TalkingBooks.Made made) {
        List<String> out = new java.util.ArrayList<>();
        for (String name : made.daisy().keySet().stream().filter(n -> n.matches("s\\d{4}\\.smil")).sorted().toList()) {
            for (Element t : TalkingBooks.elements(TalkingBooks.xml(made.daisy().get(name)), "text")) {
                out.add(t.getAttribute("src"));
            }
        }
        return out;
    }

    private static String plain(String s) {
        return s.replaceAll("\\s+", "");
    }
}
