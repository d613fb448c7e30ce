package org.accesspub.prepare.check;

/**
 * The self-check rules, each with the stable id that reports, JSON and CI scripts name it by
 * ({@code docs/report.md}). The first group is decided on the prepared document; the last three are the
 * verdicts of the real validators on the files written ({@code --verify}).
 */
public enum Rule {
    IMAGE_ALT("image-alt"),
    LINK_TEXT("link-text"),
    TABLE_HEADER("table-header"),
    HEADING_ORDER("heading-order"),
    GLYPH_MISSING("glyph-missing"),
    READING_UNKNOWN("reading-unknown"),
    BRAILLE_UNTRANSLATED("braille-untranslated"),
    LONG_PARAGRAPH("long-paragraph"),
    LONG_SENTENCE("long-sentence"),
    LANGUAGE("language"),
    TITLE("title"),
    DATE("date"),
    SOURCE("source"),
    PDF_UA("pdf-ua"),
    EPUBCHECK("epubcheck"),
    DOCX_SCHEMA("docx-schema");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
