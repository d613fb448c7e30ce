package org.accesspub.write.audio;

/** Where the assembled samples go: an MP3 encoder or a WAV buffer. */
interface PcmSink {
    void write(short[] samples, int offset, int length);

    /** The encoded audio, without tags. */
    byte[] finish();
}
