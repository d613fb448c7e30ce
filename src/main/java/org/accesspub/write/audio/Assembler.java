package org.accesspub.write.audio;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.speech.Pcm;

/**
 * Lays the utterances and pauses end to end into one sink and notes where each cue and chapter falls.
 * Silence is held back until more speech follows, so the audio starts and ends with only a short margin.
 */
final class Assembler {
    static final int LEAD_MS = 250;
    static final int TAIL_MS = 300;

    private final PcmSink sink;
    private final int rate;
    private final List<Timeline.Cue> cues = new ArrayList<>();
    private final List<Timeline.Spoken> spoken = new ArrayList<>();
    private final List<String> chapterTitles = new ArrayList<>();
    private final List<Long> chapterStarts = new ArrayList<>();
    private long written;
    private long pendingSilence;
    private boolean started;
    /** The last speech ended a moment ago with no pause or chapter since: the next is the same sentence. */
    private boolean sameSentence;

    Assembler(PcmSink sink, int rate) {
        this.sink = sink;
        this.rate = rate;
    }

    void pause(int millis) {
        pendingSilence += (long) millis * rate / 1000;
        sameSentence = false;
    }

    void chapter(String title) {
        sameSentence = false;
        long at = started ? written + pendingSilence : 0;
        chapterTitles.add(title);
        chapterStarts.add(at);
    }

    void speech(Pcm pcm, String display) {
        speech(pcm, display, -1);
    }

    /** @param part the utterance's index in the script's parts, or -1 when unknown */
    void speech(Pcm pcm, String display, int part) {
        if (pcm.length() == 0) {
            return;
        }
        if (!started) {
            pendingSilence = Math.min(pendingSilence, (long) LEAD_MS * rate / 1000);
            started = true;
        }
        flushSilence();
        long start = written;
        sink.write(pcm.samples(), 0, pcm.length());
        written += pcm.length();
        if (part >= 0) {
            // The talking books' clips start at the speech itself, 5 ms ahead of its first audible sample,
            // not at the margin the engine's silence was trimmed to.
            long lead = Math.max(0, onset(pcm.samples()) - rate / 200);
            spoken.add(new Timeline.Spoken(part, ms(start + lead), ms(written)));
        }
        if (sameSentence && !cues.isEmpty()) {
            // An English passage inside a Chinese sentence is its own utterance but not its own cue:
            // the transcript keeps one cue per sentence.
            Timeline.Cue last = cues.remove(cues.size() - 1);
            cues.add(new Timeline.Cue(last.startMs(), ms(written), join(last.text(), display)));
        } else {
            cues.add(new Timeline.Cue(ms(start), ms(written), display));
        }
        sameSentence = true;
    }

    /** The first sample within 40 dB of the loudest (never under -60 dBFS): where the speech becomes audible. */
    static int onset(short[] samples) {
        int threshold = Math.max(33, Loudness.peak(samples) / 100);
        int i = 0;
        while (i < samples.length && Math.abs((int) samples[i]) < threshold) {
            i++;
        }
        return Math.min(i, samples.length);
    }

    /** Chinese joins Chinese directly; a Latin word on either side keeps a space. */
    static String join(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before + after;
        }
        int a = before.codePointBefore(before.length());
        int b = after.codePointAt(0);
        boolean spaced = Character.isWhitespace(a) || Character.isWhitespace(b);
        return spaced || isWide(a) && isWide(b) ? before + after : before + " " + after;
    }

    private static boolean isWide(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == '“' || cp == '”';
    }

    /** Ends the audio; returns where everything is. */
    Timeline finish() {
        pendingSilence = Math.min(pendingSilence, (long) TAIL_MS * rate / 1000);
        flushSilence();
        long total = ms(written);
        List<Timeline.ChapterMark> chapters = new ArrayList<>();
        for (int i = 0; i < chapterTitles.size(); i++) {
            long start = Math.min(ms(chapterStarts.get(i)), total);
            long end = i + 1 < chapterTitles.size() ? Math.min(ms(chapterStarts.get(i + 1)), total) : total;
            chapters.add(new Timeline.ChapterMark(chapterTitles.get(i), start, Math.max(start, end)));
        }
        return new Timeline(cues, chapters, spoken, total);
    }

    private void flushSilence() {
        short[] zeros = new short[4096];
        while (pendingSilence > 0) {
            int n = (int) Math.min(zeros.length, pendingSilence);
            sink.write(zeros, 0, n);
            written += n;
            pendingSilence -= n;
        }
    }

    private long ms(long samples) {
        return Math.round(samples * 1000.0 / rate);
    }
}
