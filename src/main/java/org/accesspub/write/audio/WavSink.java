package org.accesspub.write.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** 16-bit mono PCM in a RIFF/WAVE file. */
final class WavSink implements PcmSink {
    private final int sampleRate;
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    WavSink(int sampleRate) {
        this.sampleRate = sampleRate;
    }

    @Override
    public void write(short[] samples, int offset, int length) {
        byte[] b = new byte[length * 2];
        for (int i = 0; i < length; i++) {
            b[2 * i] = (byte) samples[offset + i];
            b[2 * i + 1] = (byte) (samples[offset + i] >> 8);
        }
        data.write(b, 0, b.length);
    }

    @Override
    public byte[] finish() {
        int size = data.size();
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + size);
        h.put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        h.put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16);
        h.putShort((short) 1).putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2);
        h.putShort((short) 2).putShort((short) 16);
        h.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(size);
        ByteArrayOutputStream all = new ByteArrayOutputStream(44 + size);
        all.write(h.array(), 0, 44);
        all.write(data.toByteArray(), 0, size);
        return all.toByteArray();
    }
}
