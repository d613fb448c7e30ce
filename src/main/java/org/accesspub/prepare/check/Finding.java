package org.accesspub.prepare.check;

import java.util.List;
import java.util.Objects;

/**
 * One thing the self-check found, in the article's language: where it is (the headings above it and an
 * excerpt), what was found, what a reader loses, and how to fix it.
 *
 * @param headings the outline path to the place, title first; empty for the article as a whole
 * @param excerpt  the text at the place (shortened), or null
 * @param output   the file a validator's verdict is about ({@code seed.pdf}), or null for the article
 * @param details  each failed clause or character, one line each; empty when there is nothing more
 */
public record Finding(Rule rule, Level level, List<String> headings, String excerpt, String what, String loses,
                      String fix, String output, List<String> details) {
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        headings = List.copyOf(headings);
        details = List.copyOf(details);
    }
}
