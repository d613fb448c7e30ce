package org.accesspub.write;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outputs being written right now, so that a stopped JVM (Ctrl-C, SIGTERM, {@code System.exit})
 * leaves no temporary file behind: a shutdown hook, installed on first use, deletes every file not
 * yet committed and refuses new ones. A commit in progress is finished first (it holds the lock the
 * hook waits for), so the output folder holds either the whole new set or the whole old one.
 */
final class TempFiles {
    private static final Set<OutputFiles> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile boolean stopping;
    private static boolean hooked;

    private TempFiles() {
    }

    /** Registers files being written; false when the JVM is already stopping. */
    static boolean track(OutputFiles files) {
        hook();
        LIVE.add(files);
        return !stopping;
    }

    static void untrack(OutputFiles files) {
        LIVE.remove(files);
    }

    private static synchronized void hook() {
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::removeAll, "accesspub-temp-cleanup"));
        }
    }

    static void removeAll() {
        stopping = true;
        for (OutputFiles files : List.copyOf(LIVE)) {
            files.abandon();
        }
    }
}
