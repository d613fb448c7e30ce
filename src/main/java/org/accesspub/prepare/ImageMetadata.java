package org.accesspub.prepare;

import java.io.ByteArrayOutputStream;

/**
 * Removes what an image carries besides its pixels before it goes into a shared document: JPEG
 * comments and APP segments (EXIF with GPS, XMP, camera notes; the JFIF header, ICC profile and
 * Adobe colour marker stay), PNG text, EXIF and time chunks. The pixels are never re-encoded.
 */
final class ImageMetadata {
    private ImageMetadata() {
    }

    static byte[] strip(byte[] data, ImageAsset.ImageType type) {
        try {
            return switch (type) {
                case JPEG -> jpeg(data);
                case PNG -> png(data);
                case GIF -> data;
            };
        } catch (RuntimeException e) {
            return data; // malformed structure that still decoded: keep it as it is
        }
    }

    private static byte[] jpeg(byte[] d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        out.write(d, 0, 2); // SOI
        int i = 2;
        while (i + 4 <= d.length && (d[i] & 0xFF) == 0xFF) {
            int marker = d[i + 1] & 0xFF;
            if (marker == 0xDA) { // start of scan: the rest is image data
                break;
            }
            int length = ((d[i + 2] & 0xFF) << 8) | (d[i + 3] & 0xFF);
            int end = i + 2 + length;
            if (length < 2 || end > d.length) {
                return d;
            }
            boolean keep = !(marker == 0xFE || (marker >= 0xE1 && marker <= 0xEF && marker != 0xE2 && marker != 0xEE));
            if (keep) {
                out.write(d, i, end - i);
            }
            i = end;
        }
        out.write(d, i, d.length - i);
        return out.toByteArray();
    }

    private static byte[] png(byte[] d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        out.write(d, 0, 8);
        int i = 8;
        while (i + 12 <= d.length) {
            int length = ((d[i] & 0xFF) << 24) | ((d[i + 1] & 0xFF) << 16) | ((d[i + 2] & 0xFF) << 8) | (d[i + 3] & 0xFF);
            int end = i + 12 + length;
            if (length < 0 || end > d.length) {
                return d;
            }
            String kind = new String(d, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!(kind.equals("tEXt") || kind.equals("zTXt") || kind.equals("iTXt") || kind.equals("eXIf") || kind.equals("tIME"))) {
                out.write(d, i, end - i);
            }
            i = end;
        }
        out.write(d, i, d.length - i);
        return out.toByteArray();
    }
}
