package org.accesspub.write.narrated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.testing.Samples;
import org.accesspub.write.audio.AudioFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * The clips of both books measured on the audio itself, decoded by JLayer (an independent decoder): every
 * sentence's clip starts where its speech starts, and clips neither overlap nor run past the audio.
 */
class ClipTimingTest {
    record Clip(String target, long beginMs, long endMs) {
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.ENGLISH, Samples.MARKDOWN})
    void everySentenceClipStartsWithin20MsOfItsSpeech(String sample) throws Exception {
        TalkingBooks.Made made = TalkingBooks.of(sample);
        AudioFiles.Decoded audio = AudioFiles.decodeMp3(made.mp3());
        long delayMs = Math.round(AudioFiles.CODEC_DELAY * 1000.0 / audio.rate());
        List<Clip> clips = epubClips(made);
        assertThat(clips).hasSizeGreaterThan(5);
        for (Clip c : clips) {
            long onset = firstLoud(audio, c.beginMs() - 300 + delayMs, c.endMs() + delayMs) - delayMs;
            assertThat(onset).as("speech onset of %s", c.target()).isCloseTo(c.beginMs(), offset(20L));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SEED, Samples.ENGLISH, Samples.MARKDOWN})
    void clipsFollowEachOtherWithoutOverlapAndEndInsideTheAudio(String sample) throws Exception {
        TalkingBooks.Made made = TalkingBooks.of(sample);
        double seconds = AudioFiles.decodeMp3(made.mp3()).seconds();
        for (List<Clip> clips : List.of(epubClips(made), daisyClips(made))) {
            long previousEnd = 0;
            for (Clip c : clips) {
                assertThat(c.beginMs()).as(c.target()).isGreaterThanOrEqualTo(previousEnd).isLessThan(c.endMs());
                previousEnd = c.endMs();
            }
            assertThat(previousEnd).isLessThanOrEqualTo(Math.round(seconds * 1000));
        }
        assertThat(daisyClips(made)).extracting(Clip::beginMs).isEqualTo(epubClips(made).stream().map(Clip::beginMs).toList());
    }

    static List<Clip> epubClips(TalkingBooks.Made made) {
        List<Clip> clips = new ArrayList<>();
        for (String page : NarratedEpubTest.pages(made)) {
            for (Element par : TalkingBooks.elements(TalkingBooks.xml(made.epub().get("OEBPS/" + page.replace(".xhtml", ".smil"))), "par")) {
                Element text = TalkingBooks.elements(par.getOwnerDocument(), "text").stream()
                        .filter(t -> t.getParentNode() == par).findFirst().orElseThrow();
                Element audio = TalkingBooks.elements(par.getOwnerDocument(), "audio").stream()
                        .filter(a -> a.getParentNode() == par).findFirst().orElseThrow();
                clips.add(new Clip(text.getAttribute("src"), TalkingBooks.ms(audio.getAttribute("clipBegin")),
                        TalkingBooks.ms(audio.getAttribute("clipEnd"))));
            }
        }
        return clips;
    }

    static List<Clip> daisyClips(TalkingBooks.Made made) {
        List<Clip> clips = new ArrayList<>();
        for (String name : made.daisy().keySet().stream().filter(n -> n.matches("s\\d{4}\\.smil")).sorted().toList()) {
            for (Element audio : TalkingBooks.elements(TalkingBooks.xml(made.daisy().get(name)), "audio")) {
                clips.add(new Clip(name + "#" + audio.getAttribute("id"), TalkingBooks.ms(audio.getAttribute("clip-begin")),
                        TalkingBooks.ms(audio.getAttribute("clip-end"))));
            }
        }
        return clips;
    }

    /** Where speech starts in [from, to), in ms: the first 10 ms window louder than -50 dBFS (as the audio tests measure). */
    private static long firstLoud(AudioFiles.Decoded d, long from, long to) {
        for (long t = Math.max(0, from); t < to; t++) {
            if (d.rmsDbfs(t, t + 10) > -50) {
                return t;
            }
        }
        return to;
    }
}
