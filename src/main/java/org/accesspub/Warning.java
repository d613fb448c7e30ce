package org.accesspub;

import java.util.List;
import java.util.Objects;

/**
 * One warning as a reader or writer reports it: its {@code kind} (the first few of each kind are shown), the English
 * {@code text} the command line prints, and, where another language should word it, a {@code key} with its
 * {@code args} (the web page looks the key up in its own words, and falls back on the text). {@code finding} names
 * the self-check rule that reports the same thing, so a page showing the report can leave the warning out.
 */
public record Warning(String kind, String key, List<String> args, String text, String finding) {
    public Warning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A warning worded in English only. */
    public static Warning of(String kind, String text) {
        return new Warning(kind, null, List.of(), text, null);
    }

    /** A warning with a key another language words it by, and its arguments. */
    public static Warning keyed(String kind, String key, String text, Object... args) {
        return new Warning(kind, key, java.util.Arrays.stream(args).map(String::valueOf).toList(), text, null);
    }

    /** The same warning, said to be also a finding of the self-check rule {@code rule} (its id). */
    public Warning alsoFinding(String rule) {
        return new Warning(kind, key, args, text, rule);
    }
}
