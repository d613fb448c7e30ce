package org.accesspub.write.audio;

import java.util.List;

/**
 * Where things are in the finished audio, in milliseconds from its start.
 *
 * @param cues       one per sentence (utterances said without a pause between them share one), with the text shown in the transcript
 * @param chapters   one per chapter of the script, each ending where the next begins
 * @param spoken     one per utterance that made a sound: its index in the script's parts and where it lies
 * @param durationMs the length of the whole audio
 */
record Timeline(List<Cue> cues, List<ChapterMark> chapters, List<Spoken> spoken, long durationMs) {
    Timeline {
        cues = List.copyOf(cues);
        chapters = List.copyOf(chapters);
        spoken = List.copyOf(spoken);
    }

    Timeline(List<Cue> cues, List<ChapterMark> chapters, long durationMs) {
        this(cues, chapters, List.of(), durationMs);
    }

    record Spoken(int part, long startMs, long endMs) {
    }

    record Cue(long startMs, long endMs, String text) {
    }

    record ChapterMark(String title, long startMs, long endMs) {
    }
}
