package org.accesspub.write.pdf;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.accesspub.fonts.FontFace;
import org.accesspub.fonts.SharedSubsets;
import org.accesspub.prepare.ImageAsset;

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

    private PdfResources(Map<FontFace, Set<Integer>> used, Images images, SharedSubsets subsets) {
        this.images = images;
        used.forEach((face, codePoints) -> {
            StringBuilder sb = new StringBuilder();
            codePoints.forEach(sb::appendCodePoint);
            fonts.put(face, create(face, subsets.subset(face, sb.toString())));
        });
    }

    /**
     * Runs {@code layout} once against a stand-in that notes which characters each face is asked
     * for, then returns resources holding just those glyphs. Every digit joins a face that sets one,
     * since the page total is only known after the real layout.
     */
    /** A layout run against the resources (it may stop: a stopped job). */
    interface Layout {
        void run(Resources resources) throws java.io.IOException;
    }

    static PdfResources forLayout(Layout layout, SharedSubsets subsets) throws java.io.IOException {
        Images images = new Images();
        Map<FontFace, Set<Integer>> used = new LinkedHashMap<>();
        layout.run(new Resources() {
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
            public float[] imageSize(ImageAsset.Embedded image) {
                return images.size(image);
            }
        });
        return new PdfResources(used, images, subsets);
    }

    /** The font to draw with. */
    BaseFont font(FontFace face) {
        BaseFont font = fonts.get(face);
        if (font == null) {
            throw new IllegalStateException("font not prepared for this document: " + face);
        }
        return font;
    }

    Image image(ImageAsset.Embedded image) {
        return images.image(image);
    }

    @Override
    public float advance(FontFace face, int codePoint, float size) {
        Float w = widths.computeIfAbsent(face, f -> new HashMap<>())
                .computeIfAbsent(codePoint, cp -> (float) font(face).getWidth(cp));
        return w * size / 1000f;
    }

    @Override
    public float[] imageSize(ImageAsset.Embedded image) {
        return images.size(image);
    }

    private static BaseFont create(FontFace f, byte[] ttf) {
        try {
            String name = f.family().replaceAll("[^A-Za-z0-9]", "") + (f.bold() ? "-Bold" : "-Regular") + ".ttf";
            BaseFont bf = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
            // veraPDF rule 7.21.4.2-2: a CIDSet, if present, must list every glyph; leave it out.
            bf.setIncludeCidSet(false);
            bf.setSecureRandom(Reproducible.subsetTags(name, ttf)); // the subset's tag (ABCDEF+) from its bytes, not chance
            return bf;
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new UncheckedIOException(new IOException("cannot use font " + f + ": " + e.getMessage(), e));
        }
    }

    /** Images read once per document; null for bytes OpenPDF cannot read (the layout shows the alt text). */
    private static final class Images {
        private final Map<ImageAsset.Embedded, Image> cache = new java.util.IdentityHashMap<>();

        Image image(ImageAsset.Embedded asset) {
            if (cache.containsKey(asset)) {
                return cache.get(asset);
            }
            Image image;
            try {
                image = Image.getInstance(asset.data());
            } catch (IOException | RuntimeException e) {
                image = null;
            }
            cache.put(asset, image);
            return image;
        }

        float[] size(ImageAsset.Embedded asset) {
            Image image = image(asset);
            return image == null ? null : new float[] {image.getWidth(), image.getHeight()};
        }
    }
}
