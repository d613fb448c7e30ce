package org.accesspub.write.audio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accesspub.speech.Pcm;

/**
 * Lays the utterances and pauses end to end and notes where each cue and chapter falls. The audio leaves in
 * segments of several seconds, each cut in a pause, so that a sink can encode them independently and in
 * parallel; the sink may move a segment's start by a fraction of a frame, and the times follow it exactly.
 * Silence is held back until more speech follows, so the audio starts and ends with only a short margin.
 */
final class Assembler {
    static final int LEAD_MS = 250;
    /** Every file ends with this much silence (0.5–1 s), so a player does not stop dead on the last word. */
    static final int TAIL_MS = 700;
    /** A segment is cut at the first pause after it holds this much audio. */
    static final int SEGMENT_MS = 8000;
    /** Only a pause at least this long is a cut: room for the encoder's delay and padding. */
    static final int MIN_CUT_MS = 300;
    /**
     * A sentence cut into pieces ({@code UtteranceCuts}) that runs on this long gets a pause of {@link #MIN_CUT_MS}
     * between two pieces, where the segment is cut: a segment never holds more than about this much audio.
     */
    static final int LONG_SEGMENT_MS = 60_000;

    private final AudioSink sink;
    private final int rate;
    private final List<Timeline.Cue> cues = new ArrayList<>();
    /** The sentence being heard: its cue is added when the next one starts (its text may come in many pieces). */
    private final StringBuilder openText = new StringBuilder();
    private int openPart = -1;
    private long openStart;
    private long openEnd;
    private final List<String> chapterTitles = new ArrayList<>();
    private final List<Integer> chapterLevels = new ArrayList<>();
    private final List<Long> chapterStarts = new ArrayList<>(); // samples; -1 until the next speech starts
    private int unresolved; // chapters from here on may still wait for their start
    private short[] segment = new short[1 << 16];
    private int segmentLength;
    private long segmentStart;
    private long pendingSilence;
    private boolean started;
    /** The last speech ended a moment ago with no pause or chapter since: the next is the same sentence. */
    private boolean sameSentence;

    Assembler(AudioSink sink, int rate) {
        this.sink = sink;
        this.rate = rate;
    }

    void pause(int millis) {
        pendingSilence += (long) millis * rate / 1000;
        sameSentence = false;
    }

    void chapter(String title, int level) {
        sameSentence = false;
        chapterTitles.add(title);
        chapterLevels.add(level);
        chapterStarts.add(started ? -1L : 0L);
    }

    /** Adds one utterance's speech; {@code part} is its index in the script. */
    void speech(Pcm pcm, String display, int part) throws IOException {
        if (pcm.length() == 0) {
            return;
        }
        if (!started) {
            started = true;
            silence(Math.min(pendingSilence, (long) LEAD_MS * rate / 1000));
        } else if (segmentLength >= (long) SEGMENT_MS * rate / 1000 && pendingSilence >= (long) MIN_CUT_MS * rate / 1000
                || segmentLength >= (long) LONG_SEGMENT_MS * rate / 1000) {
            pendingSilence = Math.max(pendingSilence, (long) MIN_CUT_MS * rate / 1000);
            long end = segmentStart + segmentLength;
            sink.segment(segmentStart, segment, segmentLength);
            segment = new short[Math.max(1 << 16, segmentLength)]; // the sink may still be reading the old one
            segmentLength = 0;
            segmentStart = sink.align(end + pendingSilence);
        } else {
            silence(pendingSilence);
        }
        pendingSilence = 0;
        long start = segmentStart + segmentLength;
        append(pcm.samples(), pcm.length());
        for (int i = unresolved; i < chapterStarts.size(); i++) { // the chapters since the last speech
            if (chapterStarts.get(i) < 0) {
                chapterStarts.set(i, start);
            }
        }
        unresolved = chapterStarts.size();
        long end = segmentStart + segmentLength;
        if (!sameSentence || openPart < 0) {
            // An English passage inside a Chinese sentence is its own utterance but not its own cue:
            // the transcript keeps one cue per sentence.
            closeCue();
            openPart = part;
            openStart = start;
        }
        openText.append(display);
        openEnd = end;
        sameSentence = true;
    }

    /**
     * The utterances of one sentence are consecutive pieces of its text, spaces included: joined as they are,
     * they give the sentence as the article writes it ({@code help@example.org}, {@code (at least}).
     */
    static String join(String before, String after) {
        return before + after;
    }

    private void closeCue() {
        if (openPart >= 0) {
            cues.add(new Timeline.Cue(openPart, ms(openStart), ms(openEnd), openText.toString()));
            openText.setLength(0);
            openPart = -1;
        }
    }

    /** Ends the audio and hands the last segment over; returns where everything is. */
    Timeline finish() throws IOException {
        closeCue();
        silence((long) TAIL_MS * rate / 1000); // every file ends with a moment of silence
        pendingSilence = 0;
        long totalSamples = segmentStart + segmentLength;
        if (segmentLength > 0) {
            sink.segment(segmentStart, segment, segmentLength);
        }
        long total = ms(totalSamples);
        List<Timeline.ChapterMark> chapters = new ArrayList<>();
        for (int i = 0; i < chapterTitles.size(); i++) {
            long start = chapterStarts.get(i) < 0 ? total : ms(chapterStarts.get(i));
            int level = chapterLevels.get(i);
            long end = total;
            for (int j = i + 1; j < chapterTitles.size(); j++) {
                if (chapterLevels.get(j) <= level || level > 0) {
                    end = chapterStarts.get(j) < 0 ? total : ms(chapterStarts.get(j));
                    break;
                }
            }
            chapters.add(new Timeline.ChapterMark(chapterTitles.get(i), level, start, Math.max(start, end)));
        }
        return new Timeline(cues, chapters, total);
    }

    long totalSamples() {
        return segmentStart + segmentLength;
    }

    private void silence(long samples) {
        if (samples <= 0) {
            return;
        }
        ensure(segmentLength + samples);
        Arrays.fill(segment, segmentLength, (int) (segmentLength + samples), (short) 0);
        segmentLength += (int) samples;
    }

    private void append(short[] s, int n) {
        ensure(segmentLength + (long) n);
        System.arraycopy(s, 0, segment, segmentLength, n);
        segmentLength += n;
    }

    private void ensure(long size) {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("one sentence is too long to speak");
        }
        if (size > segment.length) {
            segment = Arrays.copyOf(segment, (int) Math.max(size, Math.min(Integer.MAX_VALUE - 8, segment.length * 2L)));
        }
    }

    private long ms(long samples) {
        return Math.round(samples * 1000.0 / rate);
    }
}
