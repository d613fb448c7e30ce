package org.accesspub.write.audio;

import java.util.List;

/**
 * Where things are in the finished audio, in milliseconds from its start (after the encoder's delay, as a
 * gapless player plays it).
 *
 * @param cues       one per sentence (utterances said without a pause between them share one), with the text
 *                   shown in the transcript
 * @param chapters   one per chapter mark of the script, in order
 * @param durationMs the length of the whole audio
 */
public record Timeline(List<Cue> cues, List<ChapterMark> chapters, long durationMs) {
    public Timeline {
        cues = List.copyOf(cues);
        chapters = List.copyOf(chapters);
    }

    /**
     * One sentence as heard.
     *
     * @param part    the index in the script's parts of the sentence's first utterance, so that a caller who
     *                built the script can find its own sentence (a talking book's text fragment)
     * @param startMs where its speech starts
     * @param endMs   where its speech ends
     * @param text    the text as written
     */
    public record Cue(int part, long startMs, long endMs, String text) {
    }

    /**
     * A chapter: level 0 for the title, a heading, or a paragraph of an article without headings; level 1 for
     * a paragraph under a heading. A level-0 chapter ends where the next level-0 one starts; a level-1
     * chapter ends where the next chapter starts.
     */
    public record ChapterMark(String title, int level, long startMs, long endMs) {
    }
}
