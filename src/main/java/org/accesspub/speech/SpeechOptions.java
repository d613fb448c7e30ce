package org.accesspub.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How the article is read aloud: engine, voice, rate, the audio format, the user's lexicon and voice models.
 * The audio, the talking books, the script builder and the self-check's speech rules read these; nothing
 * else does. Built with {@link #builder()}; immutable.
 */
public final class SpeechOptions {
    private final String engine;
    private final String voice;
    private final Integer rate;
    private final String audioFormat;
    private final Path lexicon;
    private final Path espeakLibrary;
    private final List<VoiceModel> voiceModels;

    private SpeechOptions(Builder b) {
        this.engine = b.engine;
        this.voice = b.voice;
        this.rate = b.rate;
        this.audioFormat = b.audioFormat == null ? "mp3" : b.audioFormat.toLowerCase(Locale.ROOT);
        this.lexicon = b.lexicon;
        this.espeakLibrary = b.espeakLibrary;
        this.voiceModels = List.copyOf(b.voiceModels);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static SpeechOptions defaults() {
        return builder().build();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        return builder().engine(engine).voice(voice).rate(rate).audioFormat(audioFormat).lexicon(lexicon)
                .espeakLibrary(espeakLibrary).voiceModels(voiceModels);
    }

    /** The same options with another audio format ({@code mp3} for the talking books). */
    public SpeechOptions withAudioFormat(String format) {
        return toBuilder().audioFormat(format).build();
    }

    /** Speech engine id ({@code espeak}, {@code freetts}), or null to choose by language. */
    public String engine() { return engine; }
    /** Voice name, or null for the engine's default for the language. */
    public String voice() { return voice; }
    /** Speaking rate (Chinese characters or English words per minute), or null for the default. */
    public Integer rate() { return rate; }
    /** {@code mp3} or {@code wav}, in lower case (checked by the recorder). */
    public String audioFormat() { return audioFormat; }
    /** A user lexicon of {@code word=reading} lines, or null. */
    public Path lexicon() { return lexicon; }
    /** Another libespeak-ng to load instead of the bundled one, or null. */
    public Path espeakLibrary() { return espeakLibrary; }
    /** Piper voice models the user brought, each for its language ({@code --voice-model}); empty: none. */
    public List<VoiceModel> voiceModels() { return voiceModels; }

    public static final class Builder {
        private String engine; // by language
        private String voice; // the engine's default
        private Integer rate; // 220 Han characters or 160 English words a minute
        private String audioFormat = "mp3";
        private Path lexicon; // none
        private Path espeakLibrary; // the bundled libespeak-ng
        private List<VoiceModel> voiceModels = List.of(); // none

        private Builder() {
        }

        public Builder engine(String v) { engine = v; return this; }
        public Builder voice(String v) { voice = v; return this; }
        public Builder rate(Integer v) { rate = v; return this; }
        public Builder audioFormat(String v) { audioFormat = v; return this; }
        public Builder lexicon(Path v) { lexicon = v; return this; }
        public Builder espeakLibrary(Path v) { espeakLibrary = v; return this; }
        public Builder voiceModels(List<VoiceModel> v) { voiceModels = v; return this; }

        public SpeechOptions build() {
            return new SpeechOptions(this);
        }
    }
}
