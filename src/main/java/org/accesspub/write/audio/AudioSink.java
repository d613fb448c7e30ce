package org.accesspub.write.audio;

import java.io.IOException;

/**
 * Where the assembled audio goes, one segment at a time, in order: an MP3 file encoded in parallel or a WAV
 * file. A segment is speech with the silence inside it; silence between segments is the sink's to fill.
 */
interface AudioSink extends AutoCloseable {
    /** The position (in samples) nearest to {@code ideal} at which a segment can start. */
    long align(long ideal);

    /** The segment's samples, starting at {@code start} (an aligned position after the previous segment). */
    void segment(long start, short[] samples, int length) throws IOException;

    /** Ends the audio at {@code totalSamples} and writes the file, {@code tag} (may be empty) first. */
    void finish(long totalSamples, byte[] tag) throws IOException;

    /** Releases what an unfinished sink holds. */
    @Override
    void close() throws IOException;
}
