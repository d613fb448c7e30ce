package org.accesspub.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.check.CheckTerms;
import org.accesspub.prepare.check.Finding;
import org.accesspub.prepare.check.Findings;
import org.accesspub.prepare.check.Level;
import org.accesspub.write.Format;
import org.accesspub.write.OutputFiles;

/**
 * Writes {@code <name>.report.html} and {@code <name>.report.json} among the files of a conversion, before
 * they are committed (so they are committed with them, or not at all): the article's findings, the facts
 * read back from each output, and with validators ({@code --verify}) their verdicts on the files just
 * written. Immutable; shared by the articles of a batch.
 */
public final class Reporter {
    /** A validator's failures listed in the report, at most. */
    static final int MAX_DETAILS = 200;

    private final List<Validator> validators;

    private Reporter(List<Validator> validators) {
        this.validators = List.copyOf(validators);
    }

    /** Findings and facts, no validator: nothing is claimed to pass. */
    public static Reporter facts() {
        return new Reporter(List.of());
    }

    /** Findings, facts, and these validators' verdicts. */
    public static Reporter verifying(List<Validator> validators) {
        if (validators.isEmpty()) {
            throw new IllegalArgumentException("no validators");
        }
        return new Reporter(validators);
    }

    public boolean verifies() {
        return !validators.isEmpty();
    }

    /**
     * Reads the facts of the outputs written into {@code out}, runs the validators on them, and writes the
     * report's two files into {@code out}.
     *
     * @param sourceName the input's file name, named in the report
     */
    public Report write(PreparedDocument document, Findings findings, Set<Format> formats, OutputFiles out,
                        String sourceName) throws IOException {
        Report report = report(document, findings, formats, out, sourceName);
        try (OutputStream json = out.open("report.json")) {
            json.write(ReportJson.of(report).getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream html = out.open("report.html")) {
            html.write(ReportHtml.of(report).getBytes(StandardCharsets.UTF_8));
        }
        return report;
    }

    Report report(PreparedDocument document, Findings findings, Set<Format> formats, OutputFiles out, String sourceName)
            throws IOException {
        CheckTerms terms = CheckTerms.forLanguage(document.language());
        Map<String, Path> written = out.pendingByExtension();
        List<OutputFacts> outputs = new ArrayList<>();
        for (Format format : formats) {
            Map<String, Path> files = FactReader.filesOf(format, written);
            if (files.isEmpty()) {
                continue;
            }
            List<OutputFacts.File> named = new ArrayList<>();
            for (Map.Entry<String, Path> f : files.entrySet()) {
                named.add(new OutputFacts.File(out.baseName() + "." + f.getKey(), Files.size(f.getValue())));
            }
            OutputFacts facts = new OutputFacts(format, named, FactReader.read(format, files), List.of());
            outputs.add(facts.withChecks(verdicts(format, files, named.get(0).name(), terms)));
        }
        String version = Reporter.class.getPackage().getImplementationVersion();
        return new Report(document.info().title(), document.language(), sourceName, findings, outputs, verifies(),
                findings.skipped(), version == null ? "(development build)" : version);
    }

    private List<Finding> verdicts(Format format, Map<String, Path> files, String name, CheckTerms terms) {
        List<Finding> verdicts = new ArrayList<>();
        Path file = files.values().iterator().next();
        for (Validator v : validators) {
            if (!v.checks(format)) {
                continue;
            }
            String rule = v.rule().id();
            List<String> failures;
            try {
                synchronized (v) { // the articles of a batch may finish at once; a validator checks one file at a time
                    failures = v.failures(file, name);
                }
            } catch (Exception | LinkageError e) {
                failures = List.of(v.tool() + " could not check the file: " + e);
            }
            List<String> details = new ArrayList<>();
            details.add(v.tool());
            failures.stream().limit(MAX_DETAILS).forEach(details::add);
            if (failures.size() > MAX_DETAILS) {
                details.add("… " + (failures.size() - MAX_DETAILS) + " more");
            }
            boolean pass = failures.isEmpty();
            verdicts.add(new Finding(v.rule(), pass ? Level.PASS : Level.ERROR, List.of(), null,
                    pass ? terms.get(rule + ".pass.what") : terms.get(rule + ".error.what", failures.size()),
                    pass ? "" : terms.get(rule + ".loses"), pass ? "" : terms.get(rule + ".fix"), name, details));
        }
        return verdicts;
    }
}
