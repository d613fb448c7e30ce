package org.accesspub.batch;

import java.nio.file.Path;

/** Told what a batch is doing, from whichever thread does it; implementations synchronise themselves. */
public interface BatchListener {
    BatchListener NONE = new BatchListener() {
    };

    /** The batch starts with this many articles. */
    default void started(int total) {
    }

    /** A warning about one article. */
    default void warning(Path input, String message) {
    }

    /** One article needs no work, or is being done by another run: {@code why} says which. */
    default void skipped(Path input, String why) {
    }

    /**
     * The self-check's counts of an article just written (with the validators' verdicts under
     * {@code --verify}), worded in {@code language}'s locale; {@code report} is its report page, or null.
     */
    default void checked(Path input, org.accesspub.prepare.check.Findings.Counts counts, String language, Path report) {
    }

    /** One article is done: written, or failed. */
    default void finished(ArticleResult result) {
    }
}
