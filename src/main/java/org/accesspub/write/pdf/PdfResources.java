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
 * OpenPDF's fonts and images for one document. Widths come from the whole fonts, parsed once per
 * process (Noto Sans SC alone is 10 MB). What is embedded is cut first by fontbox to the characters the
 * pages draw: OpenPDF's own subsetting keeps the glyph numbering and so a 65 000-entry glyph index,
 * hundreds of kilobytes for a CJK font; fontbox renumbers, and the seed article's PDF shrinks to a third.
 */
final class PdfResources implements Resources {
    private static final Map<FontFace, BaseFont> WHOLE_FONTS = new ConcurrentHashMap<>();

    private final Map<FontFace, Map<Integer, Float>> widths = new HashMap<>();
    private final Map<FontFace, StringBuilder> drawn = new HashMap<>();
    private final Map<FontFace, BaseFont> subsets = new HashMap<>();
    private final Map<Path, Image> images = new HashMap<>();

    /** Notes the characters the pages draw in each face, before any is embedded. */
    void willDraw(FontFace face, String text) {
        drawn.computeIfAbsent(face, f -> new StringBuilder()).append(text);
    }

    /** The font to draw with: the face cut down to what {@link #willDraw} announced. */
    BaseFont font(FontFace face) {
        return subsets.computeIfAbsent(face, f -> {
            StringBuilder text = drawn.get(f);
            return create(f, org.accesspub.fonts.FontSubsetter.subset(f, text == null ? "" : text.toString()));
        });
    }

    private static BaseFont whole(FontFace face) {
        return WHOLE_FONTS.computeIfAbsent(face, f -> create(f, f.data()));
    }

    private static BaseFont create(FontFace f, byte[] ttf) {
        try {
            BaseFont bf = BaseFont.createFont(fileName(f), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            // veraPDF rule 7.21.4.2-2: a CIDSet, if present, must list every glyph; leave it out.
            bf.setIncludeCidSet(false);
            return bf;
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new UncheckedIOException(new IOException("cannot use font " + f + ": " + e.getMessage(), e));
        }
    }

    private static String fileName(FontFace f) {
        return f.family().replaceAll("[^A-Za-z0-9]", "") + (f.bold() ? "-Bold" : "-Regular") + ".ttf";
    }

    @Override
    public float advance(FontFace face, int codePoint, float size) {
        Float w = widths.computeIfAbsent(face, f -> new HashMap<>())
                .computeIfAbsent(codePoint, cp -> (float) whole(face).getWidth(cp));
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
