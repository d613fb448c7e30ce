package org.accesspub.write.audio;

import java.nio.charset.StandardCharsets;

/**
 * MPEG-2 Layer III frames at 22.05 kHz, mono, 48 kbit/s, as the audio writer joins them: the length of a frame
 * from its header, a silent frame for pauses between independently encoded segments, and the leading
 * Xing "Info" frame with a LAME tag (frame count, byte count, encoder delay and padding), which lets players
 * show the exact duration and drop the encoder's delay and padding for gapless playback.
 */
final class Mp3Frames {
    /** Samples in one MPEG-2 Layer III frame (one granule). */
    static final int SAMPLES = 576;
    /** LAME's encoder delay for Layer III: decoded speech starts this many samples after the first frame. */
    static final int ENCODER_DELAY = 576;

    private static final int[] MPEG2_L3_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[] MPEG2_RATES = {22050, 24000, 16000};
    /** LAME writes its tag in a 64 kbit/s frame at MPEG-2 rates, so that the tag and table fit. */
    private static final int INFO_KBPS_INDEX = 8;

    private Mp3Frames() {
    }

    /** The byte length of the frame whose header starts at {@code at}, or -1 when there is no MPEG-2 L3 header. */
    static int length(byte[] b, int at) {
        if (at + 4 > b.length || (b[at] & 0xFF) != 0xFF || (b[at + 1] & 0xFE) != 0xF2) {
            return -1;
        }
        int kbps = MPEG2_L3_KBPS[(b[at + 2] >> 4) & 0x0F];
        int rateIndex = (b[at + 2] >> 2) & 0x03;
        if (kbps == 0 || rateIndex == 3) {
            return -1;
        }
        return 72_000 * kbps / MPEG2_RATES[rateIndex] + ((b[at + 2] >> 1) & 1);
    }

    /** Counts the frames of an encoded stream, checking that it is nothing but whole frames. */
    static int count(byte[] b, int length) {
        int frames = 0;
        for (int at = 0; at < length; ) {
            int n = length(b, at);
            if (n <= 0 || at + n > length) {
                throw new IllegalStateException("encoder output is not whole MPEG-2 Layer III frames at byte " + at);
            }
            at += n;
            frames++;
        }
        return frames;
    }

    /**
     * A frame that decodes to silence: the stream's header (no padding) and side information of zeros, so no
     * spectral values, and no main data taken from the bit reservoir.
     */
    static byte[] silent(byte[] header) {
        byte[] h = header.clone();
        h[2] &= ~0x02; // no padding byte
        byte[] f = new byte[length(h, 0)];
        System.arraycopy(h, 0, f, 0, 4);
        return f;
    }

    /**
     * The Xing "Info" frame (constant bit rate) with a LAME tag, placed before the first audio frame.
     *
     * @param header  the header of the stream's frames (version, rate, mode are copied)
     * @param frames  the number of audio frames after this one
     * @param bytes   the size of the audio frames after this one
     * @param delay   samples at the start that are the encoder's, not the speech
     * @param padding samples at the end that are padding
     * @param kbps    the stream's bit rate, recorded as LAME does
     */
    static byte[] info(byte[] header, int frames, long bytes, int delay, int padding, int kbps) {
        if (delay < 0 || delay > 4095 || padding < 0 || padding > 4095) {
            throw new IllegalArgumentException("delay " + delay + " or padding " + padding + " out of the LAME tag's range");
        }
        byte[] h = header.clone();
        h[2] = (byte) ((h[2] & 0x0F & ~0x02) | INFO_KBPS_INDEX << 4);
        byte[] f = new byte[length(h, 0)];
        System.arraycopy(h, 0, f, 0, 4);
        int p = 4 + 9; // MPEG-2 mono side information is 9 bytes
        p = put(f, p, "Info".getBytes(StandardCharsets.US_ASCII));
        p = int32(f, p, 0x0F); // frames, bytes, table of contents, quality
        p = int32(f, p, frames);
        p = int32(f, p, bytes + f.length);
        for (int i = 0; i < 100; i++) {
            f[p++] = (byte) (i * 256 / 100); // constant bit rate: position grows with time
        }
        p = int32(f, p, 50); // quality indicator as LAME writes for -q 5
        int lame = p;
        p = put(f, p, "LAME3.100".getBytes(StandardCharsets.US_ASCII));
        f[p++] = 0x01; // tag revision 0, method 1: constant bit rate
        f[p++] = (byte) 100; // low-pass, in hundreds of Hz (10 kHz)
        p += 4 + 2 + 2; // peak and replay gains: not computed
        f[p++] = 0; // encoding flags, ATH type
        f[p++] = (byte) Math.min(255, kbps);
        f[p++] = (byte) (delay >> 4);
        f[p++] = (byte) ((delay & 0x0F) << 4 | (padding >> 8));
        f[p++] = (byte) padding;
        f[p++] = 0; // misc: no noise shaping info, stereo mode mono
        f[p++] = 0; // MP3 gain
        p += 2; // surround and preset
        p = int32(f, p, (int) (bytes + f.length)); // music length: this frame and the audio after it
        p += 2; // music CRC: not computed (optional)
        int crc = crc16(f, 0, p);
        f[p++] = (byte) (crc >> 8);
        f[p] = (byte) crc;
        assert p - lame == 35;
        return f;
    }

    /** CRC-16 as LAME computes its tag's: polynomial 0x8005, reflected, initial value 0. */
    static int crc16(byte[] b, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= b[i] & 0xFF;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc & 0xFFFF;
    }

    private static int put(byte[] f, int p, byte[] v) {
        System.arraycopy(v, 0, f, p, v.length);
        return p + v.length;
    }

    private static int int32(byte[] f, int p, long v) {
        f[p] = (byte) (v >> 24);
        f[p + 1] = (byte) (v >> 16);
        f[p + 2] = (byte) (v >> 8);
        f[p + 3] = (byte) v;
        return p + 4;
    }
}
