package org.accesspub.write.audio;

import java.util.List;

/**
 * Where things are in the finished audio, in milliseconds from its start.
 *
 * @param cues       one per sentence (utterances said without a pause between them share one), with the text shown in the transcript
 * @param chapters   one per chapter of the script, each ending where the next begins
 * @param durationMs the length of the whole audio
 */
record Timeline(List<Cue> cues, List<ChapterMark> chapters, long durationMs) {
    Timeline {
        cues = List.copyOf(cues);
        chapters = List.copyOf(chapters);
    }

    record Cue(long startMs, long endMs, String text) {
    }

    record ChapterMark(String title, long startMs, long endMs) {
    }
}
