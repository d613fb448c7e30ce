package org.accesspub;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.check.Findings;
import org.accesspub.report.Report;
import org.accesspub.report.Reporter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.Format;
import org.accesspub.write.OutputFiles;
import org.accesspub.write.RenderContext;

/**
 * One input's formats, ready to write: every writer is already built, so every option has been
 * checked before anything is written. {@link #run()} writes all formats into one {@link OutputFiles}
 * and commits them together; if any format fails, none is committed, the previous set stays, and the
 * error names the format. One conversion is one job: its writers are shared with other jobs, its
 * warnings and what its outputs share ({@link RenderContext.Job}) are its own. {@link #writeFormat} may be
 * called for several formats at once.
 */
public final class Conversion {
    private final PreparedDocument document;
    private final Map<Format, ArticleWriter> writers;
    private final Path outDir;
    private final String baseName;
    private final Warnings warnings;
    /** One job per set of pending files: what the outputs share (the speech) lives with the files it is written to. */
    private final Map<OutputFiles, RenderContext.Job> jobs = new java.util.IdentityHashMap<>();
    private final java.util.function.Supplier<Findings> check;
    private Findings findings; // the check's, once made
    private final Reporter reporter;
    private volatile Report report; // set once the report is written

    Conversion(PreparedDocument document, Map<Format, ArticleWriter> writers, Path outDir, String baseName) {
        this(document, writers, outDir, baseName, Warnings.collecting(), () -> Findings.NONE, null);
    }

    Conversion(PreparedDocument document, Map<Format, ArticleWriter> writers, Path outDir, String baseName,
               Warnings warnings, java.util.function.Supplier<Findings> check, Reporter reporter) {
        this.document = document;
        this.writers = Collections.unmodifiableMap(new LinkedHashMap<>(writers));
        this.outDir = outDir;
        this.baseName = baseName;
        this.warnings = warnings;
        this.check = check;
        this.reporter = reporter;
    }

    /**
     * The self-check's findings about the article, made once on the prepared document: while the formats are
     * written ({@link #start}), or on first call.
     */
    public synchronized Findings findings() {
        if (findings == null) {
            findings = check.get();
        }
        return findings;
    }

    /** The report written with the outputs ({@code --report}), once they are committed; else null. */
    public Report report() {
        return report;
    }

    /** The findings counted, with the validators' verdicts once a report with them is written. */
    public Findings.Counts counts() {
        Report r = report;
        return r != null ? r.counts() : findings().counts();
    }

    /** The article's title as prepared (the source's, else the one prepare chose), before anything is written. */
    public String title() {
        return document.info().title();
    }

    /** The language of the article, in which its findings are worded. */
    public String language() {
        return document.language();
    }

    public Set<Format> formats() {
        return writers.keySet();
    }

    public Path outDir() {
        return outDir;
    }

    public String baseName() {
        return baseName;
    }

    /** A new set of pending files for this conversion's outputs. */
    public OutputFiles newOutputFiles() {
        return new OutputFiles(outDir, baseName);
    }

    /** Writes every format, then commits them together, and returns the files written. */
    public List<Path> run() {
        try (OutputFiles out = newOutputFiles()) {
            for (Format format : formats()) {
                writeFormat(format, out);
            }
            writeReport(out);
            return commit(out);
        } catch (IOException e) {
            throw cannotWrite("the outputs", e); // deleting the temporary files failed
        }
    }

    /**
     * Writes every format at the same time on {@code executor} (audio, the longest, first), then commits
     * them together once all have finished. Completes with the files written, or exceptionally with the
     * {@link AccesspubException} of the first format (in the order asked for) that failed; then nothing
     * of this conversion is committed.
     */
    public CompletableFuture<List<Path>> start(Executor executor) {
        return start(executor, newOutputFiles());
    }

    /** {@link #start(Executor)} into these pending files ({@link #newOutputFiles()}), which the caller may abandon. */
    public CompletableFuture<List<Path>> start(Executor executor, OutputFiles out) {
        Map<Format, CompletableFuture<Void>> parts = new LinkedHashMap<>();
        List<Format> order = new ArrayList<>(formats());
        order.sort(Comparator.comparing(f -> f != Format.AUDIO));
        for (Format format : order) {
            parts.put(format, CompletableFuture.runAsync(() -> writeFormat(format, out), executor));
        }
        CompletableFuture<Findings> checked = CompletableFuture.supplyAsync(this::findings, executor);
        List<CompletableFuture<?>> all = new ArrayList<>(parts.values());
        all.add(checked);
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).handle((ok, any) -> {
            try (out) {
                if (any == null) {
                    writeReport(out);
                    return commit(out);
                }
                for (Format format : formats()) {
                    CompletableFuture<Void> part = parts.get(format);
                    if (part.isCompletedExceptionally()) {
                        part.join(); // throws the format's failure
                    }
                }
                if (checked.isCompletedExceptionally()) {
                    try {
                        checked.join();
                    } catch (CompletionException e) {
                        throw Failures.unexpected("self-check", e.getCause() != null ? e.getCause() : e);
                    }
                }
                throw any instanceof CompletionException ce ? ce : new CompletionException(any);
            } catch (IOException e) {
                throw cannotWrite("the outputs", e); // deleting the temporary files failed
            }
        });
    }

    private RenderContext.Job job(OutputFiles out) {
        synchronized (jobs) {
            return jobs.computeIfAbsent(out, o -> new RenderContext.Job(warnings));
        }
    }

    /**
     * Writes one format into {@code out} (not yet committed). A failure becomes an
     * {@link AccesspubException} that names the format: exit 4 when the output could not be written.
     */
    public void writeFormat(Format format, OutputFiles out) {
        writeFormat(format, out, RenderContext.Progress.NONE);
    }

    /** As {@link #writeFormat(Format, OutputFiles)}, telling {@code progress} how far a writer that counts its steps got. */
    public void writeFormat(Format format, OutputFiles out, RenderContext.Progress progress) {
        ArticleWriter writer = writers.get(format);
        try {
            writer.write(document, job(out).context(out, progress));
        } catch (AccesspubException e) {
            if (out.failure() != null) {
                throw cannotWrite(format.id(), out.failure());
            }
            throw new AccesspubException(format.id() + ": " + e.getMessage() + "; nothing was written",
                    e.exitCode(), e);
        } catch (IOException e) {
            IOException io = out.failure() != null ? out.failure() : Failures.ioCause(e);
            if (io == null) {
                throw Failures.unexpected(format.id(), e); // an encoding error, not the folder
            }
            throw cannotWrite(format.id(), io);
        } catch (RuntimeException e) {
            // libraries log an output error and throw their own exception (POI), or wrap it (OpenPDF)
            IOException io = out.failure() != null ? out.failure() : Failures.ioCause(e);
            if (io != null) {
                throw cannotWrite(format.id(), io);
            }
            throw Failures.unexpected(format.id(), e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw Failures.unexpected(format.id(), e);
        }
    }

    /**
     * Writes the self-check report among the outputs, not yet committed ({@code --report}): it reads their
     * facts back and runs the validators on them. Nothing when no report was asked for.
     */
    public void writeReport(OutputFiles out) {
        if (reporter == null) {
            return;
        }
        try {
            report = reporter.write(document, findings(), formats(), out, baseName);
        } catch (IOException e) {
            throw cannotWrite("the report", out.failure() != null ? out.failure() : e);
        } catch (RuntimeException e) {
            IOException io = out.failure() != null ? out.failure() : Failures.ioCause(e);
            if (io != null) {
                throw cannotWrite("the report", io);
            }
            throw Failures.unexpected("report", e);
        }
    }

    /** Moves every written file into place together. */
    public List<Path> commit(OutputFiles out) {
        try {
            return out.commit();
        } catch (IOException e) {
            throw cannotWrite("the outputs", e);
        }
    }

    private AccesspubException cannotWrite(String what, IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage();
        return AccesspubException.cannotWrite("cannot write " + what + " to " + outDir + ": " + reason
                + Failures.advice(e) + "; nothing was written", e);
    }
}
