package org.accesspub.report;

import java.nio.file.Path;
import java.util.List;
import org.accesspub.prepare.check.Rule;
import org.accesspub.write.Format;

/**
 * A real validator run by {@code --verify} on a file just written: veraPDF (PDF/UA-1), W3C EPUBCheck,
 * the ECMA-376 schemas. The implementations ({@code org.accesspub.verify}) need libraries that travel in
 * the second jar {@code accesspub-verify.jar}; that jar registers them for {@link java.util.ServiceLoader}.
 */
public interface Validator {
    /** {@link Rule#PDF_UA}, {@link Rule#EPUBCHECK} or {@link Rule#DOCX_SCHEMA}. */
    Rule rule();

    /** Whether it checks this output ({@code narrated} is an EPUB too). */
    boolean checks(Format format);

    /** The tool and what it checks against: {@code veraPDF 1.26.2, PDF/UA-1 profile}. */
    String tool();

    /**
     * Every failed clause or message, one line each; empty when the file passes. Throws when the file
     * could not be checked at all (that is never a pass).
     *
     * @param name the file's name as committed ({@code seed.epub}); {@code file} may be a temporary path
     */
    List<String> failures(Path file, String name) throws Exception;
}
