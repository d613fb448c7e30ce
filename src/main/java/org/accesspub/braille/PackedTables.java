package org.accesspub.braille;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accesspub.BundledData;
import org.liblouis.TableResolver;

/**
 * liblouis's tables from the {@code liblouis-tables} pack the jar carries ({@link BundledData}: the tables of
 * {@link BrailleTable} and every file they include, 0.5 MB instead of 0.7), unpacked once into the user cache.
 * Tables live in one flat folder, so a name resolves to the file of that name there whoever includes it. A
 * table list ({@code en-ueb-g2.ctb,hyph_en_US.dic}) resolves, as liblouis-java's own resolver does it, to a
 * small table of this run that includes each.
 */
final class PackedTables implements TableResolver {
    static final String PACK = "liblouis-tables";
    private static final String FOLDER = "org/liblouis/resource-files/tables";

    private final Path dir;
    private final Map<String, URL> lists = new ConcurrentHashMap<>();

    private PackedTables(Path dir) {
        this.dir = dir;
    }

    /** The resolver for the pack, or null when the jar carries none (liblouis-java's own resolver is used). */
    static PackedTables bundled() {
        Path root = BundledData.unpacked(PACK);
        return root == null ? null : new PackedTables(root.resolve(FOLDER));
    }

    @Override
    public URL resolve(String table, URL base) {
        if (table.contains(",")) {
            return lists.computeIfAbsent(table, this::aggregate);
        }
        String name = table.substring(Math.max(table.lastIndexOf('/'), table.lastIndexOf('\\')) + 1);
        Path file = dir.resolve(name).normalize();
        if (name.isEmpty() || !dir.equals(file.getParent()) || !Files.isRegularFile(file)) {
            return null;
        }
        return url(file);
    }

    private URL aggregate(String list) {
        StringBuilder includes = new StringBuilder();
        for (String name : list.split(",")) {
            if (resolve(name.strip(), null) == null) {
                return null;
            }
            includes.append("include ").append(name.strip()).append('\n');
        }
        try {
            Path file = Files.createTempFile("accesspub-louis-", ".tbl");
            file.toFile().deleteOnExit();
            Files.writeString(file, includes, StandardCharsets.US_ASCII);
            return url(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Set<String> list() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
