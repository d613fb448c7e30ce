package org.accesspub.prepare.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes findings in the article's language from the check terms: {@code <key>.what}, {@code <key>.loses}
 * and {@code <key>.fix}, each with the same values; collects them per rule, at most {@value #PER_RULE}
 * each, then one more that counts the rest.
 */
final class Say {
    static final int PER_RULE = 50;

    private final CheckTerms terms;
    private final List<Finding> found = new ArrayList<>();
    private final java.util.Map<Rule, Integer> perRule = new java.util.EnumMap<>(Rule.class);
    private final java.util.Map<Rule, Level> levelOfRest = new java.util.EnumMap<>(Rule.class);

    Say(CheckTerms terms) {
        this.terms = terms;
    }

    CheckTerms terms() {
        return terms;
    }

    void add(Rule rule, Level level, List<String> headings, String excerpt, String key, Object... values) {
        add(rule, level, headings, excerpt, key, List.of(), values);
    }

    void add(Rule rule, Level level, List<String> headings, String excerpt, String key, List<String> details,
             Object... values) {
        int n = perRule.merge(rule, 1, Integer::sum);
        if (n > PER_RULE) {
            levelOfRest.putIfAbsent(rule, level);
            return;
        }
        found.add(new Finding(rule, level, headings, excerpt, terms.get(key + ".what", values),
                terms.get(key + ".loses", values), terms.get(key + ".fix", values), null, details));
    }

    /**
     * The findings, errors first, then warnings, then tips, each in the order of the article; with one line
     * per rule that had more than {@value #PER_RULE}.
     */
    List<Finding> findings() {
        List<Finding> all = new ArrayList<>(found);
        all.sort(java.util.Comparator.comparing(Finding::level));
        levelOfRest.forEach((rule, level) -> all.add(new Finding(rule, level, List.of(), null,
                terms.get("more.what", perRule.get(rule) - PER_RULE, rule.id()), "", "", null, List.of())));
        return all;
    }
}
