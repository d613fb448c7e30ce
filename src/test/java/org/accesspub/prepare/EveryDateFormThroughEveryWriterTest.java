package org.accesspub.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.accesspub.Publisher;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Metadata;
import org.accesspub.testing.PdfText;
import org.accesspub.write.Format;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date as a source writes it reaches every writer as a date, or as text with a warning; none of
 * the four writers (PDF, EPUB, DOCX, audio with its ID3 tag and transcript) fails on it.
 */
class EveryDateFormThroughEveryWriterTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024-03-18                | 2024年3月18日",
            "2024/3/18 8:57            | 2024年3月18日 08:57",
            "2024年3月18日              | 2024年3月18日",
            "18 March 2024             | 2024年3月18日",
            "March 18, 2024            | 2024年3月18日",
            "2024-03-18T08:57:00+08:00 | 2024年3月18日 08:57",
            "上周三下午                  | 上周三下午"})
    void everyDateFormGoesThroughEveryWriter(String written, String shown) throws Exception {
        Warnings warnings = Warnings.collecting();
        Publisher publisher = Publisher.builder().warnings(warnings).build();
        Article article = new Article(new Metadata("日期测试", null, null, written, "测试来源", "zh-CN", null),
                List.of(Block.Paragraph.of("一句话。")));
        PreparedDocument prepared = publisher.prepare(article, dir);
        publisher.write(prepared, EnumSet.allOf(Format.class), dir, "d");

        String line = "发布时间：" + shown;
        assertThat(PdfText.read(Files.readAllBytes(dir.resolve("d.pdf"))).dense()).contains(line.replace(" ", ""));
        String opf = EpubOpf.read(dir.resolve("d.epub"));
        if (prepared.info().pubDate().isPresent()) {
            assertThat(opf).contains("<dc:date>2024-03-18</dc:date>");
            assertThat(warnings.all()).noneMatch(w -> w.contains("date"));
        } else {
            assertThat(opf).doesNotContain("<dc:date>");
            assertThat(warnings.all()).anyMatch(w -> w.contains("is not one accesspub can read"));
        }
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(dir.resolve("d.docx")))) {
            assertThat(docx.getParagraphs()).anyMatch(p -> p.getText().contains(line));
        }
        assertThat(org.accesspub.write.audio.AudioFiles.readVttSentences(Files.readString(dir.resolve("d.vtt"), StandardCharsets.UTF_8)))
                .anyMatch(c -> c.text().contains(line));
        assertThat(Files.size(dir.resolve("d.mp3"))).isGreaterThan(1000);
    }

    /** The package document of an EPUB, as text. */
    static final class EpubOpf {
        static String read(Path epub) throws Exception {
            try (var zip = new java.util.zip.ZipFile(epub.toFile())) {
                return new String(zip.getInputStream(zip.getEntry("OEBPS/content.opf")).readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
