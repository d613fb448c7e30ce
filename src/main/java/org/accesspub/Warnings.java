package org.accesspub;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where readers and writers report what the user should know but that does not stop the work
 * (a missing glyph, a size below large print). Each distinct message is reported once.
 */
public final class Warnings {
    private final Set<String> seen = new LinkedHashSet<>();
    private final Consumer<String> sink;

    public Warnings(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Collects warnings without printing them; tests read them back. */
    public static Warnings collecting() {
        return new Warnings(m -> { });
    }

    public synchronized void warn(String message) {
        if (seen.add(message)) {
            sink.accept(message);
        }
    }

    public synchronized List<String> all() {
        return new ArrayList<>(seen);
    }
}
