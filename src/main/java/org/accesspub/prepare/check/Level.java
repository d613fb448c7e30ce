package org.accesspub.prepare.check;

import java.util.Locale;

/**
 * How much a finding matters, as Word's Accessibility Checker sorts them: an {@code error} loses a
 * reader something, a {@code warning} makes it hard, a {@code tip} would make it easier. A validator's
 * verdict is {@code pass} or {@code error}; a report never says {@code pass} for a file it did not check.
 */
public enum Level {
    ERROR, WARNING, TIP, PASS;

    /** {@code error}, {@code warning}, {@code tip}, {@code pass}: the ids of the JSON report. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
