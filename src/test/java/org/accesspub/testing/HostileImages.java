package org.accesspub.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Images that lie or weigh (issue 28), made in the test: small files that decode to a lot. */
public final class HostileImages {
    private HostileImages() {
    }

    /** A 29-byte GIF whose canvas claims 65535 × 65535 pixels around one 1 × 1 frame. */
    public static byte[] hugeCanvasGif() {
        return new byte[] {'G', 'I', 'F', '8', '9', 'a', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4C, 0x01, 0, 0x3B};
    }

    /**
     * An animated GIF of {@code frames} frames of w × h, alternating black and white every {@code delayCs}
     * hundredths of a second (4 = 25 Hz: it flashes).
     */
    public static byte[] animatedGif(int w, int h, int frames, int delayCs) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = frame.createGraphics();
                g.setColor(i % 2 == 0 ? Color.BLACK : Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.dispose();
                ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(frame);
                IIOMetadata meta = writer.getDefaultImageMetadata(type, null);
                String format = meta.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
                IIOMetadataNode gce = new IIOMetadataNode("GraphicControlExtension");
                gce.setAttribute("disposalMethod", "none");
                gce.setAttribute("userInputFlag", "FALSE");
                gce.setAttribute("transparentColorFlag", "FALSE");
                gce.setAttribute("delayTime", Integer.toString(delayCs));
                gce.setAttribute("transparentColorIndex", "0");
                root.appendChild(gce);
                meta.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, meta), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A PNG of w × h all-zero pixels, 16-bit RGBA (8 bytes a pixel), streamed: small on disk, huge decoded. */
    public static byte[] png16Rgba(int w, int h) throws IOException {
        return png(w, h, 16, 6, 8);
    }

    /** A PNG of w × h all-zero pixels, 8-bit RGB. */
    public static byte[] png8Rgb(int w, int h) throws IOException {
        return png(w, h, 8, 2, 3);
    }

    private static byte[] png(int w, int h, int depth, int colourType, int bytesPerPixel) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(w);
        d.writeInt(h);
        d.write(new byte[] {(byte) depth, (byte) colourType, 0, 0, 0}); // deflate, no filter method, no interlace
        chunk(file, "IHDR", ihdr.toByteArray());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (OutputStream z = new DeflaterOutputStream(idat, new Deflater(9), 1 << 16)) {
            byte[] chunk = new byte[1 << 20];
            for (int y = 0; y < h; y++) {
                z.write(0); // filter: none
                long left = (long) bytesPerPixel * w;
                while (left > 0) {
                    int n = (int) Math.min(chunk.length, left);
                    z.write(chunk, 0, n);
                    left -= n;
                }
            }
        }
        chunk(file, "IDAT", idat.toByteArray());
        chunk(file, "IEND", new byte[0]);
        return file.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(file);
        d.writeInt(data.length);
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** A JPEG of w × h cut to half its bytes: it still decodes, with warnings, grey where the data ends. */
    public static byte[] truncatedJpeg(int w, int h) throws IOException {
        BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                im.setRGB(x, y, (x * 7 + y * 13) & 0xFFFFFF);
            }
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(im, "jpeg", b);
        byte[] whole = b.toByteArray();
        return java.util.Arrays.copyOf(whole, whole.length / 2);
    }
}
