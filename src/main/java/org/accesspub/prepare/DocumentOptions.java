package org.accesspub.prepare;

import java.time.Instant;

/**
 * What the user says about the document as a whole, for every output: its identifier, its publisher and
 * the time of conversion. Built with {@link #builder()}; immutable.
 */
public final class DocumentOptions {
    private final String identifier;
    private final String publisher;
    private final Instant conversionTime;

    private DocumentOptions(Builder b) {
        this.identifier = b.identifier;
        this.publisher = b.publisher;
        this.conversionTime = b.conversionTime != null ? b.conversionTime : defaultConversionTime();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static DocumentOptions defaults() {
        return builder().build();
    }

    /** The identifier given by the user ({@code --identifier}), or null to derive one from the content. */
    public String identifier() { return identifier; }
    /** Publisher named by the user ({@code --publisher}), or null to use the article's source. */
    public String publisher() { return publisher; }
    /** The time of conversion: SOURCE_DATE_EPOCH when set (reproducible builds), else when these were built. */
    public Instant conversionTime() { return conversionTime; }

    /** SOURCE_DATE_EPOCH (seconds since 1970, as reproducible builds set it) when valid, else now. */
    static Instant defaultConversionTime() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        }
        return Instant.now();
    }

    public static final class Builder {
        private String identifier; // derived from the content
        private String publisher; // the article's source
        private Instant conversionTime; // SOURCE_DATE_EPOCH, else now

        private Builder() {
        }

        public Builder identifier(String v) { identifier = v; return this; }
        public Builder publisher(String v) { publisher = v; return this; }
        public Builder conversionTime(Instant v) { conversionTime = v; return this; }

        public DocumentOptions build() {
            return new DocumentOptions(this);
        }
    }
}
