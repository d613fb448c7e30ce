package org.accesspub.write.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.accesspub.cli.Main;
import org.accesspub.testing.EpubCheck;
import org.accesspub.testing.PdfText;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word file's footnote in every output: the PDF prints it at the end of its section with the page of its
 * reference, the EPUB links reference and aside both ways, the DOCX writes a real footnote, the spoken
 * script reads it after its paragraph announced.
 */
class NotesInEveryOutputTest {
    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private static String entry(Path zip, String suffix) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            StringBuilder sb = new StringBuilder();
            for (var e : z.stream().filter(x -> x.getName().endsWith(suffix)).toList()) {
                sb.append(new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
            return sb.toString();
        }
    }

    @Test
    void aFootnoteOfAWordFileIsInThePdfEpubDocxAndSpeech() throws Exception {
        Path docx = Samples.fixture("read/office/pandoc-features.docx");
        Path out = tmp.resolve("out");
        String[] r = run("convert", docx.toString(), "-f", "pdf,epub,docx", "-o", out.toString());
        assertThat(r[0]).as(r[2]).isEqualTo("0");

        String pdf = PdfText.read(Files.readAllBytes(out.resolve("pandoc-features.pdf"))).dense();
        assertThat(pdf).contains("开放[1]", "注释1·第1页", "节假日另行通知");

        Path epub = out.resolve("pandoc-features.epub");
        EpubCheck.assertValid(epub);
        String xhtml = entry(epub, ".xhtml");
        assertThat(xhtml).contains("<a epub:type=\"noteref\" role=\"doc-noteref\" id=\"note-1-ref\" href=\"#note-1\"",
                "<aside epub:type=\"footnote\" role=\"doc-footnote\" id=\"note-1\"", "href=\"#note-1-ref\"", "节假日另行通知");

        Path written = out.resolve("pandoc-features.docx");
        assertThat(entry(written, "word/footnotes.xml")).contains("节假日另行通知");
        assertThat(entry(written, "word/document.xml")).contains("w:footnoteReference");
        assertThat(OoxmlSchemas.errors(written)).isEmpty();

        String[] speech = run("inspect", "--speech", docx.toString());
        assertThat(speech[1]).containsSubsequence("周一闭馆", "注释：", "节假日另行通知", "第一步");
    }
}
