package org.accesspub.write.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.accesspub.Warnings;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.speech.ScriptBuilder;
import org.accesspub.speech.SpeechEngines;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.speech.SpokenScript;
import org.accesspub.write.RenderContext;

/**
 * Speak once: every output of one conversion that needs the article read aloud (the audio, the narrated
 * EPUB, the DAISY book) takes it from here, and the first to ask records it with a {@link SpeechRecorder}
 * while the others wait. The books need MP3: when the audio output is WAV the article is recorded a second
 * time, in MP3. Thread-safe; lives for one job ({@link #of(RenderContext, SpeechOptions, ScriptBuilder)}), whose
 * output files hold the recording until they are committed or discarded.
 */
public final class SharedSpeech {
    private final SpeechOptions options;
    private final Warnings warnings;
    private final Map<PreparedDocument, Map<String, FutureTask<SpokenAudio>>> runs = new IdentityHashMap<>();
    private final ScriptBuilder scripts;

    public SharedSpeech(SpeechOptions options, ScriptBuilder scripts, Warnings warnings) {
        this.options = options;
        this.scripts = scripts;
        this.warnings = warnings;
    }

    /** What the job's outputs made with these options share under this key. */
    private record Key(SpeechOptions options) {
    }

    /**
     * The speech of the job {@code context} belongs to: the first of its outputs to ask makes it, the others
     * (made with the same options) take the same recording.
     */
    public static SharedSpeech of(RenderContext context, SpeechOptions options, ScriptBuilder scripts) {
        return context.shared(new Key(options), SharedSpeech.class,
                () -> new SharedSpeech(options, scripts, context.warnings()));
    }

    /** Checks the speech options the talking books take (engine, rate) now, before anything is written. */
    public static void check(SpeechOptions options) {
        SpeechRecorder.builder().options(options.withAudioFormat("mp3")).build();
    }

    /**
     * The article spoken in the user's audio format (what {@code -f audio} writes), recorded into a scratch file
     * of the job's output files (deleted when it commits or is discarded).
     */
    public SpokenAudio audio(PreparedDocument article, RenderContext context) {
        return spoken(article, options.audioFormat(), context);
    }

    /** The article spoken in MP3, for the talking books; see {@link #audio}. */
    public SpokenAudio mp3(PreparedDocument article, RenderContext context) {
        return spoken(article, "mp3", context);
    }

    private SpeechRecorder recorder(String format) {
        return SpeechRecorder.builder().options(options.withAudioFormat(format)).warnings(warnings).build();
    }

    private SpokenAudio spoken(PreparedDocument article, String format, RenderContext context) {
        FutureTask<SpokenAudio> run;
        boolean first;
        synchronized (runs) {
            Map<String, FutureTask<SpokenAudio>> byFormat = runs.computeIfAbsent(article, a -> new HashMap<>());
            run = byFormat.get(format);
            first = run == null;
            if (first) {
                SpeechRecorder recorder = recorder(format);
                run = new FutureTask<>(() -> record(article, recorder, context));
                byFormat.put(format, run);
            }
        }
        if (first) {
            run.run();
        }
        try {
            return run.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the speech", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("speech cancelled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("speech failed", e.getCause());
        }
    }

    /** The recording streams into a scratch file: however long the article, it is never held in memory. */
    private SpokenAudio record(PreparedDocument article, SpeechRecorder recorder, RenderContext context) throws IOException {
        recorder.warmUp(article.info().language()); // the engine loads while the script is built
        SpokenScript script = scripts.build(article);
        Path file = context.out().scratch("speech." + recorder.format());
        Timeline timeline = recorder.record(script, article, file, context::checkStopped, context.progress());
        List<SpokenAudio.Clip> clips = timeline.cues().stream()
                .map(c -> new SpokenAudio.Clip(c.part(), c.startMs(), c.endMs())).toList();
        return new SpokenAudio(file, recorder.format(), script, clips, timeline.durationMs(), narrator(script),
                WebVtt.of(timeline));
    }

    /** The engines and voices that read the script, main language first: "eSpeak NG 1.52 (cmn); FreeTTS 1.2.2". */
    private String narrator(SpokenScript script) {
        SpeechEngines engines = SpeechEngines.forScript(options, warnings, script.language());
        LinkedHashSet<String> languages = new LinkedHashSet<>();
        languages.add(script.language());
        for (SpokenScript.Part p : script.parts()) {
            if (p instanceof SpokenScript.Utterance u && u.spoken() != null && !u.spoken().isBlank()) {
                languages.add(u.language());
            }
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String language : languages) {
            SpeechEngines.Choice c = engines.choose(language);
            String label = c.engine().label().replaceFirst("\\s*\\(.*$", "");
            names.add(label + (c.voice() != null ? " (" + c.voice() + ")" : ""));
        }
        return String.join("; ", names);
    }
}
