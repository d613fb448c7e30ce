package org.accesspub.write.narrated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accesspub.style.Theme;
import org.accesspub.testing.EpubCheck;
import org.accesspub.testing.Samples;
import org.accesspub.write.audio.AudioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The narrated EPUB of each sample, as EPUBCheck and a reading system see it. */
class NarratedEpubTest {
    private static final String OEBPS = "OEBPS/";

    @ParameterizedTest
    @ValueSource(strings = {Samples.SEED, Samples.ENGLISH, Samples.MARKDOWN})
    void passesEpubCheckWithNoErrorsAndNoWarnings(String sample) {
        EpubCheck.assertValid(TalkingBooks.of(sample).narratedEpub());
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SEED, Samples.ENGLISH, Samples.MARKDOWN})
    void hasAParPerSentenceOfTheTranscriptPointingAtItsOwnElementInReadingOrder(String sample) {
        TalkingBooks.Made made = TalkingBooks.of(sample);
        List<String> targets = new ArrayList<>();
        List<String> documentOrder = new ArrayList<>();
        for (String page : pages(made)) {
            Document xhtml = TalkingBooks.xml(made.epub().get(OEBPS + page));
            List<String> ids = TalkingBooks.ids(xhtml);
            documentOrder.addAll(ids.stream().map(id -> page + "#" + id).toList());
            String smil = page.replace(".xhtml", ".smil");
            for (Element text : TalkingBooks.elements(TalkingBooks.xml(made.epub().get(OEBPS + smil)), "text")) {
                targets.add(text.getAttribute("src"));
            }
        }
        int cues = AudioFiles.readVttSentences(made.vtt()).size();
        assertThat(targets).as("one par per sentence said").hasSize(cues);
        assertThat(documentOrder).as("every text target exists").containsAll(targets);
        List<String> inOrder = documentOrder.stream().filter(targets::contains).distinct().toList();
        assertThat(targets.stream().distinct().toList()).as("pars follow the reading order").isEqualTo(inOrder);
    }

    @Test
    void sentencesOfOneParagraphEachGetASpan() {
        String page = TalkingBooks.of(Samples.ENGLISH).epubText(OEBPS + "page-1.xhtml");
        assertThat(page).containsPattern("<span id=\"r\\d+\">\"That should never happen\\. </span>"
                + "<span id=\"r\\d+\">A notice that cannot be read has not been sent\\.\"</span>");
    }

    @Test
    void headingsAndListItemsAreReadSentenceBySentence() {
        TalkingBooks.Made made = TalkingBooks.of(Samples.MARKDOWN);
        Document page = TalkingBooks.xml(made.epub().get(OEBPS + "page-1.xhtml"));
        String smil = made.epubText(OEBPS + "page-1.smil");
        List<Element> read = new ArrayList<>(TalkingBooks.elements(page, "h2"));
        read.addAll(TalkingBooks.elements(page, "li"));
        assertThat(read).isNotEmpty();
        for (Element e : read) {
            List<String> ids = new ArrayList<>();
            if (e.hasAttribute("id") && e.getLocalName().equals("li")) {
                ids.add(e.getAttribute("id"));
            }
            TalkingBooks.elements(page, "span").stream().filter(s -> isInside(s, e)).forEach(s -> ids.add(s.getAttribute("id")));
            assertThat(ids).as("read: %s", e.getTextContent()).anyMatch(id -> smil.contains("page-1.xhtml#" + id + "\""));
        }
    }

    private static boolean isInside(Element inner, Element outer) {
        for (org.w3c.dom.Node n = inner; n != null; n = n.getParentNode()) {
            if (n == outer) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SEED, Samples.ENGLISH, Samples.MARKDOWN})
    void statesEachOverlaysDurationAndTheirSumAsTheTotal(String sample) {
        TalkingBooks.Made made = TalkingBooks.of(sample);
        String opf = made.epubText(OEBPS + "content.opf");
        long sum = 0;
        for (String page : pages(made)) {
            String id = "mo-" + page.replace(".xhtml", "");
            long clips = 0;
            Document smil = TalkingBooks.xml(made.epub().get(OEBPS + page.replace(".xhtml", ".smil")));
            for (Element audio : TalkingBooks.elements(smil, "audio")) {
                clips += TalkingBooks.ms(audio.getAttribute("clipEnd")) - TalkingBooks.ms(audio.getAttribute("clipBegin"));
            }
            assertThat(metaValue(opf, "media:duration\" refines=\"#" + id)).as(id).isEqualTo(clips);
            assertThat(opf).contains("href=\"" + page + "\" media-type=\"application/xhtml+xml\" media-overlay=\"" + id + "\"");
            sum += clips;
        }
        assertThat(metaValue(opf, "media:duration")).isEqualTo(sum);
        assertThat(opf).containsPattern("<meta property=\"media:narrator\">[^<]+</meta>")
                .contains("<meta property=\"media:active-class\">-epub-media-overlay-active</meta>")
                .contains("<item id=\"narration\" href=\"narration.mp3\" media-type=\"audio/mpeg\"/>");
    }

    private static long metaValue(String opf, String property) {
        Matcher m = Pattern.compile("<meta property=\"" + Pattern.quote(property) + "\">([^<]+)</meta>").matcher(opf);
        assertThat(m.find()).as(property).isTrue();
        return TalkingBooks.ms(m.group(1));
    }

    @Test
    void claimsAudioAndTextEachSufficientAndSynchronised() {
        String opf = TalkingBooks.of(Samples.ENGLISH).epubText(OEBPS + "content.opf");
        assertThat(opf).contains("<meta property=\"schema:accessMode\">textual</meta>",
                "<meta property=\"schema:accessMode\">auditory</meta>",
                "<meta property=\"schema:accessModeSufficient\">textual</meta>",
                "<meta property=\"schema:accessModeSufficient\">auditory</meta>",
                "<meta property=\"schema:accessibilityFeature\">synchronizedAudioText</meta>");
    }

    @Test
    void highlightsTheSentenceReadWithAAAContrastOnBothThemes() {
        for (Theme theme : Theme.values()) {
            Highlight h = Highlight.forTheme(theme);
            assertThat(Theme.contrast(h.text(), h.background())).as(theme.name()).isGreaterThanOrEqualTo(7);
            // and it stands out from the page it is on
            assertThat(h.background()).isNotEqualTo(theme.background());
        }
        String css = TalkingBooks.of(Samples.ENGLISH).epubText(OEBPS + "book.css");
        assertThat(css).contains(".-epub-media-overlay-active, .-epub-media-overlay-active * { color: #000000;"
                + " background-color: #FFFF00;");
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SEED, Samples.ENGLISH, Samples.MARKDOWN})
    void carriesTheSameAudioAsTheAudioOutputAndTheDaisyBook(String sample) {
        TalkingBooks.Made made = TalkingBooks.of(sample);
        assertThat(made.epub().get(OEBPS + "narration.mp3")).isEqualTo(made.mp3());
        assertThat(made.daisy().get("narration.mp3")).isEqualTo(made.mp3());
    }

    /** The content pages of the book, in spine order. */
    static List<String> pages(TalkingBooks.Made made) {
        List<String> pages = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"(page-\\d+\\.xhtml)\"").matcher(made.epubText(OEBPS + "content.opf"));
        while (m.find()) {
            pages.add(m.group(1));
        }
        return pages;
    }
}
