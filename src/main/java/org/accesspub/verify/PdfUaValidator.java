package org.accesspub.verify;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.accesspub.prepare.check.Rule;
import org.accesspub.report.Validator;
import org.accesspub.write.Format;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's validator, against its PDF/UA-1 profile: each failed rule with its count. */
public final class PdfUaValidator implements Validator {
    private static boolean initialised;

    private static synchronized void init() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    @Override
    public Rule rule() {
        return Rule.PDF_UA;
    }

    @Override
    public boolean checks(Format format) {
        return format == Format.PDF;
    }

    @Override
    public String tool() {
        String v = PDFAValidator.class.getPackage().getImplementationVersion();
        return "veraPDF " + (v == null ? "1.26" : v) + ", PDF/UA-1 profile";
    }

    @Override
    public List<String> failures(Path file, String name) throws Exception {
        init();
        PDFAFlavour flavour = PDFAFlavour.PDFUA_1;
        try (InputStream in = Files.newInputStream(file);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            Map<String, Long> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(a -> "PDF/UA-1 " + a.getRuleId().getClause() + "-"
                            + a.getRuleId().getTestNumber() + ": " + a.getMessage(), TreeMap::new, Collectors.counting()));
            List<String> lines = failed.entrySet().stream().map(e -> e.getKey() + " (×" + e.getValue() + ")").toList();
            return lines.isEmpty() ? List.of("not compliant, no failed rule reported") : lines;
        }
    }
}
