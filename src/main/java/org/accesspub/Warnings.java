package org.accesspub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where readers and writers report what the user should know but that does not stop the work
 * (a missing glyph, a size below large print). Each distinct message is reported once, and of each
 * kind only the first {@value #SHOWN_PER_KIND} are shown; {@link #summarise()} then says how many
 * more there were, so 10,000 missing images give a few lines, not 10,000.
 */
public final class Warnings {
    /** Warnings of one kind shown before the rest are only counted. */
    public static final int SHOWN_PER_KIND = 5;
    private static final String GENERAL = "other";

    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, Integer> shown = new LinkedHashMap<>();
    private final Map<String, Integer> hidden = new LinkedHashMap<>();
    private final Consumer<String> sink;

    public Warnings(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Collects warnings without printing them; tests read them back. */
    public static Warnings collecting() {
        return new Warnings(m -> { });
    }

    public void warn(String message) {
        warn(GENERAL, message);
    }

    /** A warning of a kind ({@code image}, {@code glyph} …): the first few of each kind are shown. */
    public synchronized void warn(String kind, String message) {
        if (!seen.add(message)) {
            return;
        }
        int n = shown.merge(kind, 1, Integer::sum);
        if (n <= SHOWN_PER_KIND) {
            sink.accept(message);
        } else {
            hidden.merge(kind, 1, Integer::sum);
        }
    }

    /** Reports how many warnings of each kind were not shown; call once at the end. */
    public synchronized void summarise() {
        for (Map.Entry<String, Integer> e : hidden.entrySet()) {
            String kind = e.getKey().equals(GENERAL) ? "" : e.getKey() + " ";
            sink.accept("… and " + e.getValue() + " more " + kind + "warnings like these");
        }
        hidden.clear();
    }

    /** Every distinct warning, shown or not. */
    public synchronized List<String> all() {
        return new ArrayList<>(seen);
    }
}
