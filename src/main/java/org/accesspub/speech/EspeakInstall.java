package org.accesspub.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.accesspub.AccesspubException;
import org.accesspub.BundledData;

/**
 * The bundled libespeak-ng and its data, unpacked once per user into
 * {@code <cache>/accesspub/espeak-<hash>/}. The folder name is the hash of what the jar carries, and
 * the folder only appears (by an atomic rename) once it is complete, so a half-written cache is never used;
 * the library's own hash is checked again before every load.
 *
 * @param library the native library file
 * @param data    the espeak-ng-data folder
 */
record EspeakInstall(Path library, Path data) {
    /** The jar carries the data xz-packed (see {@link BundledData}); without the pack, piper-jni's own zip. */
    private static final String DATA_PACK = "espeak-ng-data";
    private static final String DATA_ZIP = "/espeak-ng-data.zip";
    private static final String NATIVE_PACK = "espeak-ng-native";
    private static final String READY = ".complete";

    /** Unpacks (if needed) and returns the bundled library for this machine. */
    static EspeakInstall bundled() {
        return bundled(cacheRoot());
    }

    /** The same, unpacked under another cache folder (tests use a temporary one). */
    static EspeakInstall bundled(Path cacheRoot) {
        String libResource = nativeResource();
        try {
            // named by what the jar carries (cheap identities, no reading of the packs); the library's bytes
            // are hashed when unpacked and checked against that hash on every run
            String key = HexFormat.of().formatHex(sha256().digest((libraryIdentity(libResource) + " " + libResource
                    + " " + dataIdentity()).getBytes(StandardCharsets.US_ASCII))).substring(0, 16);
            Path dir = cacheRoot.resolve("espeak-" + key);
            String libName = libResource.substring(libResource.lastIndexOf('/') + 1);
            if (!isReady(dir, libName)) {
                byte[] lib = library(libResource);
                unpack(dir, lib, libName, HexFormat.of().formatHex(sha256().digest(lib)));
                BundledData.removeStale(cacheRoot, "espeak-[0-9a-f]{16}", dir);
            }
            return new EspeakInstall(dir.resolve(libName), dir.resolve("espeak-ng-data"));
        } catch (IOException e) {
            throw AccesspubException.cannotWrite("Cannot unpack eSpeak NG into " + cacheRoot + ": " + e.getMessage()
                    + " (set XDG_CACHE_HOME to a writable folder, or pass --espeak-lib)", e);
        }
    }

    /** The libraries of every platform travel in one pack ({@link BundledData}); without it, piper-jni's own files. */
    private static String libraryIdentity(String libResource) throws IOException {
        java.net.URL packed = BundledData.pack(NATIVE_PACK);
        java.net.URL url = packed != null ? packed : EspeakInstall.class.getResource("/" + libResource);
        if (url == null) {
            throw new IOException("the jar lacks " + libResource);
        }
        return org.accesspub.UserCache.identity(url);
    }

    private static byte[] library(String libResource) throws IOException {
        java.net.URL packed = BundledData.pack(NATIVE_PACK);
        if (packed == null) {
            return resource("/" + libResource);
        }
        try (java.util.zip.ZipInputStream zip = BundledData.open(packed)) {
            for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(libResource)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IOException("the jar lacks " + libResource);
    }

    /**
     * What identifies the bundled data ({@link org.accesspub.UserCache#identity}): reading and hashing the
     * 9 MB zip took a tenth of a second of every run.
     */
    private static String dataIdentity() throws IOException {
        java.net.URL url = dataUrl();
        if (url == null) {
            throw new IOException("the jar lacks " + DATA_ZIP);
        }
        return org.accesspub.UserCache.identity(url);
    }

    /**
     * {@code count} more copies of the library, each its own file next to it ({@code lane-2-<name>}, …), so
     * that each can be loaded with its own state; made once, by an atomic rename, and checked by size.
     */
    java.util.List<Path> copies(int count) {
        java.util.List<Path> out = new java.util.ArrayList<>();
        try {
            long size = Files.size(library);
            for (int i = 2; i < count + 2; i++) {
                Path copy = library.resolveSibling("lane-" + i + "-" + library.getFileName());
                if (!Files.isRegularFile(copy) || Files.size(copy) != size) {
                    Path temp = Files.createTempFile(library.getParent(), copy.getFileName().toString(), ".tmp");
                    try {
                        Files.copy(library, temp, StandardCopyOption.REPLACE_EXISTING);
                        Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(temp);
                    }
                }
                out.add(copy);
            }
        } catch (IOException e) {
            return java.util.List.copyOf(out); // fewer lanes: slower, never wrong
        }
        return java.util.List.copyOf(out);
    }

    /** The jar entry of libespeak-ng for this operating system and processor. */
    static String nativeResource() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.contains("linux") && x64) {
            return "debian-amd64/libespeak-ng.so.1";
        }
        if (os.contains("linux") && arm64) {
            return "debian-arm64/libespeak-ng.so.1";
        }
        if (os.contains("linux") && arch.startsWith("arm")) {
            return "debian-armv7l/libespeak-ng.so.1";
        }
        if (os.contains("mac") && x64) {
            return "macos-amd64/libespeak-ng.1.dylib";
        }
        if (os.contains("mac") && arm64) {
            return "macos-arm64/libespeak-ng.1.dylib";
        }
        if (os.contains("windows") && x64) {
            return "win-amd64/espeak-ng.dll";
        }
        throw AccesspubException.badUsage("No bundled eSpeak NG for " + os + " " + arch
                + "; install espeak-ng and pass --espeak-lib PATH to its library");
    }

    /** Complete (the marker holds the library's hash) and intact (the library still has that hash). */
    private static boolean isReady(Path dir, String libName) throws IOException {
        Path marker = dir.resolve(READY);
        Path lib = dir.resolve(libName);
        if (!Files.isRegularFile(marker) || !Files.isRegularFile(lib)) {
            return false;
        }
        return Files.readString(marker, StandardCharsets.US_ASCII).strip()
                .equals(HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(lib))));
    }

    private static void unpack(Path dir, byte[] lib, String libName, String libHash) throws IOException {
        Files.createDirectories(dir.getParent());
        Path temp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".tmp");
        try {
            Files.write(temp.resolve(libName), lib);
            Path data = temp.resolve("espeak-ng-data");
            java.net.URL packed = BundledData.pack(DATA_PACK);
            BundledData.unzip(packed != null ? BundledData.open(packed) : open(DATA_ZIP), data);
            Files.writeString(temp.resolve(READY), libHash, StandardCharsets.US_ASCII);
            if (Files.exists(dir)) {
                BundledData.deleteTree(dir); // stale or damaged: the marker or the library hash was wrong
            }
            try {
                Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                // another process finished first; use its copy when it is good
                if (!isReady(dir, libName)) {
                    throw e;
                }
            }
        } finally {
            if (Files.exists(temp)) {
                BundledData.deleteTree(temp);
            }
        }
    }

    private static java.net.URL dataUrl() {
        java.net.URL packed = BundledData.pack(DATA_PACK);
        return packed != null ? packed : EspeakInstall.class.getResource(DATA_ZIP);
    }

    static Path cacheRoot() {
        return org.accesspub.UserCache.root();
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = EspeakInstall.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the jar lacks " + name);
        }
        return in;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
