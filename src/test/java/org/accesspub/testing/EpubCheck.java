package org.accesspub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** W3C EPUBCheck as a library: the messages it reports for a file, and the assertion that there are none. */
public final class EpubCheck {
    private EpubCheck() {
    }

    /** Every fatal error, error and warning EPUBCheck reports, one line each. */
    public static List<String> problems(Path epub) {
        Collector report = new Collector();
        new com.adobe.epubcheck.api.EpubCheck(epub.toFile(), report).doValidate();
        return report.problems;
    }

    /** Asserts 0 fatal errors, 0 errors and 0 warnings, listing them otherwise. */
    public static void assertValid(Path epub) {
        assertThat(problems(epub)).as("EPUBCheck messages for %s", epub.getFileName()).isEmpty();
    }

    private static final class Collector extends MasterReport {
        final List<String> problems = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity s = message.getSeverity();
            if (s == Severity.FATAL || s == Severity.ERROR || s == Severity.WARNING) {
                problems.add(s + " " + message.getID() + " " + location + ": " + message.getMessage(args));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
