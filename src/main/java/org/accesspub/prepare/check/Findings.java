package org.accesspub.prepare.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Every finding about one article, in the order found, and the checks that did not run ({@code skipped.braille}
 * …: check-terms keys). Immutable.
 */
public record Findings(List<Finding> all, List<String> skipped) {
    public static final Findings NONE = new Findings(List.of());

    public Findings {
        all = List.copyOf(all);
        skipped = List.copyOf(skipped);
    }

    public Findings(List<Finding> all) {
        this(all, List.of());
    }

    /** How many findings of each level: what the CLI's last line and a batch's ledger show. */
    public record Counts(int errors, int warnings, int tips) {
        public Counts plus(Counts o) {
            return new Counts(errors + o.errors, warnings + o.warnings, tips + o.tips);
        }
    }

    public Counts counts() {
        int e = 0;
        int w = 0;
        int t = 0;
        for (Finding f : all) {
            switch (f.level()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case TIP -> t++;
                default -> { }
            }
        }
        return new Counts(e, w, t);
    }

    /** These findings followed by {@code more}. */
    public Findings with(List<Finding> more) {
        List<Finding> list = new ArrayList<>(all);
        list.addAll(more);
        return new Findings(list, skipped);
    }

    public List<Finding> of(Rule rule) {
        return all.stream().filter(f -> f.rule() == rule).toList();
    }
}
