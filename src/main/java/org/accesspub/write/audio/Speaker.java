package org.accesspub.write.audio;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.accesspub.AccesspubException;
import org.accesspub.Warning;
import org.accesspub.Warnings;
import org.accesspub.speech.EspeakEngine;
import org.accesspub.speech.Pcm;
import org.accesspub.speech.PiperEngine;
import org.accesspub.speech.SpeechEngines;
import org.accesspub.speech.SpeechFailure;
import org.accesspub.speech.SpokenScript;
import org.accesspub.speech.text.MandarinReading;

/**
 * The utterances of one recording spoken, one at a time on any thread, into sound at the file's rate and
 * loudness: made per recording, it keeps what that recording reports (each unreadable character once, the
 * passages an engine could not say), so the recorder itself holds no state from one recording to the next.
 */
final class Speaker {
    /** More passages than this left out, and the engine is taken to be broken. */
    private static final int MOST_SKIPPED = 10;

    private final SpeechEngines engines;
    private final Warnings warnings;
    /** Characters already reported as unreadable. */
    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();
    /** Passages an engine could not say, left out of the audio. */
    private final AtomicInteger skipped = new AtomicInteger();

    Speaker(SpeechEngines engines, Warnings warnings) {
        this.engines = engines;
        this.warnings = warnings;
    }

    /** The utterance spoken, without its edge silence, at the file's rate and loudness. */
    Pcm speak(SpokenScript.Utterance u) {
        if (u.spoken() == null || u.spoken().isBlank()) {
            return Pcm.silence(0, SpeechRecorder.SAMPLE_RATE);
        }
        SpeechEngines.Choice choice = engines.choose(u.language());
        int rate = engines.rate(u.language());
        Pcm raw;
        try {
            raw = readsPinyin(u, choice)
                    ? ((EspeakEngine) choice.engine()).synthesisePinyin(
                            MandarinReading.espeakText(u.spoken(), this::unreadable), u.language(), choice.voice(), rate)
                    : choice.engine() instanceof PiperEngine piper
                    ? piper.synthesise(u.spoken(), u.language(), choice.voice(), rate, this::unreadable, warnings::warn)
                    : choice.engine().synthesise(engineText(u), u.language(), choice.voice(), rate);
        } catch (SpeechFailure e) {
            return skipped(u, e.engine(), e.reason());
        } catch (OutOfMemoryError e) {
            return skipped(u, choice.engine().label(), "out of memory");
        }
        Pcm pcm = Loudness.trim(raw);
        if (pcm.length() == 0) {
            warnings.warn(Warning.keyed(Warnings.GENERAL, "speech.silent", choice.engine().label() + " said nothing for: "
                    + u.display(), choice.engine().label(), u.display()));
            return pcm;
        }
        return Loudness.normalise(pcm.resampled(SpeechRecorder.SAMPLE_RATE));
    }

    /**
     * A passage the engine could not say is left out with one warning; when more than {@link #MOST_SKIPPED}
     * are, the engine is not working and the audio fails instead of being mostly silence.
     */
    private Pcm skipped(SpokenScript.Utterance u, String engine, String reason) {
        int n = skipped.incrementAndGet();
        if (n > MOST_SKIPPED) {
            throw new AccesspubException(engine + " failed on more than " + MOST_SKIPPED + " passages (the last: "
                    + reason + ")", AccesspubException.BAD_INPUT);
        }
        String text = u.display().strip();
        String shown = text.codePointCount(0, text.length()) <= 60 ? text
                : text.substring(0, text.offsetByCodePoints(0, 59)) + "…";
        warnings.warn(Warning.keyed("speech", "speech.skipped", engine + " could not say the passage \"" + shown
                + "\" (" + reason + "): it is left out of the audio", engine, shown, reason));
        return Pcm.silence(0, SpeechRecorder.SAMPLE_RATE);
    }

    /** eSpeak's Mandarin voice is given pinyin: polyphones read by word, sandhi applied. */
    private static boolean readsPinyin(SpokenScript.Utterance u, SpeechEngines.Choice choice) {
        if (!(choice.engine() instanceof EspeakEngine e)) {
            return false;
        }
        String voice = choice.voice() != null ? choice.voice() : e.voiceFor(u.language());
        return voice != null && voice.startsWith("cmn");
    }

    /**
     * What other voices are given: the text, with any pinyin readings back as their words, without the
     * characters no voice can say (emoji, symbols), which are reported once each.
     */
    private String engineText(SpokenScript.Utterance u) {
        StringBuilder sb = new StringBuilder();
        MandarinReading.plain(u.spoken()).codePoints().forEach(cp -> {
            if (MandarinReading.isReadable(cp)) {
                sb.appendCodePoint(cp);
            } else {
                unreadable(cp);
            }
        });
        return sb.toString();
    }

    private void unreadable(int cp) {
        if (warned.add(cp)) {
            warnings.warn(MandarinReading.unreadable(cp));
        }
    }
}
