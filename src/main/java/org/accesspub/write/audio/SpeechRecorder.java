package org.accesspub.write.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accesspub.AccesspubException;
import org.accesspub.Warnings;
import org.accesspub.prepare.DocumentInfo;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.Term;
import org.accesspub.write.RenderContext;
import org.accesspub.speech.Pcm;
import org.accesspub.speech.SpeechEngines;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.speech.SpokenScript;
import org.accesspub.speech.text.MandarinReading;

/**
 * One synthesis run: a spoken script into one audio file (MP3 or WAV), returning where every sentence and
 * chapter lies in it. The audio streams through synthesis, levelling and encoding in bounded memory: each
 * utterance is synthesised (engines are loaded once per process), trimmed and levelled on its own, laid into
 * segments cut at pauses, and each segment is encoded on a free core and written in order. Used by the audio
 * writer and by anything else that needs audio with per-sentence timings (a talking book).
 *
 * <p>Built once with {@link #builder()}, immutable, safe to share: what one recording keeps track of (characters
 * reported, passages skipped) lives in a {@link Speaker} made for that recording.
 */
public final class SpeechRecorder {
    /** One rate for every file: eSpeak's own; FreeTTS's 16 kHz is resampled to it. */
    public static final int SAMPLE_RATE = 22050;

    /** Utterances spoken ahead of the one being laid into the file: enough to keep every speaking thread busy. */
    private static final int AHEAD = Runtime.getRuntime().availableProcessors() + 1;
    /** The speaking threads, shared by every recording of the process (articles of a batch included). */
    private static final ExecutorService SPEAKERS = Executors.newFixedThreadPool(
            Math.min(4, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "accesspub-speak");
                t.setDaemon(true);
                return t;
            });

    private final SpeechOptions options;
    private final Warnings warnings;
    private final int kbps;
    /** Languages whose engines are already loading (a cache: loading twice would only cost time). */
    private final java.util.Set<String> warmed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private SpeechRecorder(Builder b) {
        this.options = Objects.requireNonNull(b.options, "options");
        this.warnings = Objects.requireNonNull(b.warnings, "warnings");
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

    /** {@code mp3} or {@code wav}, as the options ask; the file extension to use. */
    public String format() {
        return options.audioFormat();
    }

    /**
     * Speaks the script into {@code file}. An MP3 gets an ID3 tag from the prepared {@code document} (may be
     * null: no tag but the chapters) with the chapters; the returned timeline has one cue per sentence ({@link Timeline.Cue#part()} is the index of its
     * first utterance in {@code script.parts()}).
     */
    public Timeline record(SpokenScript script, PreparedDocument document, Path file) throws IOException {
        return record(script, document, file, RenderContext.StopCheck.NEVER);
    }

    /** As {@link #record(SpokenScript, PreparedDocument, Path)}, calling {@code stop} before each part: a stopped job ends soon. */
    public Timeline record(SpokenScript script, PreparedDocument document, Path file, RenderContext.StopCheck stop)
            throws IOException {
        return record(script, document, file, stop, RenderContext.Progress.NONE);
    }

    /** As {@link #record(SpokenScript, PreparedDocument, Path, RenderContext.StopCheck)}, telling {@code progress} the utterances laid into the file of all. */
    public Timeline record(SpokenScript script, PreparedDocument document, Path file, RenderContext.StopCheck stop,
                           RenderContext.Progress progress) throws IOException {
        long utterances = script.parts().stream().filter(p -> p instanceof SpokenScript.Utterance).count();
        long laid = 0;
        Speaker speaker = new Speaker(SpeechEngines.forScript(options, warnings, script.language()), warnings);
        warmUp(script.language());
        try (AudioSink sink = format().equals("wav") ? new WavSink(file, SAMPLE_RATE) : new Mp3Sink(file, SAMPLE_RATE, kbps)) {
            Assembler assembler = new Assembler(sink, SAMPLE_RATE);
            // Utterances are spoken a few at a time on the speaking threads (an engine with several copies
            // speaks as many at once) and laid into the file in script order.
            java.util.ArrayDeque<Step> steps = new java.util.ArrayDeque<>();
            int waiting = 0;
            try {
                int index = 0;
                for (SpokenScript.Part part : script.parts()) {
                    stop.check();
                    if (part instanceof SpokenScript.Utterance u) {
                        steps.add(new Step(part, index, SPEAKERS.submit(() -> speaker.speak(u))));
                        waiting++;
                    } else {
                        steps.add(new Step(part, index, null));
                    }
                    index++;
                    while (waiting > AHEAD) {
                        Step step = steps.remove();
                        step.lay(assembler);
                        if (step.spoken() != null) {
                            waiting--;
                            progress.done(++laid, utterances);
                        }
                    }
                }
                while (!steps.isEmpty()) {
                    stop.check();
                    Step step = steps.remove();
                    step.lay(assembler);
                    if (step.spoken() != null) {
                        progress.done(++laid, utterances);
                    }
                }
            } finally {
                steps.forEach(Step::cancel);
            }
            Timeline timeline = assembler.finish();
            byte[] tag = format().equals("mp3") ? tag(document, timeline) : new byte[0];
            sink.finish(assembler.totalSamples(), tag);
            return timeline;
        }
    }

    /** One part of the script on its way into the file; an utterance's sound may still be being spoken. */
    private record Step(SpokenScript.Part part, int index, Future<Pcm> spoken) {
        void lay(Assembler assembler) throws IOException {
            if (part instanceof SpokenScript.Pause p) {
                assembler.pause(p.millis());
            } else if (part instanceof SpokenScript.Chapter c) {
                assembler.chapter(c.title(), c.level());
            } else if (part instanceof SpokenScript.Utterance u) {
                assembler.speech(result(spoken), u.display(), index);
            }
        }

        void cancel() {
            if (spoken != null) {
                spoken.cancel(true);
            }
        }

        private static Pcm result(Future<Pcm> spoken) throws IOException {
            try {
                return spoken.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while speaking");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IOException("speech failed", e.getCause());
            }
        }
    }

    /**
     * Starts loading, on other threads, what speaking {@code language} needs (the engine for it and, for
     * Chinese, HanLP's dictionaries), so that it is ready when the script is: call it before building the
     * script. Once per language per recorder; later calls cost nothing.
     */
    public void warmUp(String language) {
        if (!warmed.add(language == null ? "und" : language)) {
            return;
        }
        SpeechEngines engines = SpeechEngines.forScript(options, warnings, language);
        if (org.accesspub.lang.Languages.isChinese(language)) {
            Thread t = new Thread(() -> MandarinReading.pinyinLine("预热", cp -> { }), "accesspub-hanlp-load");
            t.setDaemon(true);
            t.start();
        }
        SPEAKERS.submit(() -> {
            engines.choose(language); // loads the engine; a bad option is reported when the script is spoken
            return null;
        });
    }

    /**
     * Title, artist (the creator), date, language, identifier (TXXX IDENTIFIER), comment (the description, else
     * the locale's words for a recording by accesspub) and chapters: every value as prepared.
     */
    static byte[] tag(PreparedDocument document, Timeline timeline) {
        Id3Tag tag = new Id3Tag();
        if (document != null) {
            DocumentInfo m = document.info();
            String language3 = iso639_2(m.language());
            tag.text("TIT2", m.title()).text("TPE1", m.creator()).text("TLAN", language3);
            tag.userText("IDENTIFIER", m.identifier()); // the book's identifier, as in every other output
            m.day().ifPresent(d -> tag
                    .text("TYER", String.format(Locale.ROOT, "%04d", d.getYear()))
                    .text("TDAT", String.format(Locale.ROOT, "%02d%02d", d.getDayOfMonth(), d.getMonthValue())));
            tag.comment(language3, m.description() != null ? m.description() : document.terms().get(Term.AUDIO_COMMENT));
        }
        return tag.chapters(timeline.chapters()).toBytes();
    }

    private static String iso639_2(String bcp47) {
        try {
            String l = Locale.forLanguageTag(bcp47 == null ? "und" : bcp47).getISO3Language();
            return l.length() == 3 ? l : "und";
        } catch (MissingResourceException e) {
            return "und";
        }
    }

    public static final class Builder {
        private SpeechOptions options = SpeechOptions.defaults(); // engine, voice, rate, format, eSpeak library
        private Warnings warnings = Warnings.collecting();
        private int kbps = 48; // mono speech at 22.05 kHz

        public Builder options(SpeechOptions v) { options = v; return this; }
        public Builder warnings(Warnings v) { warnings = v; return this; }
        public Builder kbps(int v) { kbps = v; return this; }

        public SpeechRecorder build() {
            return new SpeechRecorder(this);
        }
    }
}
