package org.accesspub.prepare;

/**
 * What an image of the article became after the {@link ImageResolver}'s checks: bytes every writer
 * may embed, or nothing, in which case every writer shows the image's text alternative in its place.
 */
public sealed interface ImageAsset {

    /**
     * Decoded once to prove it is an image; {@code data} has no comments or text metadata, and is no larger
     * than a page needs ({@code ImageCheck.MAX_SIDE}).
     *
     * @param flashing an animation kept by the user that flashes more than three times a second (WCAG 2.3.1):
     *                 a hazard the outputs declare
     */
    record Embedded(byte[] data, ImageType type, int width, int height, boolean flashing) implements ImageAsset {
        public Embedded(byte[] data, ImageType type, int width, int height) {
            this(data, type, width, height, false);
        }
    }

    /** Not embedded (remote, missing, outside the folder, too large, undecodable); the reason was warned once. */
    record Unavailable(String reason) implements ImageAsset {
    }

    /** The image types every output can embed, recognised by their first bytes. */
    enum ImageType {
        PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), GIF("image/gif", "gif");

        private final String mediaType;
        private final String extension;

        ImageType(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The type the bytes start with, or null. */
        public static ImageType sniff(byte[] d) {
            if (starts(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return PNG;
            }
            if (starts(d, 0xFF, 0xD8, 0xFF)) {
                return JPEG;
            }
            if (starts(d, 'G', 'I', 'F', '8')) {
                return GIF;
            }
            return null;
        }

        private static boolean starts(byte[] d, int... prefix) {
            if (d.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((d[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
