package org.accesspub.write;

import java.io.IOException;
import org.accesspub.prepare.PreparedDocument;

/**
 * Turns a prepared document into one output format. A writer is built once from its options and is
 * immutable afterwards; it renders what {@link org.accesspub.prepare.Preparer} decided (outline,
 * images, links, words, paragraph settings) and decides none of it again. It writes every file
 * through {@link OutputFiles}, so that a failure leaves no partial file behind.
 */
public interface ArticleWriter {
    void write(PreparedDocument document, OutputFiles out) throws IOException;
}
