package org.accesspub.prepare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.accesspub.Warning;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Metadata;

/**
 * Every metadata decision, made once for every output: the title (the source's, else the opening words, else
 * the locale's "untitled"), the identifier (the user's, else one derived from the content), the creator, the
 * publisher, the description and the date. Reads only what the source says ({@link Metadata}) and the
 * prepared blocks; {@link Preparer} hands the result on as {@link DocumentInfo}.
 */
final class InfoDecisions {
    private static final int TITLE_FROM_TEXT = 40;
    private static final int DESCRIPTION_FROM_TEXT = 120;

    /** The title every output shows, and whether the source gave it. */
    record Title(String text, boolean given) {
    }

    private final String identifier;
    private final String publisher;
    private final Warnings warnings;

    /** {@code identifier} and {@code publisher}: the user's ({@code --identifier}, {@code --publisher}), or null. */
    InfoDecisions(String identifier, String publisher, Warnings warnings) {
        this.identifier = identifier;
        this.publisher = publisher;
        this.warnings = warnings;
    }

    /** The source's title, else the article's opening words, else the locale's word for "untitled". */
    static Title title(Metadata m, List<Block> blocks, Terms terms) {
        String title = clean(m.title());
        if (title != null) {
            return new Title(title, true);
        }
        return new Title(first(blocks, Block.class).map(t -> cut(t, TITLE_FROM_TEXT, "")).orElse(terms.get(Term.UNTITLED)), false);
    }

    /** Every other decision, for the {@code prepared} article (its blocks as every output shows them). */
    DocumentInfo info(Article prepared, Title title, String language, Terms terms) {
        Metadata m = prepared.metadata();
        PubDate date = null;
        String dateText = null;
        String written = clean(m.date());
        if (written != null) {
            date = DateParser.parse(written).orElse(null);
            if (date == null) {
                dateText = Shown.src(written);
                warnings.warn(Warning.keyed(Warnings.GENERAL, "date.unreadable", "the date '" + dateText
                        + "' is not one accesspub can read, so it is shown as written (write it as 2024-03-18 or"
                        + " 2024-03-18 08:57)", dateText));
            }
        }
        String author = clean(m.author());
        String source = clean(m.source());
        String description = Optional.ofNullable(clean(m.description()))
                .or(() -> first(prepared.blocks(), Block.Paragraph.class).map(t -> cut(t, DESCRIPTION_FROM_TEXT, "…")))
                .orElse(null);
        String id = identifier != null ? identifier : derivedIdentifier(prepared, language);
        String creator = author != null ? author : source != null ? source : terms.get(Term.CREATOR_UNKNOWN);
        return new DocumentInfo(title.text(), title.given(), clean(m.subtitle()), author, date, dateText, source,
                description, language, id, publisher != null ? publisher : source, creator);
    }

    /** The same article always gets the same identifier: a name-based UUID of its language and everything it shows. */
    static String derivedIdentifier(Article prepared, String language) {
        String content = language + "\n" + prepared.allText();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8));
    }

    /** The text on one line, or null when there is none. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    /** The text of the first block of this kind that has any, on one line. */
    private static Optional<String> first(List<Block> blocks, Class<? extends Block> kind) {
        return blocks.stream().filter(kind::isInstance).map(Blocks::plainText).map(InfoDecisions::clean)
                .filter(Objects::nonNull).findFirst();
    }

    /** The first {@code max} characters of {@code text}, followed by {@code mark} when cut. */
    private static String cut(String text, int max, String mark) {
        int end = text.offsetByCodePoints(0, Math.min(text.codePointCount(0, text.length()), max));
        return end < text.length() ? text.substring(0, end) + mark : text;
    }
}
