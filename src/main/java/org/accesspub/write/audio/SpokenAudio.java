package org.accesspub.write.audio;

import java.nio.file.Path;
import java.util.List;
import org.accesspub.speech.SpokenScript;

/**
 * One synthesis of an article: the finished audio file and where every utterance of its script lies in it.
 * The audio output writes it as it is; the talking books put the same file inside and time their text by it.
 *
 * @param file       the audio file as written ({@code mp3} with its ID3 tag, or {@code wav}), a scratch file of the
 *                   conversion: outputs copy it, none holds it in memory
 * @param extension  {@code mp3} or {@code wav}
 * @param script     what was said
 * @param clips      one per sentence said, in order (the recorder's cues)
 * @param durationMs the length of the audio
 * @param narrator   the engines and voices that spoke, e.g. {@code eSpeak NG 1.52 (cmn)}
 * @param transcript the WebVTT transcript
 */
public record SpokenAudio(Path file, String extension, SpokenScript script, List<Clip> clips, long durationMs,
                          String narrator, String transcript) {
    public SpokenAudio {
        clips = List.copyOf(clips);
    }

    /**
     * Where one sentence lies, in milliseconds from the start of the audio as a gapless player plays it;
     * {@code part} is the index in the script's parts of its first utterance.
     */
    public record Clip(int part, long startMs, long endMs) {
    }
}
