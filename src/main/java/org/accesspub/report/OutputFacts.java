package org.accesspub.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accesspub.prepare.check.Finding;
import org.accesspub.write.Format;

/**
 * What one output came to, read back from the files its writer produced: the files with their sizes,
 * facts by stable key ({@code pages}, {@code duration-seconds} … see {@code docs/report.md}; a value is a
 * number, a text, a list of texts, or null when it cannot be known), and the validators' verdicts.
 */
public record OutputFacts(Format format, List<File> files, Map<String, Object> facts, List<Finding> checks) {
    /** One file of an output: its name as committed and its size in bytes. */
    public record File(String name, long bytes) {
    }

    public OutputFacts {
        files = List.copyOf(files);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        checks = List.copyOf(checks);
    }

    OutputFacts withChecks(List<Finding> verdicts) {
        return new OutputFacts(format, files, facts, verdicts);
    }
}
