package org.accesspub.batch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Shows a batch as it runs. Written files go to {@code out}, one path a line, as a single conversion prints
 * them. On a terminal, {@code err} carries a bar redrawn in place ({@code [#####·····] 12/50 …}); otherwise
 * one plain line per article, for logs. Warnings and failures name their article. {@link #summary} ends the
 * run with what was written, warned and failed.
 */
public final class Progress implements BatchListener {
    private static final int BAR = 24;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean batch;
    private long startNanos;
    private int total;
    private int done;
    private int failed;
    private boolean barShown;

    private Progress(PrintWriter out, PrintWriter err, boolean terminal, boolean batch) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.batch = batch;
    }

    /** A batch: a bar on a terminal, else one line per article; warnings and failures name their article. */
    public static Progress forBatch(PrintWriter out, PrintWriter err, boolean terminal) {
        return new Progress(out, err, terminal, true);
    }

    /** One article: its files and its warnings ({@code warning: …}), nothing more. */
    public static Progress forOne(PrintWriter out, PrintWriter err) {
        return new Progress(out, err, false, false);
    }

    @Override
    public synchronized void started(int total) {
        this.total = total;
        this.startNanos = System.nanoTime();
        redraw();
    }

    @Override
    public synchronized void warning(Path input, String message) {
        clearBar();
        err.println("warning: " + (batch ? name(input) + ": " : "") + message);
        redraw();
    }

    @Override
    public synchronized void finished(ArticleResult r) {
        done++;
        clearBar();
        r.written().forEach(out::println);
        out.flush();
        if (!batch) {
            return;
        }
        if (r.failed()) {
            failed++;
            err.println(prefix() + failure(r));
        } else if (!terminal) {
            err.println(prefix() + name(r.input()) + ": " + r.written().size() + " files");
        }
        redraw();
    }

    @Override
    public synchronized void skipped(Path input, String why) {
        done++;
        clearBar();
        if (batch && !terminal) {
            err.println(prefix() + name(input) + ": " + why);
        }
        redraw();
    }

    /** The closing lines: how many articles and files, warnings and failures, and each failure again. */
    public synchronized void summary(BatchResult result) {
        clearBar();
        int ok = result.articles().size() - result.failures().size();
        err.println("converted " + ok + " of " + result.articles().size() + " articles in " + clock(elapsed()) + ": "
                + result.filesWritten() + " files written, " + result.warnings() + " warning"
                + (result.warnings() == 1 ? "" : "s") + ", " + result.failures().size() + " failed");
        for (ArticleResult f : result.failures()) {
            err.println("  " + failure(f));
        }
        err.flush();
    }

    /** {@code NAME: failed: why}, the name said once when the message starts with it already. */
    private static String failure(ArticleResult r) {
        String message = r.failure().getMessage();
        String name = name(r.input());
        return message.startsWith(name) ? "failed: " + message : name + ": failed: " + message;
    }

    private String prefix() {
        return terminal ? "" : "[" + done + "/" + total + "] ";
    }

    private void redraw() {
        if (!terminal) {
            return;
        }
        int filled = total == 0 ? BAR : done * BAR / total;
        StringBuilder line = new StringBuilder("\r[");
        line.append("#".repeat(filled)).append("·".repeat(BAR - filled)).append("] ")
                .append(done).append('/').append(total).append(" articles");
        if (failed > 0) {
            line.append(", ").append(failed).append(" failed");
        }
        if (done > 0 && done < total) {
            line.append(", about ").append(clock(elapsed().multipliedBy(total - done).dividedBy(done))).append(" left");
        }
        err.print(line.append("  "));
        err.flush();
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            err.print("\r" + " ".repeat(BAR + 60) + "\r");
            barShown = false;
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    private static String name(Path input) {
        return input.toString();
    }
}
