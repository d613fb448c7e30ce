package org.accesspub.write.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.speech.SpokenScript;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.RenderContext;

/**
 * The article read aloud: {@code <name>.mp3} (or {@code .wav}) with ID3 chapters, and {@code <name>.vtt},
 * a transcript timed to the audio. The recording itself is a {@link SpeechRecorder} run, one per call.
 * Built once with {@link #builder()}; immutable, shared by jobs.
 */
public final class AudioWriter implements ArticleWriter {
    /** One rate for the whole file: eSpeak's own; FreeTTS's 16 kHz is resampled to it. */
    public static final int SAMPLE_RATE = SpeechRecorder.SAMPLE_RATE;

    private final Function<PreparedDocument, SpokenScript> script;
    private final SpeechOptions options;
    private final int kbps;
    private final BiFunction<PreparedDocument, RenderContext, SpokenAudio> shared;

    private AudioWriter(Builder b) {
        this.script = Objects.requireNonNull(b.script, "script");
        this.options = Objects.requireNonNull(b.options, "options");
        this.kbps = b.kbps;
        this.shared = b.shared;
        recorder(org.accesspub.Warnings.collecting()); // checks the format, engine and rate now, before any job
    }

    /** A recorder for one call, reporting to that job's warnings. */
    private SpeechRecorder recorder(org.accesspub.Warnings warnings) {
        return SpeechRecorder.builder().options(options).warnings(warnings).kbps(kbps).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(PreparedDocument document, RenderContext context) throws IOException {
        org.accesspub.write.OutputFiles out = context.out();
        if (shared != null) { // the talking books of this job use the same recording: speak once
            SpokenAudio audio = shared.apply(document, context);
            try (OutputStream o = out.open(audio.extension())) {
                java.nio.file.Files.copy(audio.file(), o);
            }
            try (OutputStream o = out.open("vtt")) {
                o.write(audio.transcript().getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        SpeechRecorder recorder = recorder(context.warnings());
        recorder.warmUp(document.info().language()); // the engine loads while the script is built
        SpokenScript spoken = script.apply(document);
        Timeline timeline = recorder.record(spoken, document, out.create(recorder.format()), context::checkStopped,
                context.progress());
        try (OutputStream o = out.open("vtt")) {
            o.write(WebVtt.of(timeline).getBytes(StandardCharsets.UTF_8));
        }
    }

    public static final class Builder {
        private Function<PreparedDocument, SpokenScript> script; // required: the script builder
        private SpeechOptions options = SpeechOptions.defaults(); // engine, voice, rate, format, eSpeak library
        private int kbps = 48; // mono speech at 22.05 kHz
        private BiFunction<PreparedDocument, RenderContext, SpokenAudio> shared; // none: it records itself

        public Builder script(Function<PreparedDocument, SpokenScript> v) { script = v; return this; }
        public Builder options(SpeechOptions v) { options = v; return this; }
        public Builder kbps(int v) { kbps = v; return this; }
        /** Where the recording comes from when the job's other outputs share it ({@link SharedSpeech}); null: its own. */
        public Builder shared(BiFunction<PreparedDocument, RenderContext, SpokenAudio> v) { shared = v; return this; }

        public AudioWriter build() {
            return new AudioWriter(this);
        }
    }
}
