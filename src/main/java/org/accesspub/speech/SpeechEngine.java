package org.accesspub.speech;

import java.util.List;

/** A text-to-speech engine that turns one utterance into PCM. */
public interface SpeechEngine {
    /** Short id used by {@code --engine}: {@code espeak}, {@code freetts}. */
    String id();

    /** A readable name with version, for listings. */
    String label();

    /** The voices on offer, each with its languages. */
    List<Voice> voices();

    /** True when some voice of this engine speaks the language (BCP 47, any case). */
    boolean speaks(String language);

    /**
     * Synthesises one utterance.
     *
     * @param text     what to say, already normalised (numbers as words)
     * @param language BCP 47 tag of the text
     * @param voice    a voice name of this engine, or null for its default for the language
     * @param rate     Han characters a minute for Chinese, words a minute otherwise
     */
    Pcm synthesise(String text, String language, String voice, int rate);
}
