package org.accesspub.verify;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accesspub.prepare.check.Rule;
import org.accesspub.report.Validator;
import org.accesspub.write.Format;

/**
 * W3C EPUBCheck on an EPUB and on the narrated EPUB (Media Overlays): every fatal error, error and
 * warning, as the project's own standard is 0 of each. The file is checked under its real name (EPUBCheck
 * looks at the extension), from a private copy beside nothing else.
 */
public final class EpubCheckValidator implements Validator {
    @Override
    public Rule rule() {
        return Rule.EPUBCHECK;
    }

    @Override
    public boolean checks(Format format) {
        return format == Format.EPUB || format == Format.NARRATED;
    }

    @Override
    public String tool() {
        return "EPUBCheck " + EpubCheck.version();
    }

    @Override
    public List<String> failures(Path file, String name) throws Exception {
        Path dir = Files.createTempDirectory("accesspub-epubcheck");
        Path copy = dir.resolve(name.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
        try {
            Files.copy(file, copy);
            Collector report = new Collector();
            new EpubCheck(copy.toFile(), report).doValidate();
            return report.problems;
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(dir);
        }
    }

    private static final class Collector extends MasterReport {
        final List<String> problems = new ArrayList<>();

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity s = message.getSeverity();
            if (s == Severity.FATAL || s == Severity.ERROR || s == Severity.WARNING) {
                String where = location == null || location.getPath() == null ? "" : " " + location.getPath()
                        + (location.getLine() > 0 ? ":" + location.getLine() : "");
                problems.add(s + " " + message.getID() + where + ": " + message.getMessage(args));
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
