package org.accesspub.prepare;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * Decodes an image before anything embeds it and decides what is embedded: the canvas and every frame of
 * a GIF count towards the pixel limit (a 35-byte GIF may declare 65535 × 65535); an animation becomes its
 * first frame (WCAG 2.2.2) unless the user keeps it, and a kept one is checked for flashing (WCAG 2.3.1); an
 * image larger than a page needs is decoded subsampled and re-encoded at most {@link #MAX_SIDE} pixels a side,
 * so no writer holds more than that, whatever the source; a damaged image that still decodes (a truncated
 * JPEG) is re-encoded from what could be read. Memory is bounded by {@link #MAX_SIDE}, not by the source.
 */
final class ImageCheck {
    /** The longest side embedded: a full page at 300 dpi. */
    static final int MAX_SIDE = 2400;
    /** Frames of an animation looked at, at most. */
    static final int MAX_FRAMES = 5000;

    /** What to embed, or why not ({@code refusal}); {@code notes} are warnings about what was done. */
    record Result(ImageAsset.Embedded embedded, String refusal, List<String> notes) {
        static Result refused(String why) {
            return new Result(null, why, List.of());
        }
    }

    private ImageCheck() {
    }

    static Result check(byte[] data, ImageAsset.ImageType type, ImageLimits limits) throws IOException {
        if (type == ImageAsset.ImageType.GIF && data.length >= 10) {
            int cw = (data[6] & 0xFF) | (data[7] & 0xFF) << 8;
            int ch = (data[8] & 0xFF) | (data[9] & 0xFF) << 8;
            if ((long) cw * ch > limits.maxPixels()) {
                return Result.refused("declares a canvas of " + cw + "×" + ch + " pixels, more than the "
                        + millions(limits) + " allowed");
            }
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Result.refused("cannot be decoded");
            }
            ImageReader reader = readers.next();
            List<String> damage = new ArrayList<>();
            try {
                reader.setInput(in, false, false);
                reader.addIIOReadWarningListener((source, warning) -> damage.add(warning));
                return check(reader, data, type, limits, damage);
            } finally {
                reader.dispose();
            }
        }
    }

    private static Result check(ImageReader reader, byte[] data, ImageAsset.ImageType type, ImageLimits limits,
                                List<String> damage) throws IOException {
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0) {
            return Result.refused("cannot be decoded");
        }
        if ((long) w * h > limits.maxPixels()) {
            return Result.refused("has " + w + "×" + h + " pixels, more than the " + millions(limits) + " allowed");
        }
        int frames = 1;
        if (type == ImageAsset.ImageType.GIF) {
            long total = (long) w * h;
            for (int i = 1; ; i++) {
                long pixels;
                try {
                    pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                } catch (IndexOutOfBoundsException | IOException end) {
                    break; // no more frames (or the rest is cut off: the first frames are what there is)
                }
                total += pixels;
                frames = i + 1;
                if (total > limits.maxPixels() || frames > MAX_FRAMES) {
                    return Result.refused("has " + (frames > MAX_FRAMES ? "more than " + MAX_FRAMES : frames)
                            + " frames of " + (total / 1_000_000) + " million pixels or more in all, more than the "
                            + millions(limits) + " allowed");
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (frames > 1 && limits.keepAnimation()) {
            boolean flashing = Flashes.flashing(reader, frames);
            if (flashing) {
                notes.add("flashes more than three times a second (WCAG 2.3.1), which can cause seizures: it is kept"
                        + " as asked (--keep-animation) and the e-book declares the flashing hazard");
            }
            return new Result(new ImageAsset.Embedded(ImageMetadata.strip(data, type), type, w, h, flashing), null,
                    notes);
        }
        int step = (int) Math.max(1, (Math.max(w, h) + MAX_SIDE - 1) / MAX_SIDE);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = reader.read(0, param); // proves it decodes
        if (frames > 1) {
            notes.add("is animated (" + frames + " frames): its first frame is used (WCAG 2.2.2;"
                    + " --keep-animation keeps the animation)");
        }
        if (!damage.isEmpty()) {
            notes.add("is damaged (" + damage.get(0) + "): what could be read of it is used");
        }
        if (frames == 1 && step == 1 && damage.isEmpty()) {
            return new Result(new ImageAsset.Embedded(ImageMetadata.strip(data, type), type, w, h), null, notes);
        }
        return new Result(reencode(image, type), null, notes);
    }

    /** The decoded picture as an 8-bit PNG (a JPEG stays a JPEG), of the size it was decoded at. */
    private static ImageAsset.Embedded reencode(BufferedImage image, ImageAsset.ImageType type) throws IOException {
        boolean alpha = image.getColorModel().hasAlpha();
        boolean jpeg = type == ImageAsset.ImageType.JPEG && !alpha;
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(rgb, jpeg ? "jpeg" : "png", out)) {
            throw new IOException("no encoder");
        }
        return new ImageAsset.Embedded(out.toByteArray(), jpeg ? ImageAsset.ImageType.JPEG : ImageAsset.ImageType.PNG,
                rgb.getWidth(), rgb.getHeight());
    }

    private static String millions(ImageLimits limits) {
        return limits.maxPixels() / 1_000_000 + " million";
    }

    /**
     * The general flash threshold of WCAG 2.3.1, on whole frames: a flash is a pair of opposing changes of at
     * least 10 % in relative luminance where the darker side is below 0.8; more than three flashes within any
     * one second (seven changes or more), the animation played for up to ten seconds, flashes.
     */
    static final class Flashes {
        private Flashes() {
        }

        static boolean flashing(ImageReader reader, int frames) throws IOException {
            double[] luminance = new double[frames];
            int[] delay = new int[frames];
            for (int i = 0; i < frames; i++) {
                luminance[i] = meanLuminance(reader.read(i));
                delay[i] = delayMs(reader.getImageMetadata(i));
            }
            List<Long> changes = new ArrayList<>();
            long t = 0;
            int previous = 0;
            for (int step = 1; t < 10_000 && step < 4 * MAX_FRAMES; step++) {
                t += delay[previous];
                int i = step % frames;
                double a = luminance[previous];
                double b = luminance[i];
                if (Math.abs(a - b) >= 0.1 && Math.min(a, b) < 0.8) {
                    changes.add(t);
                }
                previous = i;
            }
            for (int first = 0, last = 0; last < changes.size(); last++) {
                while (changes.get(last) - changes.get(first) >= 1000) {
                    first++;
                }
                if (last - first + 1 >= 7) {
                    return true;
                }
            }
            return false;
        }

        /** A frame's delay; 0 and 10 ms play at 100 ms in browsers. */
        private static int delayMs(IIOMetadata metadata) {
            try {
                Node root = metadata.getAsTree("javax_imageio_gif_image_1.0");
                for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n.getNodeName().equals("GraphicControlExtension")) {
                        int cs = Integer.parseInt(n.getAttributes().getNamedItem("delayTime").getNodeValue());
                        return cs <= 1 ? 100 : cs * 10;
                    }
                }
            } catch (RuntimeException e) {
                // no delay given
            }
            return 100;
        }

        /** Mean relative luminance (sRGB), sampled on a grid of at most about 10,000 points. */
        private static double meanLuminance(BufferedImage image) {
            int w = image.getWidth();
            int h = image.getHeight();
            int step = Math.max(1, (int) Math.sqrt((double) w * h / 10_000));
            double sum = 0;
            int n = 0;
            for (int y = 0; y < h; y += step) {
                for (int x = 0; x < w; x += step) {
                    int rgb = image.getRGB(x, y);
                    sum += 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
                    n++;
                }
            }
            return n == 0 ? 0 : sum / n;
        }

        private static double linear(int channel) {
            double c = (channel & 0xFF) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }
}
