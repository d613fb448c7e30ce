package org.accesspub.report;

import java.util.List;
import org.accesspub.prepare.check.CheckTerms;
import org.accesspub.prepare.check.Finding;
import org.accesspub.prepare.check.Findings;
import org.accesspub.prepare.check.Level;

/**
 * The self-check report of one article: the findings about it, the facts and verdicts of each output,
 * and which checks did not run. What {@code <name>.report.html} and {@code <name>.report.json} show.
 *
 * @param verified whether {@code --verify} ran the validators (otherwise no output claims a pass)
 * @param skipped  the check terms' keys of what was not checked ({@code skipped.braille} …)
 */
public record Report(String title, String language, String source, Findings findings, List<OutputFacts> outputs,
                     boolean verified, List<String> skipped, String version) {
    public Report {
        outputs = List.copyOf(outputs);
        skipped = List.copyOf(skipped);
    }

    /** The article's findings and every output's verdicts, counted together. */
    public Findings.Counts counts() {
        Findings.Counts c = findings.counts();
        for (OutputFacts o : outputs) {
            c = c.plus(new Findings(o.checks()).counts());
        }
        return c;
    }

    public CheckTerms terms() {
        return CheckTerms.forLanguage(language);
    }

    /** Whether any finding or verdict is an error: what a CI fails on. */
    public boolean hasErrors() {
        return counts().errors() > 0;
    }

    static boolean isVerdict(Finding f) {
        return f.output() != null && (f.level() == Level.PASS || f.level() == Level.ERROR);
    }
}
