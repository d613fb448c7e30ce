package org.accesspub.write.audio;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.accesspub.PublishOptions;
import org.accesspub.model.Article;
import org.accesspub.speech.ScriptBuilder;

/**
 * Speak once: every output of one conversion that needs the article read aloud (the audio, the narrated
 * EPUB, the DAISY book) takes it from here, and the first to ask does the synthesis while the others wait.
 * The books need MP3; when the audio output is WAV the article is spoken a second time, in MP3.
 * Thread-safe; holds the audio until it is dropped, so it lives for one conversion.
 */
public final class SharedSpeech {
    private final PublishOptions options;
    private final Map<Article, Map<String, FutureTask<SpokenAudio>>> runs = new IdentityHashMap<>();
    private final Map<String, AudioWriter> writers = new HashMap<>();

    public SharedSpeech(PublishOptions options) {
        this.options = options;
    }

    /** The article spoken in the user's audio format (what {@code -f audio} writes). */
    public SpokenAudio audio(Article article) {
        return spoken(article, options.audioFormat() == null ? "mp3" : options.audioFormat());
    }

    /**
     * Checks the speech options (engine, rate, lexicon) now, before anything is written, for an output that
     * will ask for the MP3 later; returns this.
     */
    public SharedSpeech forBooks() {
        writer("mp3");
        return this;
    }

    /** The article spoken in MP3, for the talking books. */
    public SpokenAudio mp3(Article article) {
        return spoken(article, "mp3");
    }

    /** The writer that speaks in this format, built once (which checks the options and loads the lexicon). */
    private AudioWriter writer(String format) {
        synchronized (writers) {
            return writers.computeIfAbsent(format, f -> AudioWriter.builder()
                    .script(ScriptBuilder.forOptions(options)::build)
                    .options(options)
                    .format(f)
                    .build());
        }
    }

    private SpokenAudio spoken(Article article, String format) {
        FutureTask<SpokenAudio> run;
        boolean first;
        synchronized (runs) {
            Map<String, FutureTask<SpokenAudio>> byFormat = runs.computeIfAbsent(article, a -> new HashMap<>());
            run = byFormat.get(format);
            first = run == null;
            if (first) {
                AudioWriter writer = writer(format);
                run = new FutureTask<>(() -> writer.speak(article));
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
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("speech failed", e.getCause());
        }
    }
}
