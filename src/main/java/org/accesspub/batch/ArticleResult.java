package org.accesspub.batch;

import java.nio.file.Path;
import java.util.List;
import org.accesspub.AccesspubException;
import org.accesspub.prepare.check.Findings;

/**
 * What became of one article of a batch: the files written (all its formats, or none), the warnings it
 * gave, its failure, if it failed, and the self-check's counts, once it was checked (else null).
 */
public record ArticleResult(Path input, List<Path> written, int warnings, AccesspubException failure,
        Findings.Counts checks) {
    public ArticleResult {
        written = List.copyOf(written);
    }

    public ArticleResult(Path input, List<Path> written, int warnings, AccesspubException failure) {
        this(input, written, warnings, failure, null);
    }

    public boolean failed() {
        return failure != null;
    }
}
