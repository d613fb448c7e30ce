package org.accesspub.speech;

import java.util.List;
import org.accesspub.model.Block;

/**
 * What is said, in order: the bridge between the prepared document and a speech engine. Built by the
 * script builder from a prepared document (title, announcement, body, credit); read by the audio writer,
 * which synthesises each utterance, inserts the pauses and marks the chapters, and by the talking books,
 * which show each utterance's {@link Source}.
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
     * @param source   what of the prepared document it reads, or null for a script made by hand
     */
    public record Utterance(String display, String spoken, String language, Source source) implements Part {
        /** An utterance that reads nothing of a document (a script made by hand). */
        public Utterance(String display, String spoken, String language) {
            this(display, spoken, language, null);
        }
    }

    /**
     * What of the prepared document an utterance reads, decided by the script builder as it reads it: the
     * talking books show and highlight it from here, with no second reading and no counting. Every utterance
     * of one sentence has the same source; the next sentence has another (its {@code index} differs).
     */
    public sealed interface Source {
        /** The title, the subtitle, or the one announcement of date, author and source (the metadata line). */
        enum Front implements Source { TITLE, SUBTITLE, ANNOUNCEMENT }

        /**
         * Sentence {@code index} of a heading's or paragraph's text, at {@code [start, end)} of its plain text
         * ({@link org.accesspub.model.Blocks#plainText}): the element a reader sees it in is that sentence.
         */
        record Sentence(Block block, int index, int start, int end) implements Source {
        }

        /**
         * Sentence {@code index} said for a block read as a whole (a figure, a table, a code block, verse, a
         * definition list, a note): the element a reader sees it in is the whole block.
         */
        record Whole(Block block, int index) implements Source {
        }

        /** Whether two sources are the same sentence of the same element (blocks by identity: two equal paragraphs are two). */
        static boolean same(Source a, Source b) {
            if (a instanceof Sentence x && b instanceof Sentence y) {
                return x.block() == y.block() && x.index() == y.index();
            }
            if (a instanceof Whole x && b instanceof Whole y) {
                return x.block() == y.block() && x.index() == y.index();
            }
            return a != null && a == b;
        }
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
