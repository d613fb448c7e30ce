package org.accesspub.write.docx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accesspub.testing.EpubCheck;
import org.accesspub.testing.VeraPdf;

/**
 * Not a test: validates the outputs of a real document converted by hand (a manual chapter from
 * /usr/share/doc, a Debian documentation package), with the validators the test suite uses:
 * veraPDF (PDF/UA-1), W3C EPUBCheck and the ECMA-376 schemas. Give the base path without extension:
 * {@code java -cp … org.accesspub.write.docx.RealDocumentCheck out/ch01.zh-cn}
 */
public final class RealDocumentCheck {
    private RealDocumentCheck() {
    }

    public static void main(String[] args) throws Exception {
        for (String base : args) {
            if (Files.exists(Path.of(base + ".pdf"))) {
                String pdf = VeraPdf.pdfUaFailures(Files.readAllBytes(Path.of(base + ".pdf")));
                System.out.println(base + ".pdf  veraPDF PDF/UA-1: " + (pdf.isEmpty() ? "passed" : pdf));
            }
            List<String> epub = EpubCheck.problems(Path.of(base + ".epub"));
            System.out.println(base + ".epub EPUBCheck: " + (epub.isEmpty() ? "0 problems" : epub));
            List<String> docx = OoxmlSchemas.errors(Path.of(base + ".docx"));
            System.out.println(base + ".docx ECMA-376 schemas: " + (docx.isEmpty() ? "valid" : docx));
        }
    }
}
