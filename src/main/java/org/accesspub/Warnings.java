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
    /** The kind of a warning that has none of its own. */
    public static final String GENERAL = "other";

    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, Integer> shown = new LinkedHashMap<>();
    private final Map<String, Integer> hidden = new LinkedHashMap<>();
    private final Consumer<Warning> sink;

    /** Warnings told to {@code sink} in English, as the command line prints them. */
    public Warnings(Consumer<String> sink) {
        this.sink = w -> sink.accept(w.text());
    }

    private Warnings(Consumer<Warning> sink, boolean keyed) {
        this.sink = sink;
    }

    /** Warnings told to {@code sink} whole: with the key and arguments a page in another language words them by. */
    public static Warnings keyed(Consumer<Warning> sink) {
        return new Warnings(sink, true);
    }

    /** Collects warnings without printing them; tests read them back. */
    public static Warnings collecting() {
        return new Warnings(m -> { });
    }

    public void warn(String message) {
        warn(GENERAL, message);
    }


    /** A warning of a kind ({@code image}, {@code glyph} …): the first few of each kind are shown. */
    public void warn(String kind, String message) {
        warn(Warning.of(kind, message));
    }

    /** A warning with its kind, and maybe the key another language words it by. */
    public synchronized void warn(Warning warning) {
        if (!seen.add(warning.text())) {
            return;
        }
        int n = shown.merge(warning.kind(), 1, Integer::sum);
        if (n <= SHOWN_PER_KIND) {
            sink.accept(warning);
        } else {
            hidden.merge(warning.kind(), 1, Integer::sum);
        }
    }


    /** Reports how many warnings of each kind were not shown; call once at the end. */
    public synchronized void summarise() {
        for (Map.Entry<String, Integer> e : hidden.entrySet()) {
            String kind = e.getKey().equals(GENERAL) ? "" : e.getKey() + " ";
            sink.accept(Warning.keyed(e.getKey(), "more", "… and " + e.getValue() + " more " + kind + "warnings like these",
                    e.getValue(), e.getKey()));
        }
        hidden.clear();
    }

    /** Every distinct warning, shown or not. */
    public synchronized List<String> all() {
        return new ArrayList<>(seen);
    }
}
