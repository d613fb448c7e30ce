package org.accesspub.write.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** 16-bit mono PCM streamed into a RIFF/WAVE file; the sizes in its header are filled in at the end. */
final class WavSink implements AudioSink {
    private static final int HEADER = 44;
    private final int sampleRate;
    private final FileChannel channel;
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private long written;

    WavSink(Path file, int sampleRate) throws IOException {
        this.sampleRate = sampleRate;
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.CREATE);
        this.out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
        out.write(new byte[HEADER]);
    }

    @Override
    public long align(long ideal) {
        return ideal;
    }

    @Override
    public void segment(long start, short[] samples, int length) throws IOException {
        silence(start - written);
        for (int i = 0; i < length; ) {
            int n = Math.min(length - i, buffer.length / 2);
            for (int k = 0; k < n; k++) {
                short s = samples[i + k];
                buffer[2 * k] = (byte) s;
                buffer[2 * k + 1] = (byte) (s >> 8);
            }
            out.write(buffer, 0, 2 * n);
            i += n;
        }
        written += length;
    }

    private void silence(long samples) throws IOException {
        if (samples < 0) {
            throw new IllegalStateException("segment overlaps the previous one by " + -samples + " samples");
        }
        java.util.Arrays.fill(buffer, (byte) 0);
        for (long left = samples * 2; left > 0; ) {
            int n = (int) Math.min(left, buffer.length);
            out.write(buffer, 0, n);
            left -= n;
        }
        written += samples;
    }

    @Override
    public void finish(long totalSamples, byte[] tag) throws IOException {
        silence(totalSamples - written);
        out.flush();
        long size = written * 2;
        if (size > 0xFFFFFFFFL - 36) {
            throw new IOException("the audio is too long for a WAV file (4 GB); use --audio-format mp3");
        }
        ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt((int) (36 + size));
        h.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        h.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        h.putShort((short) 1).putShort((short) 1).putInt(sampleRate).putInt(sampleRate * 2);
        h.putShort((short) 2).putShort((short) 16);
        h.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) size);
        h.flip();
        channel.write(h, 0);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
