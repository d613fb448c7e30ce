package org.accesspub.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.accesspub.AccesspubException;
import org.accesspub.Conversion;
import org.accesspub.Failures;
import org.accesspub.Publisher;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.write.Format;

/**
 * Converts many articles in one process, spread over {@code jobs} threads: each article is read, then
 * its formats are written at the same time and committed together. One article that fails does not
 * stop the others; the result lists every article. Built with {@link #builder()}; immutable.
 */
public final class Batch {
    private final Publisher publisher;
    private final Set<Format> formats;
    private final Path outDir;
    private final int jobs;
    private final BatchListener listener;

    private Batch(Builder b) {
        this.publisher = b.publisher;
        this.formats = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(b.formats));
        this.outDir = b.outDir;
        this.jobs = b.jobs;
        this.listener = b.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Converts every input. Options are checked first (a bad option fails the whole run before anything is
     * read or written), and two inputs that would write the same files are refused; after that each article
     * stands alone.
     */
    public BatchResult run(List<Path> inputs) {
        refuseSharedBaseNames(inputs);
        publisher.check(formats);
        listener.started(inputs.size());
        ExecutorService pool = Executors.newFixedThreadPool(jobs, daemonThreads());
        try {
            List<CompletableFuture<ArticleResult>> results = new ArrayList<>();
            for (Path input : inputs) {
                results.add(convert(input, pool));
            }
            List<ArticleResult> done = new ArrayList<>();
            for (CompletableFuture<ArticleResult> r : results) {
                done.add(r.join());
            }
            return new BatchResult(done);
        } finally {
            pool.shutdownNow();
        }
    }

    private CompletableFuture<ArticleResult> convert(Path input, ExecutorService pool) {
        AtomicInteger warned = new AtomicInteger();
        Warnings warnings = new Warnings(m -> {
            warned.incrementAndGet();
            listener.warning(input, m);
        });
        Publisher own = publisher.withWarnings(warnings);
        return CompletableFuture.supplyAsync(() -> conversion(own, input), pool)
                .thenCompose(c -> c.start(pool).thenApply(files -> {
                    listener.checked(input, c.counts(), c.language(),
                            c.report() == null ? null : c.outDir().resolve(c.baseName() + ".report.html"));
                    return files;
                }))
                .handle((written, failure) -> {
                    warnings.summarise();
                    ArticleResult r = new ArticleResult(input, written == null ? List.of() : written, warned.get(),
                            failure == null ? null : asAccesspub(input, failure));
                    listener.finished(r);
                    return r;
                });
    }

    private Conversion conversion(Publisher own, Path input) {
        Article article = own.read(input);
        return own.conversion(article, input.toAbsolutePath().getParent(), formats, outDir, Publisher.baseName(input));
    }

    private static AccesspubException asAccesspub(Path input, Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof AccesspubException ae) {
            return ae;
        }
        return Failures.unexpected(input.toString(), cause);
    }

    /** Two inputs named alike would write the same files: refused before anything is read. */
    private void refuseSharedBaseNames(List<Path> inputs) {
        Map<String, Path> seen = new HashMap<>();
        for (Path input : inputs) {
            String key = Publisher.baseName(input).toLowerCase(Locale.ROOT);
            Path other = seen.putIfAbsent(key, input);
            if (other != null) {
                throw AccesspubException.badUsage("inputs " + other + " and " + input + " would both write "
                        + outDir.resolve(Publisher.baseName(input)) + ".*: convert them in separate runs with"
                        + " different -o folders, or rename one");
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "accesspub-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public static final class Builder {
        private Publisher publisher = Publisher.builder().build();
        private Set<Format> formats = Set.of(Format.values());
        private Path outDir = Path.of("out");
        private int jobs = Runtime.getRuntime().availableProcessors();
        private BatchListener listener = BatchListener.NONE;

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

        public Batch build() {
            return new Batch(this);
        }
    }
}
