package org.accesspub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The native libraries JNA and liblouis-java would otherwise unpack from the jar on every run (JNA's
 * jnidispatch, liblouis) travel in the {@code natives} pack ({@link BundledData}) for the platforms eSpeak NG is
 * built for, and are unpacked once into the user cache. {@link #prepare()} must run before JNA's first use: it
 * points JNA at its library there ({@code jna.boot.library.path}). Without the pack (classes on disk, in tests)
 * nothing changes and the libraries load from their own jars.
 */
public final class BundledNatives {
    static final String PACK = "natives";
    private static boolean prepared;
    private static Path dir;

    private BundledNatives() {
    }

    /** Points JNA at the unpacked jnidispatch of this platform, once per process. */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        dir = BundledData.unpacked(PACK);
        if (dir == null) {
            return;
        }
        Path jna = dir.resolve("com/sun/jna").resolve(com.sun.jna.Platform.RESOURCE_PREFIX);
        if (System.getProperty("jna.boot.library.path") == null && Files.isDirectory(jna)) {
            System.setProperty("jna.boot.library.path", jna.toString());
        }
    }

    /** The unpacked liblouis of this platform, or null (liblouis-java then loads its own). */
    public static synchronized Path liblouis() {
        prepare();
        if (dir == null) {
            return null;
        }
        Path platform = dir.resolve(com.sun.jna.Platform.RESOURCE_PREFIX);
        if (!Files.isDirectory(platform)) {
            return null;
        }
        try (Stream<Path> files = Files.list(platform)) {
            return files.filter(f -> f.getFileName().toString().startsWith("liblouis.")).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
