package org.accesspub.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.accesspub.prepare.ImageAsset;
import org.accesspub.prepare.ImageLimits;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.Preparer;
import org.accesspub.speech.UtteranceCuts;

/**
 * Fuzz harnesses for the entry points of issue 28: the image check every image passes before a writer sees it
 * (any bytes become an image that decodes within the page size, or its alt text; never an exception), the
 * character normalisation in prepare and the utterance cuts. Seeds: src/test/resources/org/accesspub/fuzz/
 * ImageFuzzTestInputs/&lt;harness&gt;/ (a GIF declaring a 65535² canvas, a flashing GIF, a truncated JPEG …).
 */
class ImageFuzzTest {
    private static final Path FOLDER = folder();

    private static Path folder() {
        try {
            return Files.createTempDirectory("accesspub-image-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "3s")
    void image(byte[] input) throws Exception {
        for (ImageLimits limits : List.of(ImageLimits.DEFAULT, ImageLimits.DEFAULT.withKeepAnimation(true))) {
            Path file = FOLDER.resolve("fuzz.img");
            Files.write(file, input);
            Preparer preparer = Preparer.builder().folder(FOLDER).imageLimits(limits).warnings(Warnings.collecting()).build();
            Block.Image block = new Block.Image("fuzz.img", "a picture", null);
            PreparedDocument doc = preparer.prepare(new Article(Metadata.of("T", "en"), List.of(block)));
            ImageAsset asset = doc.image((Block.Image) doc.blocks().get(0));
            if (asset instanceof ImageAsset.Embedded e) {
                assertThat(ImageAsset.ImageType.sniff(e.data())).isEqualTo(e.type());
                var decoded = ImageIO.read(new ByteArrayInputStream(e.data()));
                assertThat(decoded).isNotNull();
                assertThat((long) e.width() * e.height()).isLessThanOrEqualTo(limits.maxPixels());
            }
        }
    }

    @FuzzTest(maxDuration = "3s")
    void characters(byte[] input) {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_16LE);
        Article a = new Article(new Metadata(text, null, text, null, null, "en", null),
                List.of(new Block.Paragraph(List.of(new Inline.Text(text))), new Block.CodeBlock(null, text)));
        PreparedDocument doc = Preparer.builder().build().prepare(a);
        String all = doc.article().allText() + doc.info().title();
        assertThat(all.codePoints().noneMatch(cp -> cp == 0 || cp == 0xFFFF || cp == 0xFFFE
                || (cp >= 0xD800 && cp <= 0xDFFF) || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')))
                .as("no control, noncharacter or lone surrogate").isTrue();
        for (String piece : UtteranceCuts.cut(text)) {
            assertThat(piece.length()).isLessThanOrEqualTo(UtteranceCuts.MAX_CHARS);
        }
        assertThat(String.join("", UtteranceCuts.cut(text))).isEqualTo(text);
    }
}
