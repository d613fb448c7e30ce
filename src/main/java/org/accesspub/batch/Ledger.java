package org.accesspub.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A shard's ledger, {@code OUT/ledger/<K>-of-<N>.jsonl}: one JSON line appended per article as it ends.
 * Each line is written whole under a lock, so two runs of the same shard at once (or their threads)
 * never interleave.
 */
public final class Ledger {
    public static final String FOLDER = "ledger";
    /** Java's file locks belong to the whole JVM: threads of one process take turns here first. */
    private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();
    private final Path file;

    public Ledger(Path outDir, Shard shard) {
        this.file = outDir.resolve(FOLDER).resolve(shard.label() + ".jsonl");
    }

    public Path file() {
        return file;
    }

    public void append(LedgerLine line) throws IOException {
        byte[] bytes = (Json.line(line.toJson()) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent());
        Object lock = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Object());
        synchronized (lock) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock l = ch.lock()) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        }
    }
}
