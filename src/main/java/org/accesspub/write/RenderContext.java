package org.accesspub.write;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.accesspub.Warnings;

/**
 * What one job hands a writer for one call, as commonmark-java hands its renderers a context per render:
 * the files to write, the job's warnings, whether the job was stopped, and what the outputs of the same
 * job share (the article spoken once for the audio and the talking books). Writers are built once,
 * immutable and shared between jobs; everything that belongs to one job comes through here.
 *
 * <p>The outputs of one job get contexts of the same {@link Job}; thread-safe, as formats are written at
 * the same time.
 */
public final class RenderContext {
    private final OutputFiles out;
    private final Job job;
    private final Progress progress;

    private RenderContext(OutputFiles out, Job job, Progress progress) {
        this.out = Objects.requireNonNull(out, "out");
        this.job = Objects.requireNonNull(job, "job");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Told how far one call got, by a writer that counts its steps (the audio: utterances spoken of all). */
    @FunctionalInterface
    public interface Progress {
        /** Nobody asks: the command line. */
        Progress NONE = (done, total) -> { };

        void done(long done, long total);
    }

    /** Where this call tells how far it got ({@link Progress#NONE} when nobody asks). */
    public Progress progress() {
        return progress;
    }

    /** A context of a job of its own whose warnings are collected and dropped (tests, one-off writes). */
    public static RenderContext of(OutputFiles out) {
        return new Job(Warnings.collecting()).context(out);
    }

    /** A context of a job of its own, reporting to {@code warnings}. */
    public static RenderContext of(OutputFiles out, Warnings warnings) {
        return new Job(warnings).context(out);
    }

    /** Where this call writes its files; nothing is in place until the job commits them. */
    public OutputFiles out() {
        return out;
    }

    /** The job's warnings: what the user of this job should know. */
    public Warnings warnings() {
        return job.warnings;
    }

    /** True once the job was stopped ({@link Job#stop()}: cancelled, out of time; the JVM stopping) or its thread interrupted. */
    public boolean stopped() {
        return job.stopped || out.stopped() || Thread.currentThread().isInterrupted();
    }

    /** Throws when the job was stopped: long writers call it between steps so a stopped job ends soon. */
    public void checkStopped() throws IOException {
        if (stopped()) {
            throw new IOException("the conversion was stopped");
        }
    }

    /** What a long loop calls between steps (a block, an utterance): throws once the job was stopped. */
    @FunctionalInterface
    public interface StopCheck {
        /** No stop: for writes outside a job (a stream the caller owns). */
        StopCheck NEVER = () -> { };

        void check() throws IOException;
    }

    /**
     * What the outputs of this job share under {@code key}, made by the first to ask (others wait for it):
     * the speech the audio and the talking books take, recorded once.
     */
    public <T> T shared(Object key, Class<T> type, Supplier<T> make) {
        return type.cast(job.shared.computeIfAbsent(key, k -> make.get()));
    }

    /** One job: its warnings and what its outputs share. Each call gets a {@link #context} of it. */
    public static final class Job {
        private final Warnings warnings;
        private final Map<Object, Object> shared = new ConcurrentHashMap<>();
        private volatile boolean stopped;

        public Job(Warnings warnings) {
            this.warnings = Objects.requireNonNull(warnings, "warnings");
        }

        /** The context of one call of this job writing into {@code out}. */
        public RenderContext context(OutputFiles out) {
            return new RenderContext(out, this, Progress.NONE);
        }

        /** The context of one call of this job writing into {@code out}, telling {@code progress} how far it got. */
        public RenderContext context(OutputFiles out, Progress progress) {
            return new RenderContext(out, this, progress);
        }

        public Warnings warnings() {
            return warnings;
        }

        /** Stops the job (cancelled, out of time): its writers throw at their next {@link #checkStopped()}. */
        public void stop() {
            stopped = true;
        }
    }
}
