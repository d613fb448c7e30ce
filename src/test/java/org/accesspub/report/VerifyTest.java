package org.accesspub.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.accesspub.Publisher;
import org.accesspub.model.Article;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.check.Finding;
import org.accesspub.prepare.check.Level;
import org.accesspub.prepare.check.Rule;
import org.accesspub.testing.Samples;
import org.accesspub.write.Format;
import org.accesspub.write.OutputFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report never claims a pass for a file it did not check: a broken file turns the verdict to error. */
class VerifyTest {
    @TempDir
    Path tmp;

    @Test
    void aPdfWithoutItsLanguageFailsPdfUa() throws Exception {
        Publisher publisher = Publisher.builder().build();
        Article article = Samples.read(Samples.ENGLISH);
        PreparedDocument document = publisher.prepare(article, Samples.path(""));
        Path written = tmp.resolve("good");
        List<Path> files = publisher.write(document, EnumSet.of(Format.PDF), written, "news");
        byte[] broken;
        try (PDDocument pdf = Loader.loadPDF(files.get(0).toFile())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            pdf.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.LANG);
            var out = new java.io.ByteArrayOutputStream();
            pdf.save(out);
            broken = out.toByteArray();
        }
        Reporter reporter = Reporter.verifying(Validators.required());
        Report good;
        Report bad;
        try (OutputFiles out = new OutputFiles(tmp.resolve("a"), "news")) {
            try (OutputStream os = out.open("pdf")) {
                os.write(Files.readAllBytes(files.get(0)));
            }
            good = reporter.report(document, publisher.check(article, document, EnumSet.of(Format.PDF)),
                    EnumSet.of(Format.PDF), out, "news.txt");
        }
        try (OutputFiles out = new OutputFiles(tmp.resolve("b"), "news")) {
            try (OutputStream os = out.open("pdf")) {
                os.write(broken);
            }
            bad = reporter.report(document, publisher.check(article, document, EnumSet.of(Format.PDF)),
                    EnumSet.of(Format.PDF), out, "news.txt");
        }
        Finding pass = good.outputs().get(0).checks().get(0);
        assertThat(pass.rule()).isEqualTo(Rule.PDF_UA);
        assertThat(pass.level()).isEqualTo(Level.PASS);
        Finding error = bad.outputs().get(0).checks().get(0);
        assertThat(error.level()).isEqualTo(Level.ERROR);
        assertThat(error.details()).anyMatch(d -> d.contains("7.2") && d.contains("(×"));
        assertThat(bad.counts().errors()).isEqualTo(good.counts().errors() + 1);
        assertThat(ReportJson.of(bad)).contains("{\"rule\": \"pdf-ua\", \"level\": \"error\"");
    }

    @Test
    void aBrokenEpubAndDocxFailTheirValidators() throws Exception {
        Path epub = tmp.resolve("x.epub");
        Files.write(epub, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(new org.accesspub.verify.EpubCheckValidator().failures(epub, "x.epub")).isNotEmpty();
        Publisher publisher = Publisher.builder().build();
        List<Path> files = publisher.write(Samples.read(Samples.ENGLISH), Samples.path(""), EnumSet.of(Format.DOCX),
                tmp.resolve("d"), "news");
        org.accesspub.verify.DocxSchemaValidator docx = new org.accesspub.verify.DocxSchemaValidator();
        assertThat(docx.failures(files.get(0), "news.docx")).isEmpty();
        Path bad = tmp.resolve("bad.docx");
        try (var in = new java.util.zip.ZipFile(files.get(0).toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
            for (var e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                byte[] b = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    b = new String(b, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("<w:body>",
                            "<w:body><w:bogus/>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.write(b);
                out.closeEntry();
            }
        }
        assertThat(docx.failures(bad, "bad.docx")).anyMatch(m -> m.startsWith("word/document.xml: ") && m.contains("bogus"));
    }
}
