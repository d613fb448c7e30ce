package org.accesspub.speech;

import java.util.List;

/**
 * What is said, in order: the bridge between the article and a speech engine. Built by the script
 * builder from an article (title, announcement, body, credit); read by the audio writer, which
 * synthesises each utterance, inserts the pauses and marks the chapters.
 */
public record SpokenScript(String language, List<Part> parts) {
    public SpokenScript {
        parts = List.copyOf(parts);
    }

    /** One step of the script. */
    public sealed interface Part {
    }

    /**
     * One sentence (or sentence-sized piece) to synthesise.
     *
     * @param display  the original text, shown in the transcript (VTT cue)
     * @param spoken   the normalised text the engine reads (numbers as words, lexicon applied)
     * @param language BCP 47 tag of this utterance; an English passage inside a Chinese article is {@code en}
     */
    public record Utterance(String display, String spoken, String language) implements Part {
    }

    /** Silence of the given length. */
    public record Pause(int millis) implements Part {
    }

    /**
     * A chapter starts here, so players can skip: level 0 for the title, each heading, and each paragraph of
     * an article without headings; level 1 for a paragraph under a heading (a sub-chapter).
     */
    public record Chapter(String title, int level) implements Part {
        public Chapter(String title) {
            this(title, 0);
        }
    }
}
