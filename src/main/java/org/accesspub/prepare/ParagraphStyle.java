package org.accesspub.prepare;

/**
 * How one paragraph is set, decided once for every output: its language, whether its first line is
 * indented by two characters and whether it is justified. Chinese prose paragraphs of the article's
 * own flow are indented; Chinese paragraphs are justified everywhere; Latin text is never justified.
 */
public record ParagraphStyle(String language, boolean chinese, boolean indent, boolean justify) {
    /** A paragraph inside a list, quote, cell or another container: never indented. */
    public static ParagraphStyle nested(boolean chinese, String language) {
        return new ParagraphStyle(language, chinese, false, chinese);
    }
}
