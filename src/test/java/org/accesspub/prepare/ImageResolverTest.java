package org.accesspub.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.accesspub.Warnings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one image policy, proved against the attacks of the red-team pass (issue 13): nothing outside
 * the article's folder, nothing remote, nothing too large, nothing that does not decode.
 */
class ImageResolverTest {
    @TempDir
    Path dir;
    Path article;
    Path secret;
    Warnings warnings;
    ImageResolver resolver;

    @BeforeEach
    void folders() throws Exception {
        article = Files.createDirectories(dir.resolve("article"));
        Files.createDirectories(article.resolve("img"));
        Files.write(article.resolve("img/ok.png"), png(40, 20));
        secret = dir.resolve("secret.png");
        Files.write(secret, png(10, 10));
        warnings = Warnings.collecting();
        resolver = new ImageResolver(article, warnings, ImageLimits.DEFAULT);
    }

    static byte[] png(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private void assertRefused(String src, String why) {
        assertThat(resolver.resolve(src)).isInstanceOf(ImageAsset.Unavailable.class);
        assertThat(warnings.all()).anyMatch(w -> w.contains(why) && w.endsWith("its alt text stands in for it"));
    }

    @Test
    void anImageInsideTheArticlesFolderIsEmbeddedWithItsSize() {
        ImageAsset a = resolver.resolve("img/ok.png");
        assertThat(a).isInstanceOfSatisfying(ImageAsset.Embedded.class, e -> {
            assertThat(e.type()).isEqualTo(ImageAsset.ImageType.PNG);
            assertThat(e.width()).isEqualTo(40);
            assertThat(e.height()).isEqualTo(20);
        });
        assertThat(resolver.resolve("./img/ok.png?v=2")).isInstanceOf(ImageAsset.Embedded.class);
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void aPrivateFileReachedByDotDotIsNotEmbedded() {
        assertRefused("../secret.png", "outside the article's folder");
        assertRefused("img/../../secret.png", "outside the article's folder");
    }

    @Test
    void anAbsolutePathIsNotEmbedded() {
        assertRefused(secret.toString(), "absolute path");
        assertRefused("C:\\Users\\me\\secret.png", "absolute path");
    }

    @Test
    void aFileUrlIsNotEmbedded() {
        assertRefused(secret.toUri().toString(), "file: URL");
    }

    @Test
    void anEncodedSlashIsNotEmbedded() {
        assertRefused("..%2Fsecret.png", "%-escapes");
        assertRefused("..%5csecret.png", "%-escapes");
        assertRefused("%2e%2e/secret.png", "outside the article's folder");
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsNotEmbedded() throws Exception {
        Files.createSymbolicLink(article.resolve("img/link.png"), secret);
        assertRefused("img/link.png", "symbolic link");
    }

    @Test
    void aUncPathIsRefusedBeforeAnyFileSystemCall() {
        // The folder does not even exist: a UNC name must be refused on its face, never looked up.
        resolver = new ImageResolver(dir.resolve("no-such-folder"), warnings, ImageLimits.DEFAULT);
        assertRefused("\\\\host\\share\\x.png", "UNC");
        assertRefused("//host/share/x.png", "remote");
        assertRefused("img\\..\\..\\secret.png", "backslash");
    }

    @Test
    void aRemoteImageIsNeverFetched() {
        assertRefused("https://tracker.example.com/pixel.png", "is remote and is not downloaded");
    }

    @Test
    void jpegCommentsAndExifAreStrippedBeforeEmbedding() throws Exception {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] comment = "home address: 1 Secret Lane".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(plain, 0, 2);
        tagged.write(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) (comment.length + 2)});
        tagged.write(comment);
        byte[] exif = "Exif\0\0GPS 51.5N".getBytes(StandardCharsets.US_ASCII);
        tagged.write(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2)});
        tagged.write(exif);
        tagged.write(plain, 2, plain.length - 2);
        Files.write(article.resolve("img/photo.jpg"), tagged.toByteArray());

        ImageAsset.Embedded e = (ImageAsset.Embedded) resolver.resolve("img/photo.jpg");
        String kept = new String(e.data(), StandardCharsets.ISO_8859_1);
        assertThat(kept).doesNotContain("Secret Lane").doesNotContain("GPS");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(e.data())).getWidth()).isEqualTo(8);
    }

    @Test
    void pngTextChunksAreStripped() throws Exception {
        byte[] plain = png(4, 4);
        byte[] text = chunk("tEXt", "Comment\0private note".getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        tagged.write(plain, 0, 33); // signature and IHDR
        tagged.write(text);
        tagged.write(plain, 33, plain.length - 33);
        Files.write(article.resolve("img/noted.png"), tagged.toByteArray());
        ImageAsset.Embedded e = (ImageAsset.Embedded) resolver.resolve("img/noted.png");
        assertThat(new String(e.data(), StandardCharsets.ISO_8859_1)).doesNotContain("private note");
    }

    @Test
    void aTwentyThousandPixelSquarePngIsRefusedWithoutDecodingIt() throws Exception {
        // Only the header claims 20000×20000: decoding would need 1.6 GB; measuring it needs none.
        ByteArrayOutputStream d = new ByteArrayOutputStream();
        d.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        d.write(chunk("IHDR", new byte[] {0, 0, 0x4E, 0x20, 0, 0, 0x4E, 0x20, 8, 2, 0, 0, 0}));
        d.write(chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 3, 0, 0, 0, 0, 1}));
        d.write(chunk("IEND", new byte[0]));
        Files.write(article.resolve("img/huge.png"), d.toByteArray());
        assertRefused("img/huge.png", "20000×20000 pixels, more than the 40 million allowed");
    }

    @Test
    void aFortyMegabyteDataImageGivesOneShortWarning() {
        String src = "data:image/png;base64," + "A".repeat(40 << 20);
        assertThat(resolver.resolve(src)).isInstanceOf(ImageAsset.Unavailable.class);
        assertThat(warnings.all()).singleElement().satisfies(w -> {
            assertThat(w.length()).isLessThan(200);
            assertThat(w).contains("data:image/png;base64,… (40 MB)");
        });
    }

    @Test
    void aSmallDataImageIsDecodedAndEmbedded() throws Exception {
        String src = "data:image/png;base64," + Base64.getEncoder().encodeToString(png(3, 2));
        assertThat(resolver.resolve(src)).isInstanceOf(ImageAsset.Embedded.class);
    }

    @Test
    void anImageThatExistsButCannotBeDecodedSaysSoNotNotFound() throws Exception {
        byte[] broken = png(30, 30);
        Files.write(article.resolve("img/broken.png"), java.util.Arrays.copyOf(broken, 60));
        Files.writeString(article.resolve("img/text.png"), "not a picture");
        assertRefused("img/broken.png", "cannot be decoded");
        assertRefused("img/text.png", "is not a PNG, JPEG or GIF image");
        assertThat(warnings.all()).noneMatch(w -> w.contains("not found"));
    }

    @Test
    void tenThousandMissingImagesGiveFiveWarningsAndOneCount() {
        List<String> printed = new ArrayList<>();
        Warnings shown = new Warnings(printed::add);
        resolver = new ImageResolver(article, shown, ImageLimits.DEFAULT);
        for (int i = 0; i < 10_000; i++) {
            resolver.resolve("img/missing-" + i + ".png");
        }
        shown.summarise();
        assertThat(printed).hasSize(6).last().asString().isEqualTo("… and 9995 more image warnings like these");
    }

    @Test
    void theSameAddressIsResolvedOnceAndWarnedOnce() {
        resolver.resolve("img/missing.png");
        resolver.resolve("img/missing.png");
        assertThat(warnings.all()).hasSize(1);
    }

    static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = data.length;
        out.writeBytes(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long c = crc.getValue();
        out.writeBytes(new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
        return out.toByteArray();
    }
}
