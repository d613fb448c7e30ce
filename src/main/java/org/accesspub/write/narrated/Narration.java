package org.accesspub.write.narrated;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.accesspub.write.audio.SpokenAudio;

/**
 * The narrow interface between the speech and the talking books: per sentence read aloud, the id of the element
 * that shows it and its clip in the book's one audio file, in reading order. Timings are the synthesis's own
 * (the speech recorder's cue for each sentence), never estimated.
 *
 * <p>Clips follow each other without gaps: a clip starts where its speech starts and runs to where the next
 * one starts, so players that jump clip to clip keep the pauses between sentences. The last runs to the end.
 *
 * @param audio      the MP3 file, as the audio output writes it (a scratch file of the conversion)
 * @param durationMs its length
 * @param narrator   engines and voices that spoke
 */
record Narration(Path audio, long durationMs, String narrator, List<Clip> clips) {
    Narration {
        clips = List.copyOf(clips);
    }

    /** One sentence said: the id of its element and where it lies in the audio, in milliseconds. */
    record Clip(String id, long beginMs, long endMs) {
        long durationMs() {
            return endMs - beginMs;
        }
    }

    /** The plan's pieces whose element the book shows ({@code shown}), timed by the synthesis. */
    static Narration of(ReadingPlan plan, SpokenAudio spoken, Predicate<String> shown) {
        Map<Integer, SpokenAudio.Clip> byPart = new HashMap<>();
        spoken.clips().forEach(c -> byPart.put(c.part(), c));
        List<String> ids = new ArrayList<>();
        List<Long> begins = new ArrayList<>();
        for (ReadingPlan.Piece p : plan.pieces()) {
            if (!shown.test(p.id())) {
                continue;
            }
            long begin = Long.MAX_VALUE;
            for (int part : p.parts()) {
                SpokenAudio.Clip c = byPart.get(part);
                if (c != null) {
                    begin = Math.min(begin, c.startMs());
                }
            }
            if (begin != Long.MAX_VALUE && (begins.isEmpty() || begin > begins.get(begins.size() - 1))) {
                ids.add(p.id());
                begins.add(begin);
            }
        }
        List<Clip> clips = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long end = i + 1 < ids.size() ? begins.get(i + 1) : spoken.durationMs();
            clips.add(new Clip(ids.get(i), begins.get(i), Math.max(begins.get(i), end)));
        }
        return new Narration(spoken.file(), spoken.durationMs(), spoken.narrator(), clips);
    }

    /** The length of everything the clips play: from the first speech to the end of the audio. */
    long playedMs() {
        return clips.stream().mapToLong(Clip::durationMs).sum();
    }
}
