package org.accesspub.write.narrated;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accesspub.testing.Samples;
import org.accesspub.write.audio.AudioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The DAISY 2.02 book of each sample checked against the rules of the DAISY 2.02 specification. No DAISY 2.02
 * validator is on Maven Central, so the rules are written here: the fileset, the NCC's required metadata, every
 * link, every clip, the counts. Not validated: the XHTML and SMIL against their DTDs (they are parsed as XML
 * without loading a DTD), and playback on a real player.
 */
class DaisyBookTest {
    /** The NCC metadata the specification requires (section 14), plus ncc:generator, ncc:narrator, ncc:kByteSize. */
    private static final List<String> NCC_METADATA = List.of("dc:creator", "dc:date", "dc:format", "dc:identifier",
            "dc:language", "dc:publisher", "dc:title", "ncc:charset", "ncc:depth", "ncc:files", "ncc:footnotes",
            "ncc:generator", "ncc:kByteSize", "ncc:maxPageNormal", "ncc:multimediaType", "ncc:narrator",
            "ncc:pageFront", "ncc:pageNormal", "ncc:pageSpecial", "ncc:prodNotes", "ncc:setInfo", "ncc:sidebars",
            "ncc:tocItems", "ncc:totalTime");

    @ParameterizedTest
    @ValueSource(strings = {Samples.SEED, Samples.ENGLISH, Samples.MARKDOWN})
    void nccStatesEveryRequiredMetadatumOnce(String sample) {
        Map<String, String> meta = nccMeta(TalkingBooks.of(sample));
        assertThat(meta.keySet()).containsAll(NCC_METADATA);
        meta.forEach((name, value) -> assertThat(value).as(name).isNotBlank());
        assertThat(meta).containsEntry("dc:format", "Daisy 2.02").containsEntry("ncc:multimediaType", "audioFullText")
                .containsEntry("ncc:charset", "utf-8").containsEntry("ncc:setInfo", "1 of 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SEED, Samples.ENGLISH, Samples.MARKDOWN})
    void everyLinkResolves(String sample) {
        TalkingBooks.Made made = TalkingBooks.of(sample);
        Map<String, List<String>> ids = new HashMap<>();
        for (String name : made.daisy().keySet()) {
            if (name.endsWith(".html") || name.endsWith(".smil")) {
                ids.put(name, TalkingBooks.ids(TalkingBooks.xml(made.daisy().get(name))));
            }
        }
        List<String> links = new ArrayList<>();
        TalkingBooks.elements(ncc(made), "a").forEach(a -> links.add(a.getAttribute("href")));
        for (String smil : smils(made)) {
            Document d = TalkingBooks.xml(made.daisy().get(smil));
            TalkingBooks.elements(d, "text").forEach(t -> links.add(t.getAttribute("src")));
            TalkingBooks.elements(d, "audio").forEach(a -> links.add(a.getAttribute("src")));
        }
        TalkingBooks.elements(TalkingBooks.xml(made.daisy().get("master.smil")), "ref")
                .forEach(r -> links.add(r.getAttribute("src")));
        assertThat(links).isNotEmpty();
        for (String link : links) {
            String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
            assertThat(made.daisy()).as(link).containsKey(file);
            if (link.contains("#")) {
                assertThat(ids.get(file)).as(link).contains(link.substring(link.indexOf('#') + 1));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SEED, Samples.ENGLISH, Samples.MARKDOWN})
    void nccHeadingsLinkToTheTextOfTheirSectionAndAreCounted(String sample) {
        TalkingBooks.Made made = TalkingBooks.of(sample);
        Document ncc = ncc(made);
        List<Element> headings = new ArrayList<>();
        int depth = 0;
        for (int level = 1; level <= 6; level++) {
            List<Element> h = TalkingBooks.elements(ncc, "h" + level);
            headings.addAll(h);
            depth = h.isEmpty() ? depth : level;
        }
        Map<String, String> meta = nccMeta(made);
        assertThat(meta.get("ncc:tocItems")).isEqualTo(String.valueOf(headings.size()));
        assertThat(meta.get("ncc:depth")).isEqualTo(String.valueOf(depth));
        Element first = (Element) TalkingBooks.elements(ncc, "body").get(0).getElementsByTagName("*").item(0);
        assertThat(first.getLocalName()).isEqualTo("h1");
        assertThat(first.getAttribute("class")).isEqualTo("title");
        assertThat(smils(made)).hasSize(headings.size());
        assertThat(meta.get("ncc:files")).isEqualTo(String.valueOf(made.daisy().size()));
    }

    @Test
    void markdownSectionsFollowItsHeadings() {
        TalkingBooks.Made made = TalkingBooks.of(Samples.MARKDOWN);
        assertThat(TalkingBooks.elements(ncc(made), "h2")).extracting(Element::getTextContent)
                .contains("课程安排", "报名人数", "学员的话");
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SEED, Samples.ENGLISH, Samples.MARKDOWN})
    void totalTimeIsTheSumOfTheSectionsAndOfTheAudio(String sample) throws Exception {
        TalkingBooks.Made made = TalkingBooks.of(sample);
        long sum = 0;
        for (String smil : smils(made)) {
            Document d = TalkingBooks.xml(made.daisy().get(smil));
            long clips = 0;
            for (Element a : TalkingBooks.elements(d, "audio")) {
                clips += TalkingBooks.ms(a.getAttribute("clip-end")) - TalkingBooks.ms(a.getAttribute("clip-begin"));
            }
            String dur = TalkingBooks.elements(d, "seq").get(0).getAttribute("dur");
            assertThat(TalkingBooks.ms(dur)).as(smil).isEqualTo(clips);
            sum += clips;
        }
        long total = TalkingBooks.ms(nccMeta(made).get("ncc:totalTime"));
        assertThat(total).isCloseTo(sum, org.assertj.core.data.Offset.offset(500L));
        double audio = AudioFiles.decodeMp3(made.daisy().get(DaisyBook.AUDIO)).seconds() * 1000;
        long firstBegin = ClipTimingTest.daisyClips(made).get(0).beginMs();
        assertThat((double) total).as("the audio from the first word to the end")
                .isCloseTo(audio - firstBegin, org.assertj.core.data.Offset.offset(1000.0));
    }

    @Test
    void textDocumentIsXhtmlWithTheSentencesAndTheAnnouncementAsSaid() {
        TalkingBooks.Made made = TalkingBooks.of(Samples.ENGLISH);
        String html = made.daisyText("content.html");
        assertThat(html).contains("XHTML 1.0 Transitional", "<h1 class=\"title\" id=\"title\">")
                .containsPattern("<p class=\"announcement\" id=\"r\\d+\">Published 12 March 2024")
                .contains("Source: Riverside Gazette</p>");
        TalkingBooks.xml(made.daisy().get("content.html"));
    }

    private static Document ncc(TalkingBooks.Made made) {
        return TalkingBooks.xml(made.daisy().get("ncc.html"));
    }

    private static List<String> smils(TalkingBooks.Made made) {
        return made.daisy().keySet().stream().filter(n -> n.matches("s\\d{4}\\.smil")).sorted().toList();
    }

    private static Map<String, String> nccMeta(TalkingBooks.Made made) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : TalkingBooks.elements(ncc(made), "meta")) {
            if (m.hasAttribute("name")) {
                assertThat(meta.put(m.getAttribute("name"), m.getAttribute("content"))).as("once: " + m.getAttribute("name"))
                        .isNull();
            }
        }
        return meta;
    }
}
