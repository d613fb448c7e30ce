package org.accesspub.serve;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accesspub.AccesspubException;
import org.accesspub.Failures;

/**
 * The jobs of the server, kept under one folder ({@code <id>/job.json}, {@code <id>/in/}, {@code <id>/out/}), so
 * that every job's address survives a restart; jobs left unfinished by a restart are marked failed with the reason.
 * At most {@code slots} jobs convert at once, the rest wait in order. Each job runs on threads of its own: one that
 * fails, hangs past the time limit or runs out of memory is stopped and leaves the others running. Finished jobs are
 * removed once {@code keep} has passed.
 */
final class Jobs implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final Duration keep;
    private final Duration timeLimit;
    private final int formatThreads;
    private final JobRunner runner;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().create();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Deque<Job> queue = new ArrayDeque<>();
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final List<Thread> slots = new ArrayList<>();
    private final ScheduledExecutorService sweeper;
    private volatile boolean closed;

    /** A job being converted: its threads, and how to stop its files from being committed. */
    private static final class Running {
        final ExecutorService pool;
        final List<Runnable> abandon = new ArrayList<>();
        volatile Future<?> whole;
        volatile boolean cancelled;

        Running(ExecutorService pool) {
            this.pool = pool;
        }
    }

    Jobs(Path root, int slots, Duration keep, Duration timeLimit, JobRunner runner) {
        this.root = root;
        this.keep = keep;
        this.timeLimit = timeLimit;
        this.runner = runner;
        this.formatThreads = Math.max(2, Runtime.getRuntime().availableProcessors() / slots);
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw AccesspubException.cannotWrite("cannot make the jobs folder " + root + ": " + e.getMessage(), e);
        }
        load();
        for (int i = 0; i < slots; i++) {
            Thread t = new Thread(this::work, "accesspub-serve-slot-" + (i + 1));
            t.setDaemon(true);
            t.start();
            this.slots.add(t);
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "accesspub-serve-sweeper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.MINUTES);
    }

    Duration keep() {
        return keep;
    }

    /** The job of this id, or null; an id that is not one the server makes is never looked up on disk. */
    Job get(String id) {
        return id != null && ID.matcher(id).matches() ? jobs.get(id) : null;
    }

    Path inDir(Job job) {
        return root.resolve(job.id).resolve("in");
    }

    Path outDir(Job job) {
        return root.resolve(job.id).resolve("out");
    }

    /** A new job with an unguessable id (128 random bits), its folders made. */
    Job create(String client, Choices choices) {
        Job job = new Job();
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        job.id = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        job.client = client;
        job.created = System.currentTimeMillis();
        job.choices = choices;
        try {
            Files.createDirectories(inDir(job));
            Files.createDirectories(outDir(job));
        } catch (IOException e) {
            throw AccesspubException.cannotWrite("cannot make the job's folder: " + e.getMessage(), e);
        }
        return job;
    }

    /** Makes the job known (its page exists from now on). */
    void add(Job job) {
        jobs.put(job.id, job);
        save(job);
    }

    /** Removes a job that never became one (its upload was refused). */
    void discard(Job job) {
        jobs.remove(job.id);
        delete(root.resolve(job.id));
    }

    /**
     * The client's jobs waiting, running or previewed in the last hour (an older preview nobody started no longer
     * counts): their number and bytes.
     */
    long[] activeOf(String client) {
        long n = 0;
        long bytes = 0;
        long hourAgo = System.currentTimeMillis() - Duration.ofHours(1).toMillis();
        for (Job j : jobs.values()) {
            synchronized (j) {
                if (client.equals(j.client) && j.active() && (j.state != Job.State.PREVIEW || j.created > hourAgo)) {
                    n++;
                    bytes += j.bytes();
                }
            }
        }
        return new long[] {n, bytes};
    }

    /**
     * Reads and prepares each article of a job without making its files, on a thread of its own that may take at
     * most {@code limit}: the outline, first paragraph and spoken sample the job page shows.
     */
    void preview(Job job, Duration limit) {
        ExecutorService one = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "accesspub-preview-" + job.id.substring(0, 6));
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?> f = one.submit(() -> {
                int i = 0;
                for (Job.Article a : job.articles) {
                    i++;
                    Preview p = runner.preview(inDir(job).resolve(a.stored), a, job.choices, root.resolve(job.id),
                            "sample-" + i);
                    synchronized (job) {
                        a.preview = p;
                    }
                }
                return null;
            });
            f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw AccesspubException.badInput("reading the article took longer than " + limit.toSeconds()
                    + " seconds and was stopped");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AccesspubException ae ? ae : Failures.lastResort(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AccesspubException.badInput("the preview was interrupted");
        } finally {
            one.shutdownNow();
        }
        save(job);
    }

    /** The spoken sample of a job's article, or null. */
    Path sample(Job job, String name) {
        return name != null && name.matches("sample-\\d{1,3}\\.mp3") ? root.resolve(job.id).resolve(name) : null;
    }

    /** Puts the job in the queue; it starts when a slot is free. */
    void enqueue(Job job) {
        synchronized (job) {
            if (job.state == Job.State.QUEUED || job.state == Job.State.RUNNING) {
                return;
            }
            job.state = Job.State.QUEUED;
            job.error = null;
            job.finished = 0;
            for (Job.Article a : job.articles) {
                a.files.clear();
                a.notes.clear();
                a.steps.clear();
                a.report = null;
                a.reported = new java.util.TreeSet<>();
                a.progress.clear();
                JobRunner.formats(job.choices).forEach(f -> a.progress.put(f.id(), "waiting"));
            }
        }
        save(job);
        synchronized (queue) {
            queue.addLast(job);
            queue.notifyAll();
        }
    }

    /** The job's place in the queue (1 is next), or 0 when it is not waiting. */
    int place(Job job) {
        synchronized (queue) {
            int i = 1;
            for (Job j : queue) {
                if (j == job) {
                    return i;
                }
                i++;
            }
        }
        return 0;
    }

    /** Cancels a waiting or running job; its files are never committed. */
    void cancel(Job job) {
        boolean waiting;
        synchronized (queue) {
            waiting = queue.remove(job);
        }
        Running r = running.get(job.id);
        if (r != null) {
            r.cancelled = true;
            stop(r);
        }
        if (waiting || r != null || job.state == Job.State.PREVIEW) {
            finish(job, Job.State.CANCELLED, null);
        }
    }

    private void work() {
        while (!closed) {
            Job job;
            synchronized (queue) {
                while (queue.isEmpty() && !closed) {
                    try {
                        queue.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                job = queue.pollFirst();
            }
            convert(job);
        }
    }

    private void convert(Job job) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(formatThreads + 1, r -> {
            Thread t = new Thread(r, "accesspub-job-" + job.id.substring(0, 6) + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Running r = new Running(pool);
        running.put(job.id, r);
        synchronized (job) {
            job.state = Job.State.RUNNING;
        }
        save(job);
        try {
            r.whole = pool.submit(() -> convertArticles(job, r));
            if (timeLimit.isZero()) {
                r.whole.get();
            } else {
                r.whole.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
            }
            finish(job, Job.State.DONE, null);
        } catch (TimeoutException e) {
            stop(r);
            finish(job, Job.State.FAILED, "took longer than " + timeLimit.toMinutes()
                    + " minutes and was stopped; nothing was made (give a shorter article)");
        } catch (CancellationException | InterruptedException e) {
            stop(r);
            finish(job, r.cancelled ? Job.State.CANCELLED : Job.State.FAILED, r.cancelled ? null : "stopped");
        } catch (ExecutionException e) {
            stop(r);
            Throwable cause = e.getCause();
            if (r.cancelled) {
                finish(job, Job.State.CANCELLED, null);
            } else {
                finish(job, Job.State.FAILED, Failures.oneLine(cause instanceof AccesspubException ae ? ae.getMessage()
                        : Failures.lastResort(cause).getMessage()));
            }
        } finally {
            running.remove(job.id);
            pool.shutdownNow();
        }
    }

    private Void convertArticles(Job job, Running r) {
        int i = 0;
        for (Job.Article a : job.articles) {
            i++;
            Path input = inDir(job).resolve(a.stored);
            String base = baseName(a, i, job.articles.size());
            JobRunner.Result made = runner.run(input, a, job.choices, outDir(job), base, r.pool, new JobRunner.Listener() {
                @Override
                public void format(String format, String state) {
                    synchronized (job) {
                        a.progress.put(format, state);
                        if (!state.equals("working")) {
                            a.steps.remove(format);
                        }
                    }
                    save(job);
                }

                @Override
                public void warning(org.accesspub.Warning warning) {
                    synchronized (job) {
                        if (a.notes.size() < 200) {
                            a.notes.add(warning);
                        }
                    }
                }

                @Override
                public void progress(String format, long done, long total) {
                    synchronized (job) { // kept in memory only: the page asks for it, a restart does not need it
                        a.steps.put(format, new long[] {done, total});
                    }
                }

                @Override
                public void title(String title) {
                    synchronized (job) {
                        a.found = title;
                    }
                }

                @Override
                public void pending(Runnable abandon) {
                    synchronized (r.abandon) {
                        r.abandon.add(abandon);
                    }
                    if (r.cancelled) {
                        abandon.run();
                    }
                }
            });
            List<String> files = made.files();
            synchronized (job) {
                a.found = made.title();
                a.files.clear();
                a.files.addAll(files);
                a.report = files.stream().filter(f -> f.endsWith(".report.html")).findFirst().orElse(null);
                a.reported = made.reported();
            }
            save(job);
        }
        return null;
    }

    /** The file names of an article: its upload's name made safe (letters, digits and dashes), unique in the job. */
    private static String baseName(Job.Article a, int index, int count) {
        String label = a.label == null ? "" : a.label.replaceFirst("\\.[^.]*$", "");
        String safe = label.replaceAll("[^\\p{L}\\p{N}-]+", "-").replaceAll("^-+|-+$", "");
        if (safe.length() > 40) {
            safe = safe.substring(0, 40);
        }
        if (safe.isEmpty()) {
            safe = "article";
        }
        return count > 1 ? index + "-" + safe : safe;
    }

    private void stop(Running r) {
        synchronized (r.abandon) {
            r.abandon.forEach(Runnable::run);
        }
        if (r.whole != null) {
            r.whole.cancel(true);
        }
        r.pool.shutdownNow(); // a thread stuck in native code is left behind as a daemon; the slot goes on
    }

    private void finish(Job job, Job.State state, String error) {
        if (closed) {
            return; // the server is stopping: the next start marks the job failed, with the reason
        }
        synchronized (job) {
            job.state = state;
            job.error = error;
            job.finished = System.currentTimeMillis();
            for (Job.Article a : job.articles) {
                a.progress.replaceAll((f, s) -> state == Job.State.DONE || s.equals("failed") ? s
                        : state == Job.State.CANCELLED ? "cancelled" : "failed");
            }
        }
        save(job);
    }

    /** Writes {@code job.json} in one move, so a crash never leaves half of it. */
    void save(Job job) {
        String json;
        synchronized (job) {
            json = gson.toJson(job);
        }
        Path dir = root.resolve(job.id);
        if (!Files.isDirectory(dir)) {
            return; // removed meanwhile
        }
        try {
            Path tmp = Files.createTempFile(dir, "job", ".tmp");
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve("job.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load() {
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted(Comparator.naturalOrder()).toList()) {
                String id = dir.getFileName().toString();
                Path file = dir.resolve("job.json");
                if (!ID.matcher(id).matches() || !Files.isRegularFile(file)) {
                    continue;
                }
                Job job;
                try {
                    job = gson.fromJson(Files.readString(file, StandardCharsets.UTF_8), Job.class);
                } catch (IOException | RuntimeException e) {
                    continue; // unreadable: left alone, never served
                }
                if (job == null || !id.equals(job.id)) {
                    continue;
                }
                jobs.put(id, job);
                if (job.state == Job.State.QUEUED || job.state == Job.State.RUNNING) {
                    finish(job, Job.State.FAILED, "restart"); // the page says the server restarted
                }
            }
        } catch (IOException e) {
            throw AccesspubException.cannotWrite("cannot read the jobs folder " + root + ": " + e.getMessage(), e);
        }
        sweep();
    }

    /** Removes the jobs whose time is up: finished ones {@code keep} after they finished, previews after they were made. */
    void sweep() {
        long now = System.currentTimeMillis();
        for (Job job : List.copyOf(jobs.values())) {
            boolean expired;
            synchronized (job) {
                long since = job.finished > 0 ? job.finished : job.state == Job.State.PREVIEW ? job.created : Long.MAX_VALUE;
                expired = since != Long.MAX_VALUE && now - since > keep.toMillis();
            }
            if (expired) {
                jobs.remove(job.id);
                delete(root.resolve(job.id));
            }
        }
    }

    /** When the job's page stops being kept (ms since 1970), or 0 while it is unfinished. */
    long expires(Job job) {
        synchronized (job) {
            long since = job.finished > 0 ? job.finished : job.state == Job.State.PREVIEW ? job.created : 0;
            return since == 0 ? 0 : since + keep.toMillis();
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the next sweep
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (queue) {
            queue.notifyAll();
        }
        for (Running r : running.values()) {
            stop(r);
        }
        sweeper.shutdownNow();
    }
}
