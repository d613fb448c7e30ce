package org.accesspub.write;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one conversion writes, {@code DIR/<base>.<ext>}, for every format of one input. Writers
 * write to hidden temporary files beside the targets ({@link #open}); {@link #commit()} moves all of
 * them into place together, replacing the previous set, or restores the previous set if any move
 * fails; {@link #close()} deletes what was not committed. Temporary files are also removed when the
 * JVM is stopped (Ctrl-C, SIGTERM) — see {@link TempFiles}. Thread-safe: writers of several formats
 * may write at the same time.
 */
public final class OutputFiles implements AutoCloseable {
    /** Most file systems allow 255 bytes in a name. */
    static final int MAX_NAME_BYTES = 255;
    /** Temporary names keep at most this much of the base name, so a long base name still fits. */
    private static final int TEMP_PREFIX_CHARS = 24;

    private final Path dir;
    private final String baseName;
    private final Map<Path, Path> pending = new LinkedHashMap<>(); // temp -> target
    private final List<Path> scratch = new ArrayList<>(); // the conversion's own files, never committed
    private final List<Path> committed = new ArrayList<>();
    private boolean closed;
    private IOException failure;

    public OutputFiles(Path dir, String baseName) {
        this.dir = dir;
        this.baseName = baseName;
    }

    public String baseName() {
        return baseName;
    }

    /** The final path of the file with this extension. */
    public Path target(String extension) {
        return dir.resolve(baseName + "." + extension);
    }

    /**
     * A temporary file to write {@code <base>.<extension>} to; it becomes the target on commit. Prefer
     * {@link #open}: a path handed out here can be reopened after a shutdown has removed it.
     */
    public synchronized Path create(String extension) throws IOException {
        if (closed) {
            throw new IOException("the conversion was stopped");
        }
        String target = baseName + "." + extension;
        if (target.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw new IOException("the file name " + target + " is longer than " + MAX_NAME_BYTES
                    + " bytes: rename the input to something shorter");
        }
        Files.createDirectories(dir);
        Leftovers.sweep(dir);
        Path temp = Files.createTempFile(dir, "." + shortPrefix() + "." + extension + "." + Leftovers.mark(), ".part");
        pending.put(temp, target(extension));
        if (!TempFiles.track(this)) {
            abandon();
            throw new IOException("the conversion was stopped");
        }
        return temp;
    }

    /**
     * A hidden file for the conversion's own use, never committed: what several formats share and none writes as
     * it is (the speech the talking books carry). Deleted with the temporary files: on commit, on discard, and
     * when the JVM stops.
     */
    public synchronized Path scratch(String extension) throws IOException {
        if (closed) {
            throw new IOException("the conversion was stopped");
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + shortPrefix() + "." + extension + "." + Leftovers.mark(), ".part");
        scratch.add(temp);
        if (!TempFiles.track(this)) {
            abandon();
            throw new IOException("the conversion was stopped");
        }
        return temp;
    }

    /**
     * A stream to the temporary file of {@code <base>.<extension>}. The first I/O error on any such
     * stream is kept ({@link #failure()}): libraries often log it and throw their own exception.
     */
    public synchronized OutputStream open(String extension) throws IOException {
        return new Recording(Files.newOutputStream(create(extension)));
    }

    /**
     * The files written and not yet committed, by extension ({@code pdf}, {@code narrated.epub}), each at
     * its temporary path: what the self-check report reads its facts from and the validators check.
     */
    public synchronized Map<String, Path> pendingByExtension() {
        Map<String, Path> byExtension = new LinkedHashMap<>();
        String prefix = baseName + ".";
        pending.forEach((temp, target) -> byExtension.put(target.getFileName().toString().substring(prefix.length()), temp));
        return byExtension;
    }

    /** The first error met while writing an output file, or null: a full disk shows here. */
    public synchronized IOException failure() {
        return failure;
    }

    private synchronized void failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** Passes everything through and notes the first I/O error. */
    private final class Recording extends FilterOutputStream {
        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failed(e);
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failed(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failed(e);
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                failed(e);
                throw e;
            }
        }
    }

    private String shortPrefix() {
        if (baseName.codePointCount(0, baseName.length()) <= TEMP_PREFIX_CHARS) {
            return baseName;
        }
        return baseName.substring(0, baseName.offsetByCodePoints(0, TEMP_PREFIX_CHARS));
    }

    /**
     * Moves every written file into place and returns their paths. The files that were there before
     * are set aside first and restored if any move fails, so the folder holds either the whole new
     * set or the whole old one.
     */
    public synchronized List<Path> commit() throws IOException {
        if (closed) {
            throw new IOException("the conversion was stopped");
        }
        Map<Path, Path> backups = new LinkedHashMap<>(); // target -> backup of the previous file
        List<Path> placed = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> e : pending.entrySet()) {
                readableByAll(e.getKey());
                Path target = e.getValue();
                if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(target + " is a folder: move it away or choose another folder with -o");
                }
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Path backup = Files.createTempFile(dir, "." + shortPrefix() + "." + Leftovers.mark(), ".old");
                    try {
                        move(target, backup);
                    } catch (IOException | RuntimeException failed) {
                        Files.deleteIfExists(backup); // nothing hidden is left behind
                        throw failed;
                    }
                    backups.put(target, backup);
                }
            }
            for (Map.Entry<Path, Path> e : pending.entrySet()) {
                move(e.getKey(), e.getValue());
                placed.add(e.getValue());
            }
        } catch (IOException | RuntimeException e) {
            rollBack(placed, backups, e);
            throw e;
        }
        for (Path backup : backups.values()) {
            Files.deleteIfExists(backup);
        }
        committed.addAll(placed);
        pending.clear();
        deleteScratch();
        TempFiles.untrack(this);
        return List.copyOf(committed);
    }

    private static void rollBack(List<Path> placed, Map<Path, Path> backups, Exception failure) {
        try {
            for (Path p : placed) {
                Files.deleteIfExists(p);
            }
            for (Map.Entry<Path, Path> b : backups.entrySet()) {
                move(b.getValue(), b.getKey());
            }
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Temporary files are made private (0600); a finished handout is for everyone to read. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Deletes what was written and not committed. */
    public synchronized void discard() throws IOException {
        IOException first = null;
        for (Path temp : pending.keySet()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        pending.clear();
        deleteScratch();
        TempFiles.untrack(this);
        if (first != null) {
            throw first;
        }
    }

    /** True once {@link #abandon()} was called: the job was stopped and writers should stop too. */
    public synchronized boolean stopped() {
        return closed;
    }

    private void deleteScratch() {
        for (Path p : scratch) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a hidden file left behind is swept by the next run in the folder (Leftovers)
            }
        }
        scratch.clear();
    }

    /**
     * Deletes what was not committed and refuses any further file and any commit: the JVM is stopping,
     * or the conversion ran out of time.
     */
    public synchronized void abandon() {
        closed = true;
        try {
            discard();
        } catch (IOException e) {
            // stopping anyway; nothing more can be done
        }
    }

    @Override
    public void close() throws IOException {
        discard();
    }
}
