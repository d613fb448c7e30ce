package org.accesspub.read;

import java.nio.charset.Charset;

/**
 * How to read a source: what the user said about it. Built with {@link #builder()}; immutable.
 */
public final class ReadOptions {
    /** The default input size limit, in megabytes. */
    public static final long DEFAULT_MAX_INPUT_MB = 64;
    /** The default size limit of one image, in megabytes. */
    public static final long DEFAULT_MAX_IMAGE_MB = 20;
    /** The default pixel limit of one image, in millions of pixels. */
    public static final long DEFAULT_MAX_IMAGE_MEGAPIXELS = 40;

    private final SourceKind from;
    private final Charset encoding;
    private final String language;
    private final String title;
    private final String author;
    private final boolean keepPunctuation;
    private final long maxInputBytes;
    private final long maxImageBytes;
    private final long maxImagePixels;
    private final boolean keepAnimation;

    private ReadOptions(Builder b) {
        this.from = b.from;
        this.encoding = b.encoding;
        this.language = b.language;
        this.title = b.title;
        this.author = b.author;
        this.keepPunctuation = b.keepPunctuation;
        this.maxInputBytes = b.maxInputBytes;
        this.maxImageBytes = b.maxImageBytes;
        this.maxImagePixels = b.maxImagePixels;
        this.keepAnimation = b.keepAnimation;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static ReadOptions defaults() {
        return builder().build();
    }

    /** The source kind, or null to choose by file extension. */
    public SourceKind from() { return from; }
    /** The charset, or null to detect it. */
    public Charset encoding() { return encoding; }
    /** The language tag, or null to take it from the source or detect it. */
    public String language() { return language; }
    /** A title that replaces the source's, or null. */
    public String title() { return title; }
    /** An author that replaces the source's, or null. */
    public String author() { return author; }
    /** Keep ASCII punctuation between Han characters as written. */
    public boolean keepPunctuation() { return keepPunctuation; }
    /** Larger sources are refused: they are almost certainly not one article. */
    public long maxInputBytes() { return maxInputBytes; }
    /** A larger image (file or decoded {@code data:} URL) is replaced by its text alternative. */
    public long maxImageBytes() { return maxImageBytes; }
    /** An image of more pixels is replaced by its text alternative (it would take too much memory to draw). */
    public long maxImagePixels() { return maxImagePixels; }
    /** Keep an animated image as it is, instead of its first frame (WCAG 2.2.2). */
    public boolean keepAnimation() { return keepAnimation; }

    /** Bytes as whole megabytes, for messages. */
    public static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    public static final class Builder {
        private SourceKind from; // by extension
        private Charset encoding; // BOM, else UTF-8, else GB18030
        private String language; // front matter, html@lang, else by script
        private String title; // from the source
        private String author; // from the source
        private boolean keepPunctuation = false;
        private long maxInputBytes = DEFAULT_MAX_INPUT_MB * 1024 * 1024;
        private long maxImageBytes = DEFAULT_MAX_IMAGE_MB * 1024 * 1024;
        private long maxImagePixels = DEFAULT_MAX_IMAGE_MEGAPIXELS * 1_000_000;
        private boolean keepAnimation = false; // first frame only

        public Builder from(SourceKind v) { from = v; return this; }
        public Builder encoding(Charset v) { encoding = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder author(String v) { author = v; return this; }
        public Builder keepPunctuation(boolean v) { keepPunctuation = v; return this; }
        public Builder maxInputBytes(long v) { maxInputBytes = v; return this; }
        public Builder maxImageBytes(long v) { maxImageBytes = v; return this; }
        public Builder maxImagePixels(long v) { maxImagePixels = v; return this; }
        public Builder keepAnimation(boolean v) { keepAnimation = v; return this; }

        public ReadOptions build() {
            return new ReadOptions(this);
        }
    }
}
