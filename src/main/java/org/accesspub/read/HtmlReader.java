package org.accesspub.read;

import org.accesspub.model.Article;
import org.accesspub.read.html.HtmlExtractor;

/** Reads an HTML or XHTML page: the extraction algorithm lives in {@link org.accesspub.read.html}. */
final class HtmlReader implements ArticleReader {
    @Override
    public Article read(String text) {
        return HtmlExtractor.read(text);
    }
}
