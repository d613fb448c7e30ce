package org.accesspub.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden files a run writes beside its outputs ({@code .name.pdf.~host-pid.N.part}, {@code .name.~host-pid.N.old})
 * carry the computer and process that made them, so the next run in the folder can tell the files of a run that
 * was killed (SIGKILL, a power cut: no shutdown hook ran) from those of a run still going, here or on another
 * computer of a cluster sharing the folder. A dead process's files are removed; files of another computer, or of
 * an older build without the mark, once untouched for {@link #FOREIGN_AFTER}.
 */
public final class Leftovers {
    static final Duration FOREIGN_AFTER = Duration.ofDays(1);
    private static final String HOST = host();
    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern OURS = Pattern.compile("^\\..*\\.~([0-9a-f]{8})-(\\d+)\\.\\d+\\.(part|old)$");
    private static final Pattern OLDER = Pattern.compile("^\\..*\\.\\d+\\.(part|old)$");
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    private Leftovers() {
    }

    /** What the names of this run's hidden files carry: {@code ~<host hash>-<pid>.}. */
    public static String mark() {
        return "~" + HOST + "-" + PID + ".";
    }

    /** Removes, once per folder and run, what killed runs left in {@code dir}. Best effort. */
    public static void sweep(Path dir) {
        if (!SWEPT.add(dir.toAbsolutePath().normalize())) {
            return;
        }
        FileTime before = FileTime.from(Instant.now().minus(FOREIGN_AFTER));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*")) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (stale(name, p, before)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover is untidy, not harmful
        }
    }

    private static boolean stale(String name, Path p, FileTime before) throws IOException {
        Matcher m = OURS.matcher(name);
        if (m.matches()) {
            if (m.group(1).equals(HOST)) {
                long pid = Long.parseLong(m.group(2));
                return pid != PID && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
            }
            return Files.isRegularFile(p) && Files.getLastModifiedTime(p).compareTo(before) < 0;
        }
        return OLDER.matcher(name).matches() && Files.isRegularFile(p)
                && Files.getLastModifiedTime(p).compareTo(before) < 0;
    }

    private static String host() {
        String name;
        try {
            name = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            name = System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
        // boot id as well: a pid is only unique until the machine restarts
        String boot = "";
        try {
            boot = Files.readString(Path.of("/proc/sys/kernel/random/boot_id"), StandardCharsets.US_ASCII).strip();
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return String.format("%08x", (name + "/" + boot).hashCode());
    }
}
