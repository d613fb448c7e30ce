package org.accesspub.write.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.accesspub.verify.DocxSchemaValidator;

/**
 * The schema check of the tests: the product's own {@link DocxSchemaValidator} (the complete ECMA-376
 * schemas of poi-ooxml-full, in a class loader of their own), and every part the DOCX writer always
 * writes must be there; {@code word/footnotes.xml} only when the article has notes.
 */
final class OoxmlSchemas {
    /** The parts the writer always writes. */
    static final List<String> REQUIRED = List.of("word/document.xml", "word/styles.xml", "word/numbering.xml",
            "word/settings.xml", "word/footer1.xml", "word/fontTable.xml");

    private OoxmlSchemas() {
    }

    /** Schema errors of every WordprocessingML part of the file, as "part: message". */
    static List<String> errors(Path docx) throws Exception {
        List<String> errors = new ArrayList<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (String part : REQUIRED) {
                if (zip.getEntry(part) == null && !part.equals("word/document.xml")) {
                    errors.add(part + ": missing");
                }
            }
        }
        errors.addAll(DocxSchemaValidator.errors(docx));
        return errors;
    }
}
