package org.accesspub.prepare;

/**
 * How large an image may be before its text alternative is used instead, and whether an animation is kept.
 * Defaults: 20 MB per image file or decoded {@code data:} image, 10 MB of {@code data:} URL text, 40 million
 * pixels (a GIF's canvas, and its frames all together), animations cut to their first frame.
 *
 * @param keepAnimation keep an animated GIF as it is ({@code --keep-animation}) instead of its first frame
 */
public record ImageLimits(long maxBytes, int maxDataUrlChars, long maxPixels, boolean keepAnimation) {
    public static final ImageLimits DEFAULT = new ImageLimits(20L << 20, 10 << 20, 40_000_000L, false);

    public ImageLimits {
        if (maxBytes <= 0 || maxDataUrlChars <= 0 || maxPixels <= 0) {
            throw new IllegalArgumentException("image limits must be positive");
        }
    }

    public ImageLimits(long maxBytes, int maxDataUrlChars, long maxPixels) {
        this(maxBytes, maxDataUrlChars, maxPixels, false);
    }

    public ImageLimits withKeepAnimation(boolean v) {
        return new ImageLimits(maxBytes, maxDataUrlChars, maxPixels, v);
    }
}
