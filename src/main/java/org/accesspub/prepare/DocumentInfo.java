package org.accesspub.prepare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every output says about the article besides its text, decided once by {@link Preparer}; writers
 * only read these values and never fall back on their own. Nullable fields are absent, never blank.
 *
 * @param title       never blank: the source's title, else its opening words (40 characters of its first
 *                    block with text), else the locale's word for "untitled" ({@code 无标题})
 * @param titleGiven  whether the source itself gave {@link #title}
 * @param subtitle    the source's subtitle, or null
 * @param author      the source's author, or null (what the source says)
 * @param date        the publication date as a date, or null
 * @param dateText    the date as written when it could not be read as a date, else null
 * @param source      the source (news agency, site) the article names, or null
 * @param description the source's description, else the opening of its first paragraph (120 characters
 *                    and an ellipsis), or null when the article has no paragraph
 * @param language    BCP 47, detected from the text when the source did not say
 * @param identifier  the user's {@code --identifier}, else a name-based {@code urn:uuid:} of the prepared
 *                    article's language and text (the same article always gets the same one)
 * @param publisher   the user's {@code --publisher}, else the source, or null
 * @param creator     never blank: the author, else the source, else the locale's word for an unknown
 *                    author; every output that names a creator (DOCX, EPUB, DAISY, PEF, ID3) names this one
 */
public record DocumentInfo(String title, boolean titleGiven, String subtitle, String author, PubDate date,
                           String dateText, String source, String description, String language,
                           String identifier, String publisher, String creator) {

    public Optional<PubDate> pubDate() {
        return Optional.ofNullable(date);
    }

    /** The calendar day of the publication date, if it could be read. */
    public Optional<LocalDate> day() {
        return pubDate().map(PubDate::day);
    }

    /** The day in ISO 8601 ({@code 2024-03-18}), as the metadata of every format records it, or null. */
    public String isoDay() {
        return date == null ? null : date.day().toString();
    }

    /** The source when it differs from the publisher (EPUB's {@code dc:source}), else null. */
    public String sourceApartFromPublisher() {
        return source == null || source.equals(publisher) ? null : source;
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
