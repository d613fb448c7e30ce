package org.accesspub.write.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.accesspub.fonts.FontFace;

/**
 * OpenPDF's fonts and images for one document. A font becomes an Identity-H TrueType font that
 * OpenPDF subsets to the glyphs used when the document closes; the parsed fonts are kept for the
 * process, since Noto Sans SC alone is 10 MB (the glyphs used are tracked per document, not per font).
 */
final class PdfResources implements Resources {
    private static final Map<FontFace, BaseFont> FONTS = new ConcurrentHashMap<>();

    private final Map<FontFace, Map<Integer, Float>> widths = new HashMap<>();
    private final Map<Path, Image> images = new HashMap<>();

    BaseFont font(FontFace face) {
        return FONTS.computeIfAbsent(face, f -> {
            try {
                BaseFont bf = BaseFont.createFont(fileName(f), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, f.data(),
                        null);
                // veraPDF rule 7.21.4.2-2: a CIDSet, if present, must list every glyph; leave it out.
                bf.setIncludeCidSet(false);
                return bf;
            } catch (IOException | com.lowagie.text.DocumentException e) {
                throw new UncheckedIOException(new IOException("cannot use font " + f + ": " + e.getMessage(), e));
            }
        });
    }

    private static String fileName(FontFace f) {
        return f.family().replaceAll("[^A-Za-z0-9]", "") + (f.bold() ? "-Bold" : "-Regular") + ".ttf";
    }

    @Override
    public float advance(FontFace face, int codePoint, float size) {
        Float w = widths.computeIfAbsent(face, f -> new HashMap<>())
                .computeIfAbsent(codePoint, cp -> (float) font(face).getWidth(cp));
        return w * size / 1000f;
    }

    @Override
    public float[] imageSize(Path file) {
        Image image = image(file);
        return image == null ? null : new float[] {image.getWidth(), image.getHeight()};
    }

    /** The image at the path, or null when it is missing or not an image OpenPDF reads. */
    Image image(Path file) {
        if (images.containsKey(file)) {
            return images.get(file);
        }
        Image image = null;
        if (Files.isRegularFile(file)) {
            try {
                image = Image.getInstance(Files.readAllBytes(file));
            } catch (IOException | RuntimeException e) {
                image = null; // reported by the layout, which shows the alt text instead
            }
        }
        images.put(file, image);
        return image;
    }
}
