package org.accesspub.write;

import java.io.IOException;
import org.accesspub.model.Article;

/**
 * Turns an article into one output format. A writer is built once from its options and is
 * immutable afterwards; it writes every file through {@link OutputFiles}, so that a failure
 * leaves no partial file behind.
 */
public interface ArticleWriter {
    void write(Article article, OutputFiles out) throws IOException;
}
