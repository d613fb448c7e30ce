package org.accesspub.batch;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of a batch, with a time limit per article so that one article can never stall the rest.
 * Each article's tasks run through its own {@link Article} executor; when an article runs out of time
 * ({@link Article#expire}), its threads still busy are interrupted and, since a thread stuck in native
 * code or a dead library thread may never return, each is replaced by a new one in the pool. The pool
 * shrinks again when such a thread comes back.
 */
final class Watchdog implements AutoCloseable {
    private final ThreadPoolExecutor pool;
    private final Duration limit;
    private final int threads;
    private int size;

    Watchdog(int threads, Duration limit) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "accesspub-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.size = threads;
        this.threads = threads;
        this.limit = limit;
    }

    /** The threads working at once (besides those replaced). */
    int size() {
        return threads;
    }

    /** The time an article may take; {@link Duration#ZERO}: no limit. */
    Duration limit() {
        return limit;
    }

    /** Runs tasks that belong to no article (they are never timed out). */
    Executor shared() {
        return pool;
    }

    Article article() {
        return new Article();
    }

    private synchronized void grow() {
        size++;
        pool.setMaximumPoolSize(size);
        pool.setCorePoolSize(size);
    }

    private synchronized void shrink() {
        size--;
        pool.setCorePoolSize(size);
        pool.setMaximumPoolSize(size);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** The executor of one article: its running threads are known, so they can be let go. */
    final class Article implements Executor {
        private final Set<Thread> running = new HashSet<>();
        private final Set<Thread> replaced = new HashSet<>();
        private volatile boolean expired;

        @Override
        public void execute(Runnable task) {
            pool.execute(() -> {
                Thread me = Thread.currentThread();
                synchronized (this) {
                    running.add(me);
                }
                try {
                    if (!expired) {
                        task.run();
                    }
                } finally {
                    boolean wasReplaced;
                    synchronized (this) {
                        running.remove(me);
                        wasReplaced = replaced.remove(me);
                    }
                    if (wasReplaced) {
                        Thread.interrupted(); // the interrupt was for the expired article, not the next task
                        shrink();
                    }
                }
            });
        }

        /** The article is out of time: its queued tasks will not run, its busy threads are replaced. */
        synchronized void expire() {
            if (expired) {
                return;
            }
            expired = true;
            for (Thread t : running) {
                replaced.add(t);
                grow();
                t.interrupt();
            }
        }

        boolean expired() {
            return expired;
        }
    }
}
