package org.accesspub;

import java.nio.file.Path;
import org.accesspub.fonts.FontChain;
import org.accesspub.style.LargePrintProfile;

/**
 * What the user chose for the outputs, shared by all writers; each writer reads the part it needs.
 * Built with {@link #builder()}; immutable.
 */
public final class PublishOptions {
    private final LargePrintProfile profile;
    private final FontChain fonts;
    private final Warnings warnings;
    private final String identifier;
    private final String publisher;
    private final String engine;
    private final String voice;
    private final Integer rate;
    private final String audioFormat;
    private final Path lexicon;
    private final Path espeakLibrary;

    private PublishOptions(Builder b) {
        this.profile = b.profile;
        this.fonts = b.fonts;
        this.warnings = b.warnings;
        this.identifier = b.identifier;
        this.publisher = b.publisher;
        this.engine = b.engine;
        this.voice = b.voice;
        this.rate = b.rate;
        this.audioFormat = b.audioFormat;
        this.lexicon = b.lexicon;
        this.espeakLibrary = b.espeakLibrary;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same options, with warnings going to {@code w} (one article of a batch). */
    public PublishOptions withWarnings(Warnings w) {
        Builder b = new Builder(this);
        b.warnings = w;
        return b.build();
    }

    public static PublishOptions defaults() {
        return builder().build();
    }

    public LargePrintProfile profile() { return profile; }
    public FontChain fonts() { return fonts; }
    public Warnings warnings() { return warnings; }
    /** EPUB identifier given by the user, or null to derive one from the content. */
    public String identifier() { return identifier; }
    /** Publisher named by the user, or null to use the article's source. */
    public String publisher() { return publisher; }
    /** Speech engine id ({@code espeak}, {@code freetts}), or null to choose by language. */
    public String engine() { return engine; }
    /** Voice name, or null for the engine's default for the language. */
    public String voice() { return voice; }
    /** Speaking rate (Chinese characters or English words per minute), or null for the default. */
    public Integer rate() { return rate; }
    /** {@code mp3} or {@code wav}. */
    public String audioFormat() { return audioFormat; }
    /** A user lexicon of {@code word=reading} lines, or null. */
    public Path lexicon() { return lexicon; }
    /** Another libespeak-ng to load instead of the bundled one, or null. */
    public Path espeakLibrary() { return espeakLibrary; }

    public static final class Builder {
        private LargePrintProfile profile = LargePrintProfile.defaults();
        private FontChain fonts = FontChain.bundled();
        private Warnings warnings = Warnings.collecting();
        private String identifier; // derived from the content
        private String publisher; // the article's source
        private String engine; // by language
        private String voice; // engine default
        private Integer rate; // 220 Han characters or 160 English words a minute
        private String audioFormat = "mp3";
        private Path lexicon; // none
        private Path espeakLibrary; // the bundled libespeak-ng

        public Builder() {
        }

        /** A builder holding every option of {@code o}: a new option is copied here too. */
        private Builder(PublishOptions o) {
            profile = o.profile;
            fonts = o.fonts;
            warnings = o.warnings;
            identifier = o.identifier;
            publisher = o.publisher;
            engine = o.engine;
            voice = o.voice;
            rate = o.rate;
            audioFormat = o.audioFormat;
            lexicon = o.lexicon;
            espeakLibrary = o.espeakLibrary;
        }

        public Builder profile(LargePrintProfile v) { profile = v; return this; }
        public Builder fonts(FontChain v) { fonts = v; return this; }
        public Builder warnings(Warnings v) { warnings = v; return this; }
        public Builder identifier(String v) { identifier = v; return this; }
        public Builder publisher(String v) { publisher = v; return this; }
        public Builder engine(String v) { engine = v; return this; }
        public Builder voice(String v) { voice = v; return this; }
        public Builder rate(Integer v) { rate = v; return this; }
        public Builder audioFormat(String v) { audioFormat = v; return this; }
        public Builder lexicon(Path v) { lexicon = v; return this; }
        public Builder espeakLibrary(Path v) { espeakLibrary = v; return this; }

        public PublishOptions build() {
            return new PublishOptions(this);
        }
    }
}
