package org.accesspub.prepare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every output says about the article besides its text, decided once: the title (never blank;
 * the opening words when the source has none), subtitle, author, the date as a date (or as written
 * when it could not be read), source, description and language (detected when the source gave none).
 * Nullable fields are absent, never blank.
 */
public record DocumentInfo(String title, boolean titleGiven, String subtitle, String author, PubDate date,
                           String dateText, String source, String description, String language) {

    public Optional<PubDate> pubDate() {
        return Optional.ofNullable(date);
    }

    /** The date as readers see it ({@code 2024年3月18日 08:57}), the text as written, or null. */
    public String shownDate(Terms terms) {
        if (date != null) {
            return terms.date(date.day(), date.time());
        }
        return dateText;
    }

    /**
     * The metadata line under the title, in its parts, the same in every output:
     * {@code 发布时间：2024年3月18日 08:57}, {@code 作者：…}, {@code 来源：…}. Empty parts are left out.
     */
    public List<String> metadataLine(Terms terms) {
        List<String> parts = new ArrayList<>();
        String shown = shownDate(terms);
        if (shown != null) {
            parts.add(terms.published(shown));
        }
        if (author != null) {
            parts.add(terms.by(author));
        }
        if (source != null) {
            parts.add(terms.source(source));
        }
        return parts;
    }
}
