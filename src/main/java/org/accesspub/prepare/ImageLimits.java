package org.accesspub.prepare;

/**
 * How large an image may be before its text alternative is used instead. Defaults: 20 MB per
 * image file or decoded {@code data:} image, 10 MB of {@code data:} URL text, 40 million pixels.
 */
public record ImageLimits(long maxBytes, int maxDataUrlChars, long maxPixels) {
    public static final ImageLimits DEFAULT = new ImageLimits(20L << 20, 10 << 20, 40_000_000L);

    public ImageLimits {
        if (maxBytes <= 0 || maxDataUrlChars <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("image limits must be positive");
        }
    }
}
