package org.accesspub.write;

import java.io.IOException;
import java.io.OutputStream;
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
 * The files one conversion writes, {@code DIR/<base>.<ext>}. Writers write to hidden temporary
 * files beside the targets; {@link #commit()} moves them into place together, {@link #discard()}
 * deletes them, so a failed conversion never leaves a partial output.
 */
public final class OutputFiles implements AutoCloseable {
    private final Path dir;
    private final String baseName;
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    private final List<Path> committed = new ArrayList<>();

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

    /** A temporary file to write {@code <base>.<extension>} to; it becomes the target on commit. */
    public Path create(String extension) throws IOException {
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + baseName + "." + extension + ".", ".part");
        pending.put(temp, target(extension));
        return temp;
    }

    public OutputStream open(String extension) throws IOException {
        return Files.newOutputStream(create(extension));
    }

    /** Moves every written file into place and returns their paths. */
    public List<Path> commit() throws IOException {
        for (Map.Entry<Path, Path> e : pending.entrySet()) {
            readableByAll(e.getKey());
            try {
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING);
            }
            committed.add(e.getValue());
        }
        pending.clear();
        return List.copyOf(committed);
    }

    /** Temporary files are made private (0600); a finished handout is for everyone to read. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Deletes what was written and not committed. */
    public void discard() throws IOException {
        for (Path temp : pending.keySet()) {
            Files.deleteIfExists(temp);
        }
        pending.clear();
    }

    @Override
    public void close() throws IOException {
        discard();
    }
}
