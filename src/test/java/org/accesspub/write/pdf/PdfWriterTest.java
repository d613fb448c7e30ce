package org.accesspub.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.testing.VeraPdf;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

    static byte[] pdf(Article article, LargePrintProfile profile, Warnings warnings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.builder().profile(profile).warnings(warnings).imageBase(Path.of("samples")).build()
                .write(article, out);
        return out.toByteArray();
    }

    @Test
    void seedArticleIsPdfUa1() throws Exception {
        Article a = Readers.read(Path.of("samples/seed-article-zh.txt"), ReadOptions.defaults());
        byte[] pdf = pdf(a, LargePrintProfile.defaults(), Warnings.collecting());
        java.nio.file.Files.write(Path.of("target/seed.pdf"), pdf);
        assertThat(VeraPdf.pdfUaFailures(pdf)).isEmpty();
    }
}
