package org.accesspub.batch;

import java.nio.file.Path;
import java.util.List;
import org.accesspub.AccesspubException;

/**
 * What became of one article of a batch: the files written (all its formats, or none), the warnings it
 * gave, and its failure, if it failed.
 */
public record ArticleResult(Path input, List<Path> written, int warnings, AccesspubException failure) {
    public ArticleResult {
        written = List.copyOf(written);
    }

    public boolean failed() {
        return failure != null;
    }
}
