package org.accesspub.write.audio;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/** MPEG Layer III through jump3r (LAME ported to Java): mono, constant bit rate. */
final class Mp3Sink implements PcmSink {
    private final LameEncoder encoder;
    private final byte[] pcm;
    private final byte[] mp3;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int filled;

    Mp3Sink(int sampleRate, int kbps) {
        AudioFormat source = new AudioFormat(sampleRate, 16, 1, true, false);
        encoder = new LameEncoder(source, kbps, LameEncoder.CHANNEL_MODE_MONO, LameEncoder.QUALITY_MIDDLE, false);
        pcm = new byte[encoder.getPCMBufferSize()];
        mp3 = new byte[encoder.getMP3BufferSize()];
    }

    @Override
    public void write(short[] samples, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            pcm[filled++] = (byte) samples[i];
            pcm[filled++] = (byte) (samples[i] >> 8);
            if (filled == pcm.length) {
                flush();
            }
        }
    }

    private void flush() {
        int n = encoder.encodeBuffer(pcm, 0, filled, mp3);
        out.write(mp3, 0, n);
        filled = 0;
    }

    @Override
    public byte[] finish() {
        if (filled > 0) {
            flush();
        }
        int n = encoder.encodeFinish(mp3);
        out.write(mp3, 0, n);
        encoder.close();
        return out.toByteArray();
    }
}
