package org.accesspub.read;

import org.accesspub.model.Article;

/** Reads one kind of source text into the model. Language, punctuation and overrides are applied after. */
interface ArticleReader {
    Article read(String text);
}
