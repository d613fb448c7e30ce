package org.accesspub.write.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * MP3 on every core: each segment (speech cut at a pause) is encoded on its own by jump3r (LAME in Java, {@link LameSegmentEncoder}) in a
 * pool of one thread per processor, and the segments are joined in order, frame-exactly. A segment starts on a
 * frame boundary; the frames between two segments are silent frames that take nothing from the bit
 * reservoir, so every segment's first frame starts clean and the join falls in silence. At most a few
 * segments are in flight, so memory stays bounded however long the book; the frames go to a scratch file
 * and are copied behind the ID3 tag and the Info/LAME frame at the end.
 */
final class Mp3Sink implements AudioSink {
    private static final byte[] DEFAULT_HEADER = {(byte) 0xFF, (byte) 0xF3, 0x60, (byte) 0xC4};
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "accesspub-mp3");
                t.setDaemon(true);
                return t;
            });

    private final Path target;
    private final Path scratch;
    private final OutputStream frames;
    private final int sampleRate;
    private final int kbps;
    private final int window = Runtime.getRuntime().availableProcessors() + 2;
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    private byte[] header = DEFAULT_HEADER;
    private long framesWritten;
    private long bytesWritten;

    private record Encoded(byte[] bytes, int length, int frames) {
    }

    private record Pending(long start, Future<Encoded> encoded) {
    }

    Mp3Sink(Path target, int sampleRate, int kbps) throws IOException {
        this.target = target;
        this.sampleRate = sampleRate;
        this.kbps = kbps;
        Path dir = target.toAbsolutePath().getParent();
        this.scratch = Files.createTempFile(dir, ".accesspub-frames." + org.accesspub.write.Leftovers.mark(), ".part");
        scratch.toFile().deleteOnExit(); // also when the conversion is stopped by a signal
        this.frames = new BufferedOutputStream(Files.newOutputStream(scratch), 1 << 16);
    }

    @Override
    public long align(long ideal) {
        return Math.round(ideal / (double) Mp3Frames.SAMPLES) * Mp3Frames.SAMPLES;
    }

    @Override
    public void segment(long start, short[] samples, int length) throws IOException {
        if (start % Mp3Frames.SAMPLES != 0) {
            throw new IllegalArgumentException("a segment must start on a frame: " + start);
        }
        inFlight.add(new Pending(start, POOL.submit(() -> encode(samples, length))));
        while (inFlight.size() > window) {
            drain();
        }
    }

    private Encoded encode(short[] samples, int length) {
        byte[] out = new LameSegmentEncoder(sampleRate, kbps)
                .encode(samples, length, (int) ((long) length * kbps * 1000 / 8 / sampleRate));
        return new Encoded(out, out.length, Mp3Frames.count(out, out.length));
    }

    /** Writes the oldest segment: silent frames up to its start, then its frames. */
    private void drain() throws IOException {
        Pending p = inFlight.remove();
        Encoded e;
        try {
            e = p.encoded().get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while encoding MP3", ex);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException("MP3 encoding failed", ex.getCause());
        }
        if (e.frames() > 0 && framesWritten == 0) {
            header = java.util.Arrays.copyOf(e.bytes(), 4);
        }
        silence(p.start() / Mp3Frames.SAMPLES - framesWritten);
        frames.write(e.bytes(), 0, e.length());
        framesWritten += e.frames();
        bytesWritten += e.length();
    }

    private void silence(long count) throws IOException {
        if (count < 0) {
            throw new IllegalStateException("a segment starts " + -count + " frames inside the previous one");
        }
        byte[] silent = Mp3Frames.silent(header);
        for (long i = 0; i < count; i++) {
            frames.write(silent);
        }
        framesWritten += count;
        bytesWritten += count * silent.length;
    }

    @Override
    public void finish(long totalSamples, byte[] tag) throws IOException {
        while (!inFlight.isEmpty()) {
            drain();
        }
        long needed = (totalSamples + Mp3Frames.ENCODER_DELAY + Mp3Frames.SAMPLES - 1) / Mp3Frames.SAMPLES;
        silence(Math.max(0, needed - framesWritten));
        frames.close();
        long padding = framesWritten * Mp3Frames.SAMPLES - Mp3Frames.ENCODER_DELAY - totalSamples;
        byte[] info = Mp3Frames.info(header, Math.toIntExact(framesWritten), bytesWritten, Mp3Frames.ENCODER_DELAY,
                (int) padding, kbps);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            o.write(tag);
            o.write(info);
            Files.copy(scratch, o);
        }
    }

    @Override
    public void close() throws IOException {
        for (Pending p : inFlight) {
            p.encoded().cancel(true);
        }
        inFlight.clear();
        frames.close();
        Files.deleteIfExists(scratch);
    }
}
