package org.accesspub.write.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.accesspub.fonts.FontFace;
import org.accesspub.fonts.FontSubsetter;

/**
 * OpenPDF's fonts and images for one document. Each face is cut by fontbox to the characters the
 * document draws in it before OpenPDF sees it: OpenPDF's own subsetting keeps the glyph numbering and
 * so a 65 000-entry glyph index (hundreds of kilobytes for a CJK font), and parsing the whole 10 MB
 * Noto Sans SC costs more than the rest of the work. The same subsets give the widths for layout.
 */
final class PdfResources implements Resources {
    private final Map<FontFace, BaseFont> fonts = new LinkedHashMap<>();
    private final Map<FontFace, Map<Integer, Float>> widths = new HashMap<>();
    private final Images images;

    private PdfResources(Map<FontFace, Set<Integer>> used, Images images) {
        this.images = images;
        used.forEach((face, codePoints) -> {
            StringBuilder sb = new StringBuilder();
            codePoints.forEach(sb::appendCodePoint);
            fonts.put(face, create(face, FontSubsetter.subset(face, sb.toString())));
        });
    }

    /**
     * Runs {@code layout} once against a stand-in that notes which characters each face is asked
     * for, then returns resources holding just those glyphs. Every digit joins a face that sets one,
     * since the page total is only known after the real layout.
     */
    static PdfResources forLayout(java.util.function.Consumer<Resources> layout) {
        Images images = new Images();
        Map<FontFace, Set<Integer>> used = new LinkedHashMap<>();
        layout.accept(new Resources() {
            @Override
            public float advance(FontFace face, int codePoint, float size) {
                Set<Integer> set = used.computeIfAbsent(face, f -> new TreeSet<>());
                set.add(codePoint);
                if (Character.isDigit(codePoint)) {
                    "0123456789".chars().forEach(set::add);
                }
                return size * 0.6f;
            }

            @Override
            public float[] imageSize(Path file) {
                return images.size(file);
            }
        });
        return new PdfResources(used, images);
    }

    /** The font to draw with. */
    BaseFont font(FontFace face) {
        BaseFont font = fonts.get(face);
        if (font == null) {
            throw new IllegalStateException("font not prepared for this document: " + face);
        }
        return font;
    }

    Image image(Path file) {
        return images.image(file);
    }

    @Override
    public float advance(FontFace face, int codePoint, float size) {
        Float w = widths.computeIfAbsent(face, f -> new HashMap<>())
                .computeIfAbsent(codePoint, cp -> (float) font(face).getWidth(cp));
        return w * size / 1000f;
    }

    @Override
    public float[] imageSize(Path file) {
        return images.size(file);
    }

    private static BaseFont create(FontFace f, byte[] ttf) {
        try {
            String name = f.family().replaceAll("[^A-Za-z0-9]", "") + (f.bold() ? "-Bold" : "-Regular") + ".ttf";
            BaseFont bf = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            // veraPDF rule 7.21.4.2-2: a CIDSet, if present, must list every glyph; leave it out.
            bf.setIncludeCidSet(false);
            return bf;
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new UncheckedIOException(new IOException("cannot use font " + f + ": " + e.getMessage(), e));
        }
    }

    /** Images read once per document; null for a file that is missing or not an image OpenPDF reads. */
    private static final class Images {
        private final Map<Path, Image> cache = new HashMap<>();

        Image image(Path file) {
            if (cache.containsKey(file)) {
                return cache.get(file);
            }
            Image image = null;
            if (Files.isRegularFile(file)) {
                try {
                    image = Image.getInstance(Files.readAllBytes(file));
                } catch (IOException | RuntimeException e) {
                    image = null; // the layout reports it and shows the alt text instead
                }
            }
            cache.put(file, image);
            return image;
        }

        float[] size(Path file) {
            Image image = image(file);
            return image == null ? null : new float[] {image.getWidth(), image.getHeight()};
        }
    }
}
