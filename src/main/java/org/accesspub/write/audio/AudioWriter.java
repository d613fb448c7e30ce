package org.accesspub.write.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.accesspub.AccesspubException;
import org.accesspub.PublishOptions;
import org.accesspub.prepare.DocumentInfo;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.speech.Pcm;
import org.accesspub.speech.SpeechEngines;
import org.accesspub.speech.SpokenScript;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.OutputFiles;

/**
 * The article read aloud: {@code <name>.mp3} (or {@code .wav}) with ID3 chapters, and {@code <name>.vtt},
 * a transcript timed to the audio. Each utterance of the spoken script is read by the engine for its
 * language, brought to one loudness and laid end to end with the script's pauses. Synthesis runs on the
 * calling thread while another thread encodes, so the two overlap on two cores.
 */
public final class AudioWriter implements ArticleWriter {
    /** One rate for the whole file: eSpeak's own; FreeTTS's 16 kHz is resampled to it. */
    public static final int SAMPLE_RATE = 22050;

    private final Function<PreparedDocument, SpokenScript> script;
    private final PublishOptions options;
    private final int kbps;

    private AudioWriter(Builder b) {
        this.script = Objects.requireNonNull(b.script, "script");
        this.options = b.options;
        this.kbps = b.kbps;
        String format = format();
        if (!format.equals("mp3") && !format.equals("wav")) {
            throw AccesspubException.badUsage("Unknown audio format '" + options.audioFormat() + "'; use mp3 or wav");
        }
        SpeechEngines.check(options);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(PreparedDocument document, OutputFiles out) throws IOException {
        SpokenScript spoken = script.apply(document);
        Rendered r = render(spoken);
        String format = format();
        try (OutputStream o = out.open(format)) {
            if (format.equals("mp3")) {
                o.write(tag(document, spoken, r.timeline()));
            }
            o.write(r.audio());
        }
        try (OutputStream o = out.open("vtt")) {
            o.write(WebVtt.of(r.timeline()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private String format() {
        return options.audioFormat() == null ? "mp3" : options.audioFormat().toLowerCase(Locale.ROOT);
    }

    /** Encoded audio (no tag), where everything lies in it, and how long each half of the work took. */
    record Rendered(byte[] audio, Timeline timeline, long synthesisNanos, long encodingNanos, long wallNanos,
                    long synthesisCpuNanos, long encodingCpuNanos) {
    }

    private static long cpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : 0;
    }

    /** One thing for the encoding thread to do; false ends the stream. */
    private interface Step {
        boolean applyTo(Assembler a);
    }

    Rendered render(SpokenScript spoken) {
        long wallStart = System.nanoTime();
        SpeechEngines engines = SpeechEngines.forScript(options, spoken.language());
        PcmSink sink = format().equals("wav") ? new WavSink(SAMPLE_RATE) : new Mp3Sink(SAMPLE_RATE, kbps);
        Assembler assembler = new Assembler(sink, SAMPLE_RATE);
        BlockingQueue<Step> queue = new ArrayBlockingQueue<>(16);
        long[] encodingNanos = new long[2]; // busy time, CPU time
        ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "accesspub-audio-encoder");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Timeline> done = encoder.submit(() -> {
                long cpu0 = cpuNanos();
                while (true) {
                    Step step = queue.take();
                    long t0 = System.nanoTime();
                    boolean more = step.applyTo(assembler);
                    if (!more) {
                        Timeline t = assembler.finish();
                        encodingNanos[0] += System.nanoTime() - t0;
                        encodingNanos[1] = cpuNanos() - cpu0;
                        return t;
                    }
                    encodingNanos[0] += System.nanoTime() - t0;
                }
            });
            long synthesis = 0;
            long cpu0 = cpuNanos();
            for (SpokenScript.Part part : spoken.parts()) {
                long t0 = System.nanoTime();
                Step step = toStep(part, engines);
                synthesis += System.nanoTime() - t0;
                hand(queue, step, done);
            }
            long synthesisCpu = cpuNanos() - cpu0;
            hand(queue, a -> false, done);
            Timeline timeline = done.get();
            byte[] audio = sink.finish(); // the encoder's last frames; counted as encoding by the caller's clock
            return new Rendered(audio, timeline, synthesis, encodingNanos[0], System.nanoTime() - wallStart,
                    synthesisCpu, encodingNanos[1]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing audio", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("audio encoding failed", e.getCause());
        } finally {
            encoder.shutdownNow();
        }
    }

    private Step toStep(SpokenScript.Part part, SpeechEngines engines) {
        if (part instanceof SpokenScript.Pause p) {
            return a -> {
                a.pause(p.millis());
                return true;
            };
        }
        if (part instanceof SpokenScript.Chapter c) {
            return a -> {
                a.chapter(c.title());
                return true;
            };
        }
        SpokenScript.Utterance u = (SpokenScript.Utterance) part;
        Pcm pcm = speak(u, engines);
        return a -> {
            a.speech(pcm, u.display());
            return true;
        };
    }

    /** The utterance spoken, without its edge silence, at the file's rate and loudness. */
    private Pcm speak(SpokenScript.Utterance u, SpeechEngines engines) {
        if (u.spoken() == null || u.spoken().isBlank()) {
            return Pcm.silence(0, SAMPLE_RATE);
        }
        SpeechEngines.Choice choice = engines.choose(u.language());
        Pcm raw = choice.engine().synthesise(u.spoken(), u.language(), choice.voice(), engines.rate(u.language()));
        Pcm pcm = Loudness.trim(raw);
        if (pcm.length() == 0) {
            options.warnings().warn(choice.engine().label() + " said nothing for: " + u.display());
            return pcm;
        }
        return Loudness.normalise(pcm.resampled(SAMPLE_RATE));
    }

    /** Queues a step, giving up if the encoding thread has already failed. */
    private static void hand(BlockingQueue<Step> queue, Step step, Future<Timeline> consumer)
            throws InterruptedException, ExecutionException {
        while (!queue.offer(step, 100, TimeUnit.MILLISECONDS)) {
            if (consumer.isDone()) {
                consumer.get(); // rethrows the encoder's failure
                throw new IllegalStateException("audio encoder stopped early");
            }
        }
    }

    /** Title, artist (author, else source), date, language, comment and chapters. */
    static byte[] tag(PreparedDocument document, SpokenScript spoken, Timeline timeline) {
        DocumentInfo m = document.info();
        String language3 = iso639_2(m.language());
        Id3Tag tag = new Id3Tag()
                .text("TIT2", m.title())
                .text("TPE1", firstOf(m.author(), m.source()))
                .text("TLAN", language3);
        m.pubDate().ifPresent(d -> tag
                .text("TYER", String.format(Locale.ROOT, "%04d", d.day().getYear()))
                .text("TDAT", String.format(Locale.ROOT, "%02d%02d", d.day().getDayOfMonth(), d.day().getMonthValue())));
        tag.comment(language3, firstOf(m.description(), document.terms().get("audio.comment")));
        for (Timeline.ChapterMark c : timeline.chapters()) {
            tag.chapter(c.title(), c.startMs(), c.endMs());
        }
        return tag.toBytes();
    }

    private static String iso639_2(String bcp47) {
        try {
            String l = Locale.forLanguageTag(bcp47 == null ? "und" : bcp47).getISO3Language();
            return l.length() == 3 ? l : "und";
        } catch (MissingResourceException e) {
            return "und";
        }
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    public static final class Builder {
        private Function<PreparedDocument, SpokenScript> script; // required: the script builder
        private PublishOptions options = PublishOptions.defaults(); // engine, voice, rate, format, eSpeak library
        private int kbps = 48; // mono speech at 22.05 kHz

        public Builder script(Function<PreparedDocument, SpokenScript> v) { script = v; return this; }
        public Builder options(PublishOptions v) { options = v; return this; }
        public Builder kbps(int v) { kbps = v; return this; }

        public AudioWriter build() {
            return new AudioWriter(this);
        }
    }
}
