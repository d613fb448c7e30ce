package org.accesspub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Data the jar carries xz-packed ({@code /packed/NAME.zip.xz}, made at build time by {@code src/build/PackData.java}
 * from what the dependencies ship): unpacked once into the user cache, {@code <cache>/NAME-<identity>/}, where the
 * folder appears by an atomic rename only when complete. Where the cache cannot be written, the pack is unpacked
 * into a temporary folder for this run.
 */
public final class BundledData {
    private static final ConcurrentHashMap<String, Path> UNPACKED = new ConcurrentHashMap<>();
    /** How long an older build's unpacked copy is kept after a newer build unpacks its own. */
    private static final java.time.Duration STALE_AFTER = java.time.Duration.ofDays(7);

    private BundledData() {
    }

    /** The resource of a pack, or null when this build carries none (the dependency's own files are used then). */
    public static URL pack(String name) {
        return BundledData.class.getResource("/packed/" + name + ".zip.xz");
    }

    /** The pack's entries as a zip stream, read straight from the jar (for callers that unpack it themselves). */
    public static ZipInputStream open(URL pack) throws IOException {
        return new ZipInputStream(new XZInputStream(pack.openStream()));
    }

    /** The folder holding the pack's files, unpacked on first use; null when there is no such pack. */
    public static Path unpacked(String name) {
        URL pack = pack(name);
        if (pack == null) {
            return null;
        }
        return UNPACKED.computeIfAbsent(name, n -> {
            try {
                return unpack(n, pack);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path unpack(String name, URL pack) throws IOException {
        Path dir = UserCache.root().resolve(name + "-" + UserCache.identity(pack));
        if (Files.isDirectory(dir)) {
            if (intact(dir)) {
                return dir;
            }
            deleteQuietly(dir); // a file cut short or removed (a disk that filled, a hand): unpacked again
        }
        try {
            Files.createDirectories(dir.getParent());
            Path temp = Files.createTempDirectory(dir.getParent(), name + ".tmp");
            try {
                unzip(open(pack), temp);
                writeManifest(temp);
                try {
                    Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                    if (!Files.isDirectory(dir)) { // else another process finished first: same bytes
                        throw e;
                    }
                }
            } finally {
                deleteQuietly(temp);
            }
            removeStale(dir.getParent(), java.util.regex.Pattern.quote(name) + "-[0-9a-f]+-[0-9]+", dir);
            return dir;
        } catch (IOException e) {
            // a read-only cache: unpack for this run only
            Path temp = Files.createTempDirectory("accesspub-" + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(temp)));
            unzip(open(pack), temp);
            return temp;
        }
    }

    /**
     * Removes what earlier builds unpacked beside {@code current} (folders of {@code root} whose names match
     * {@code names}, such as {@code hanlp-<crc>-<size>}) once untouched for a week: a newer build is in use,
     * and a run of an old one still going keeps the files it has open. Best effort: what cannot be removed
     * stays.
     */
    public static void removeStale(Path root, String names, Path current) {
        removeStale(root, names, current, STALE_AFTER);
    }

    static void removeStale(Path root, String names, Path current, java.time.Duration age) {
        java.util.regex.Pattern own = java.util.regex.Pattern.compile(names);
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(age));
        try (Stream<Path> siblings = Files.list(root)) {
            for (Path p : siblings.toList()) {
                if (!p.equals(current) && own.matcher(p.getFileName().toString()).matches()
                        && Files.getLastModifiedTime(p).compareTo(before) < 0) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException e) {
            // best effort
        }
    }

    /** The list of every unpacked file with its size, checked on every later use ({@link #intact}). */
    private static final String MANIFEST = ".sizes";

    private static void writeManifest(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(Files.size(f)).append(' ').append(dir.relativize(f).toString().replace('\\', '/')).append('\n');
            }
        }
        Files.writeString(dir.resolve(MANIFEST), sb.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether every file of the manifest is there at its size (a folder unpacked by an older build has none). */
    static boolean intact(Path dir) {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return true;
        }
        try {
            for (String line : Files.readAllLines(manifest, java.nio.charset.StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    Path f = dir.resolve(line.substring(space + 1));
                    if (!Files.isRegularFile(f) || Files.size(f) != Long.parseLong(line.substring(0, space))) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Writes every entry of {@code zip} under {@code dir}, refusing names that would leave it. */
    public static void unzip(InputStream zipStream, Path dir) throws IOException {
        try (ZipInputStream zip = zipStream instanceof ZipInputStream z ? z : new ZipInputStream(zipStream)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir) || target.equals(dir)) {
                    throw new IOException("bad entry " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Deletes a folder and everything in it (nothing when it does not exist). */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // best effort: a leftover folder is harmless
        }
    }
}
