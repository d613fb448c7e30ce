package org.accesspub.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.accesspub.Warnings;
import org.accesspub.testing.HostileImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images that lie about their size or hide frames (issue 28) are decoded and checked before any writer sees them. */
class ImageCheckTest {
    @TempDir
    Path dir;
    Warnings warnings;

    @BeforeEach
    void setUp() {
        warnings = Warnings.collecting();
    }

    private ImageAsset resolve(String name, byte[] data, ImageLimits limits) throws Exception {
        Files.write(dir.resolve(name), data);
        return new ImageResolver(dir, warnings, limits).resolve(name);
    }

    private static int frames(byte[] data) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            return r.getNumImages(true);
        }
    }

    @Test
    void aTinyGifDeclaringAHugeCanvasIsRefused() throws Exception {
        byte[] gif = HostileImages.hugeCanvasGif();
        assertThat(gif).hasSize(35);
        assertThat(resolve("canvas.gif", gif, ImageLimits.DEFAULT)).isInstanceOf(ImageAsset.Unavailable.class);
        assertThat(warnings.all()).anyMatch(w -> w.contains("canvas of 65535×65535 pixels"));
    }

    @Test
    void framesCountTogetherTowardsThePixelLimit() throws Exception {
        byte[] gif = HostileImages.animatedGif(400, 400, 30, 10); // 4.8 million pixels in all
        ImageLimits limits = new ImageLimits(20L << 20, 10 << 20, 2_000_000L);
        assertThat(resolve("many.gif", gif, limits)).isInstanceOf(ImageAsset.Unavailable.class);
        assertThat(warnings.all()).anyMatch(w -> w.contains("frames") && w.contains("more than the 2 million allowed"));
    }

    @Test
    void anAnimationBecomesItsFirstFrameWithAWarning() throws Exception {
        byte[] gif = HostileImages.animatedGif(60, 40, 6, 50);
        ImageAsset a = resolve("moving.gif", gif, ImageLimits.DEFAULT);
        assertThat(a).isInstanceOfSatisfying(ImageAsset.Embedded.class, e -> {
            assertThat(e.type()).isEqualTo(ImageAsset.ImageType.PNG);
            assertThat(e.width()).isEqualTo(60);
            assertThat(e.flashing()).isFalse();
        });
        assertThat(frames(((ImageAsset.Embedded) a).data())).isEqualTo(1);
        assertThat(warnings.all()).anyMatch(w -> w.contains("is animated (6 frames)") && w.contains("--keep-animation"));
    }

    @Test
    void aKeptAnimationFlashingAt25HzIsMarkedAndWarned() throws Exception {
        byte[] gif = HostileImages.animatedGif(60, 40, 20, 4);
        ImageAsset a = resolve("flash.gif", gif, ImageLimits.DEFAULT.withKeepAnimation(true));
        assertThat(a).isInstanceOfSatisfying(ImageAsset.Embedded.class, e -> {
            assertThat(e.type()).isEqualTo(ImageAsset.ImageType.GIF);
            assertThat(e.flashing()).isTrue();
        });
        assertThat(frames(((ImageAsset.Embedded) a).data())).isEqualTo(20);
        assertThat(warnings.all()).anyMatch(w -> w.contains("flashes more than three times a second"));
    }

    @Test
    void aKeptSlowAnimationIsNotAHazard() throws Exception {
        byte[] gif = HostileImages.animatedGif(60, 40, 6, 100); // one change a second
        ImageAsset a = resolve("slow.gif", gif, ImageLimits.DEFAULT.withKeepAnimation(true));
        assertThat(a).isInstanceOfSatisfying(ImageAsset.Embedded.class, e -> assertThat(e.flashing()).isFalse());
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void a16BitRgbaPngOf6000By6600IsScaledForThePage() throws Exception {
        byte[] png = HostileImages.png16Rgba(6000, 6600);
        assertThat(png.length).isLessThan(1 << 20);
        ImageAsset a = resolve("big.png", png, ImageLimits.DEFAULT);
        assertThat(a).isInstanceOfSatisfying(ImageAsset.Embedded.class, e -> {
            assertThat(Math.max(e.width(), e.height())).isLessThanOrEqualTo(ImageCheck.MAX_SIDE);
            assertThat(e.height()).isGreaterThan(e.width());
        });
        var decoded = ImageIO.read(new ByteArrayInputStream(((ImageAsset.Embedded) a).data()));
        assertThat(decoded.getColorModel().getComponentSize(0)).isEqualTo(8);
        assertThat(Math.max(decoded.getWidth(), decoded.getHeight())).isLessThanOrEqualTo(ImageCheck.MAX_SIDE);
    }

    @Test
    void aPngOf39MillionBy1At16BitsIsRefusedNotHeld() throws Exception {
        // under the pixel limit, but one row of it is 2.5 billion bits: Java's decoder cannot read it, so
        // its alt text is used (before, no writer held it either; it is the 6000 × 6600 ones that ran the PDF out)
        ImageAsset a = resolve("line.png", HostileImages.png16Rgba(39_000_000, 1), ImageLimits.DEFAULT);
        assertThat(a).isInstanceOf(ImageAsset.Unavailable.class);
        assertThat(warnings.all()).anyMatch(w -> w.contains("line.png cannot be decoded"));
    }

    @Test
    void aPngOf39MillionBy1At8BitsIsScaledForThePage() throws Exception {
        ImageAsset a = resolve("line8.png", HostileImages.png8Rgb(39_000_000, 1), ImageLimits.DEFAULT);
        assertThat(a).isInstanceOfSatisfying(ImageAsset.Embedded.class, e -> {
            assertThat(e.width()).isLessThanOrEqualTo(ImageCheck.MAX_SIDE);
            assertThat(e.height()).isEqualTo(1);
        });
    }

    @Test
    void aTruncatedJpegIsReencodedFromWhatCouldBeRead() throws Exception {
        ImageAsset a = resolve("cut.jpg", HostileImages.truncatedJpeg(300, 200), ImageLimits.DEFAULT);
        assertThat(a).isInstanceOfSatisfying(ImageAsset.Embedded.class, e -> assertThat(e.width()).isEqualTo(300));
        byte[] data = ((ImageAsset.Embedded) a).data();
        java.util.List<String> damage = new java.util.ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            r.addIIOReadWarningListener((s, w) -> damage.add(w));
            r.read(0);
        }
        assertThat(damage).isEmpty();
        assertThat(warnings.all()).anyMatch(w -> w.contains("is damaged"));
    }
}
