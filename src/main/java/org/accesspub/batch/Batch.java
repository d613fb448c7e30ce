package org.accesspub.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.accesspub.AccesspubException;
import org.accesspub.Conversion;
import org.accesspub.Failures;
import org.accesspub.Publisher;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.write.Format;
import org.accesspub.write.OutputFiles;

/**
 * Converts many articles in one process, spread over {@code jobs} threads: each article is read, then
 * its formats are written at the same time and committed together. One article that fails does not
 * stop the others; the result lists every article. An article that takes longer than the time limit
 * ({@link Builder#timeLimit}) is stopped and fails, and its threads are replaced, so one article never
 * stalls the rest. Built with {@link #builder()}; immutable.
 */
public final class Batch {
    /** The default time an article of a batch may take. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(30);
    private final Publisher publisher;
    private final Set<Format> formats;
    private final Path outDir;
    private final int jobs;
    private final BatchListener listener;
    private final Duration timeLimit;

    private Batch(Builder b) {
        this.publisher = b.publisher;
        this.formats = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(b.formats));
        this.outDir = b.outDir;
        this.jobs = b.jobs;
        this.listener = b.listener;
        this.timeLimit = b.timeLimit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * One article to convert: its source, the publisher and formats for it, where its files go, and the
     * name it goes by in messages ({@code label}); each of its warnings is also handed to {@code warnings}.
     */
    record Item(Path label, Path input, Publisher publisher, Set<Format> formats, Path outDir, String baseName,
            Consumer<String> warnings, String address) {
        Item(Path label, Path input, Publisher publisher, Set<Format> formats, Path outDir, String baseName,
                Consumer<String> warnings) {
            this(label, input, publisher, formats, outDir, baseName, warnings, null);
        }
    }

    /**
     * Converts every input. Options are checked first (a bad option fails the whole run before anything is
     * read or written), and two inputs that would write a file of the same name are refused; after that each
     * article stands alone.
     */
    public BatchResult run(List<Path> inputs) {
        return run(inputs, List.of());
    }

    /** {@link #run(List)}, with the folder entries refused as unsafe: each fails as bad input, unread. */
    public BatchResult run(List<Path> inputs, List<ArticleFiles.Skipped> refused) {
        refuseSharedNames(inputs);
        publisher.check(formats);
        listener.started(inputs.size() + refused.size());
        List<ArticleResult> done = new ArrayList<>();
        for (ArticleFiles.Skipped r : refused) {
            ArticleResult result = new ArticleResult(r.path(), List.of(), 0,
                    AccesspubException.badInput(r.path() + ": " + r.reason()));
            listener.finished(result);
            done.add(result);
        }
        try (Watchdog threads = threads()) {
            List<CompletableFuture<ArticleResult>> results = new ArrayList<>();
            for (Path input : inputs) {
                results.add(convert(new Item(input, input, publisher, formats, outDir, Publisher.baseName(input),
                        m -> { }), threads));
            }
            for (CompletableFuture<ArticleResult> r : results) {
                done.add(r.join());
            }
            return new BatchResult(done);
        }
    }

    Watchdog threads() {
        return new Watchdog(jobs, timeLimit);
    }

    BatchListener listener() {
        return listener;
    }

    Publisher publisher() {
        return publisher;
    }

    Set<Format> formats() {
        return formats;
    }

    /** Converts one item on its own executor of {@code threads}; completes with its result, never exceptionally. */
    CompletableFuture<ArticleResult> convert(Item item, Watchdog threads) {
        AtomicInteger warned = new AtomicInteger();
        Warnings warnings = new Warnings(m -> {
            warned.incrementAndGet();
            item.warnings().accept(m);
            listener.warning(item.label(), m);
        });
        Watchdog.Article executor = threads.article();
        AtomicReference<OutputFiles> pending = new AtomicReference<>();
        AtomicReference<org.accesspub.prepare.check.Findings.Counts> checks = new AtomicReference<>();
        CompletableFuture<List<Path>> work = CompletableFuture.supplyAsync(() -> conversion(item, warnings), executor)
                .thenCompose(c -> {
                    OutputFiles out = c.newOutputFiles();
                    pending.set(out);
                    if (executor.expired()) {
                        out.abandon();
                    }
                    return c.start(executor, out).thenApply(files -> {
                        checks.set(c.counts());
                        listener.checked(item.label(), c.counts(), c.language(),
                                c.report() == null ? null : c.outDir().resolve(c.baseName() + ".report.html"));
                        return files;
                    });
                });
        if (!threads.limit().isZero()) {
            work = work.orTimeout(threads.limit().toMillis(), TimeUnit.MILLISECONDS);
        }
        return work.handle((written, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof TimeoutException) {
                executor.expire();
                OutputFiles out = pending.get();
                if (out != null) {
                    out.abandon();
                }
                failure = AccesspubException.badInput(item.label() + ": took longer than " + clock(threads.limit())
                        + " and was stopped; nothing was written (raise --article-timeout if such articles are"
                        + " expected)");
            }
            warnings.summarise();
            ArticleResult r = new ArticleResult(item.label(), written == null ? List.of() : written, warned.get(),
                    failure == null ? null : asAccesspub(item.label(), failure), checks.get());
            listener.finished(r);
            return r;
        });
    }

    /** One article as a job of the item's publisher (its writers shared with every other article), with its own warnings. */
    private static Conversion conversion(Item item, Warnings warnings) {
        Publisher publisher = item.publisher();
        if (item.address() != null) {
            // a web page's images come with it: no folder of the disk is read for images
            Article article = publisher.read(item.address(), warnings);
            return publisher.conversion(article, item.outDir().toAbsolutePath(), item.formats(), item.outDir(),
                    item.baseName(), warnings);
        }
        Article article = publisher.read(item.input());
        return publisher.conversion(article, item.input().toAbsolutePath().getParent(), item.formats(), item.outDir(),
                item.baseName(), warnings);
    }

    private static AccesspubException asAccesspub(Path input, Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof AccesspubException ae) {
            return ae;
        }
        return Failures.unexpected(input.toString(), cause);
    }

    /** Two inputs that would write a file of the same name (ignoring case) are refused before anything is read. */
    private void refuseSharedNames(List<Path> inputs) {
        Map<String, Path> seen = new HashMap<>();
        String audio = publisher.publishOptions().speech().audioFormat();
        for (Path input : inputs) {
            for (String name : OutputNames.of(Publisher.baseName(input), formats, audio)) {
                Path other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), input);
                if (other != null && !other.equals(input)) {
                    throw AccesspubException.badUsage("inputs " + other + " and " + input + " would both write "
                            + outDir.resolve(name) + ": convert them in separate runs with different -o folders,"
                            + " or rename one");
                }
            }
        }
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    public static final class Builder {
        private Publisher publisher = Publisher.builder().build();
        private Set<Format> formats = Set.of(Format.values());
        private Path outDir = Path.of("out");
        private int jobs = Runtime.getRuntime().availableProcessors();
        private BatchListener listener = BatchListener.NONE;
        private Duration timeLimit = DEFAULT_TIME_LIMIT;

        public Builder publisher(Publisher v) {
            publisher = v;
            return this;
        }

        public Builder formats(Set<Format> v) {
            formats = v;
            return this;
        }

        public Builder outDir(Path v) {
            outDir = v;
            return this;
        }

        /** Threads working at once (default: the number of processors). */
        public Builder jobs(int v) {
            if (v < 1) {
                throw AccesspubException.badUsage("--jobs must be at least 1, not " + v);
            }
            jobs = v;
            return this;
        }

        public Builder listener(BatchListener v) {
            listener = v;
            return this;
        }

        /** The time one article may take before it is stopped and fails ({@link Duration#ZERO}: no limit). */
        public Builder timeLimit(Duration v) {
            if (v.isNegative()) {
                throw AccesspubException.badUsage("--article-timeout cannot be negative");
            }
            timeLimit = v;
            return this;
        }

        public Batch build() {
            return new Batch(this);
        }
    }
}
