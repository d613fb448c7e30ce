package org.accesspub.write.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.read.SourceKind;
import org.accesspub.write.OutputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A language tag is input: it can never add an element to the DOCX's XML. */
class DocxLanguageInjectionTest {
    static final String INJECTION = "fr\"/><w:injected w:val=\"";

    @TempDir
    Path dir;

    private String part(Path docx, String name) throws Exception {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(Article article) throws Exception {
        try (OutputFiles out = new OutputFiles(dir, "article")) {
            DocxWriter.builder().build().write(org.accesspub.testing.Prepared.of(article, dir, org.accesspub.Warnings.collecting()), out);
            return out.commit().get(0);
        }
    }

    @Test
    void anInjectedTagFromFrontMatterOrHtmlLangNeverReachesTheXml() throws Exception {
        Article md = Readers.read("---\ntitle: T\nlang: '" + INJECTION + "'\n---\n\nSome words.\n", SourceKind.MD,
                ReadOptions.defaults(), "x.md");
        Article html = Readers.read("<html lang='" + INJECTION + "<x>'><body><h1>T</h1><p>Some words.</p></body></html>",
                SourceKind.HTML, ReadOptions.defaults(), "x.html");
        for (Article a : List.of(md, html)) {
            assertThat(a.metadata().language()).isEqualTo("en"); // refused where it entered, then detected
            Path docx = write(a);
            assertThat(part(docx, "word/styles.xml")).doesNotContain("injected");
            assertThat(OoxmlSchemas.errors(docx)).isEmpty();
        }
    }

    @Test
    void theWriterEscapesATagThatGotPastTheReaders() throws Exception {
        Metadata m = new Metadata("T", null, null, null, null, INJECTION + "<", null);
        Path docx = write(new Article(m, List.of(new Block.Paragraph(List.of(new Inline.Text("Words."))))));
        assertThat(part(docx, "word/styles.xml")).doesNotContain("<w:injected");
        assertThat(part(docx, "word/settings.xml")).doesNotContain("<w:injected");
        assertThat(OoxmlSchemas.errors(docx)).isEmpty();
    }
}
