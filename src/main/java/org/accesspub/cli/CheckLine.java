package org.accesspub.cli;

import java.nio.file.Path;
import org.accesspub.batch.ArticleResult;
import org.accesspub.batch.BatchListener;
import org.accesspub.prepare.check.CheckTerms;
import org.accesspub.prepare.check.Findings;

/**
 * Passes a batch's events on and adds up the self-check's counts, for the line the command ends with:
 * {@code 检查：0 个错误，3 个警告，1 条提示 — 用 --report 查看}. In the first article's language.
 */
final class CheckLine implements BatchListener {
    private final BatchListener next;
    private Findings.Counts total = new Findings.Counts(0, 0, 0);
    private String language;
    private Path report;
    private int checked;

    CheckLine(BatchListener next) {
        this.next = next;
    }

    @Override
    public void started(int total) {
        next.started(total);
    }

    @Override
    public void warning(Path input, String message) {
        next.warning(input, message);
    }

    @Override
    public void skipped(Path input, String why) {
        next.skipped(input, why);
    }

    @Override
    public synchronized void checked(Path input, Findings.Counts counts, String language, Path report) {
        total = total.plus(counts);
        this.language = this.language == null ? language : this.language;
        this.report = report;
        checked++;
        next.checked(input, counts, language, report);
    }

    @Override
    public void finished(ArticleResult result) {
        next.finished(result);
    }

    /** The line, or null when no article was checked. */
    synchronized String line() {
        if (checked == 0) {
            return null;
        }
        CheckTerms terms = CheckTerms.forLanguage(language);
        String shown = report == null ? null : checked == 1 ? report.toString()
                : report.resolveSibling("*.report.html").toString();
        return terms.countLine(total, shown);
    }
}
