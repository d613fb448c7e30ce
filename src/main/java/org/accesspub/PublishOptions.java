package org.accesspub;

import java.nio.file.Path;
import java.time.Instant;
import org.accesspub.fonts.FontChain;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.write.braille.BraillePage;
import org.accesspub.write.braille.BrailleTables;

/**
 * What the user chose for the outputs, shared by all writers; each writer reads the part it needs.
 * Built with {@link #builder()}; immutable.
 */
public final class PublishOptions implements Cloneable {
    private final LargePrintProfile profile;
    private final FontChain fonts;
    private Warnings warnings; // replaced only in a copy, by withWarnings
    private final String identifier;
    private final String publisher;
    private final String certifier;
    private final Instant conversionTime;
    private final String engine;
    private final String voice;
    private final Integer rate;
    private String audioFormat;
    private final Path lexicon;
    private final Path espeakLibrary;
    private final BrailleTables brailleTables;
    private final BraillePage braillePage;
    private final java.util.List<org.accesspub.speech.VoiceModel> voiceModels;

    private PublishOptions(Builder b) {
        this.profile = b.profile;
        this.fonts = b.fonts;
        this.warnings = b.warnings;
        this.identifier = b.identifier;
        this.publisher = b.publisher;
        this.certifier = b.certifier;
        this.conversionTime = b.conversionTime != null ? b.conversionTime : defaultConversionTime();
        this.engine = b.engine;
        this.voice = b.voice;
        this.rate = b.rate;
        this.audioFormat = b.audioFormat;
        this.lexicon = b.lexicon;
        this.espeakLibrary = b.espeakLibrary;
        this.brailleTables = b.brailleTables;
        this.braillePage = b.braillePage;
        this.voiceModels = java.util.List.copyOf(b.voiceModels);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same options, with warnings going to {@code w} (one article of a batch). */
    public PublishOptions withWarnings(Warnings w) {
        try {
            PublishOptions copy = (PublishOptions) clone(); // every option, including ones added later
            copy.warnings = w;
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The same options with another audio format ({@code mp3} for the talking books). */
    public PublishOptions withAudioFormat(String format) {
        try {
            PublishOptions copy = (PublishOptions) clone();
            copy.audioFormat = format;
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
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
    /** Who certified the EPUB's accessibility ({@code --certifier}), or null: no certification is claimed. */
    public String certifier() { return certifier; }
    /** The time of conversion: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
    public Instant conversionTime() { return conversionTime; }
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
    /** The braille table for each script. */
    public BrailleTables brailleTables() { return brailleTables; }
    /** Braille cells a line and lines a page. */
    public BraillePage braillePage() { return braillePage; }
    /** Piper voice models the user brought, each for its language ({@code --voice-model}); empty: none. */
    public java.util.List<org.accesspub.speech.VoiceModel> voiceModels() { return voiceModels; }

    /** SOURCE_DATE_EPOCH (seconds since 1970, as reproducible builds set it) when valid, else now. */
    static Instant defaultConversionTime() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        }
        return Instant.now();
    }

    public static final class Builder {
        private LargePrintProfile profile = LargePrintProfile.defaults();
        private FontChain fonts = FontChain.bundled();
        private Warnings warnings = Warnings.collecting();
        private String identifier; // derived from the content
        private String publisher; // the article's source
        private String certifier; // none
        private Instant conversionTime; // SOURCE_DATE_EPOCH, else now
        private String engine; // by language
        private String voice; // engine default
        private Integer rate; // 220 Han characters or 160 English words a minute
        private String audioFormat = "mp3";
        private Path lexicon; // none
        private Path espeakLibrary; // the bundled libespeak-ng
        private BrailleTables brailleTables = BrailleTables.defaults(); // zhcn-cbs, zh-tw, ueb-g2
        private BraillePage braillePage = BraillePage.DEFAULT; // 40x25
        private java.util.List<org.accesspub.speech.VoiceModel> voiceModels = java.util.List.of(); // none

        public Builder profile(LargePrintProfile v) { profile = v; return this; }
        public Builder fonts(FontChain v) { fonts = v; return this; }
        public Builder warnings(Warnings v) { warnings = v; return this; }
        public Builder identifier(String v) { identifier = v; return this; }
        public Builder publisher(String v) { publisher = v; return this; }
        public Builder certifier(String v) { certifier = v; return this; }
        public Builder conversionTime(Instant v) { conversionTime = v; return this; }
        public Builder engine(String v) { engine = v; return this; }
        public Builder voice(String v) { voice = v; return this; }
        public Builder rate(Integer v) { rate = v; return this; }
        public Builder audioFormat(String v) { audioFormat = v; return this; }
        public Builder lexicon(Path v) { lexicon = v; return this; }
        public Builder espeakLibrary(Path v) { espeakLibrary = v; return this; }
        public Builder brailleTables(BrailleTables v) { brailleTables = v; return this; }
        public Builder braillePage(BraillePage v) { braillePage = v; return this; }
        public Builder voiceModels(java.util.List<org.accesspub.speech.VoiceModel> v) { voiceModels = v; return this; }

        public PublishOptions build() {
            return new PublishOptions(this);
        }
    }
}
