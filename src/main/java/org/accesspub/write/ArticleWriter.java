package org.accesspub.write;

import java.io.IOException;
import org.accesspub.prepare.PreparedDocument;

/**
 * Turns a prepared document into one output format. A writer is built once from its options and is
 * immutable afterwards, so one writer serves many jobs at the same time; what belongs to one job (the
 * files, the warnings, what the job's outputs share) comes with each call in a {@link RenderContext}.
 * It renders what {@link org.accesspub.prepare.Preparer} decided (outline, images, links, words,
 * paragraph settings) and decides none of it again. It writes every file through
 * {@link RenderContext#out()}, so that a failure leaves no partial file behind.
 */
public interface ArticleWriter {
    void write(PreparedDocument document, RenderContext context) throws IOException;

    /** Writes into {@code out} as a job of its own whose warnings are dropped (tests, one-off writes). */
    default void write(PreparedDocument document, OutputFiles out) throws IOException {
        write(document, RenderContext.of(out));
    }
}
