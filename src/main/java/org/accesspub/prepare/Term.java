package org.accesspub.prepare;

/**
 * Every word or phrase accesspub adds to an article, as a typed key of {@link Terms}: a call site names a
 * constant, never a string, so a misspelt key does not compile. Each locale's file
 * ({@code org/accesspub/prepare/terms/<locale>.properties}) must hold exactly these keys, each with
 * exactly its placeholders {@code {0}} … {@code {n-1}}: {@link Terms} checks that when it loads a file,
 * and {@code TermsTest} loads every locale, so a missing or extra term fails a test, not a user.
 * To add a word: a constant here, the same key in every locale file.
 */
public enum Term {
    /** The locale's own tag ({@code zh-Hans}): checked against the file's name. */
    LANGUAGE("language", 0),
    UNTITLED("untitled", 0),
    /** The creator named when the article has neither author nor source (佚名 / Unknown). */
    CREATOR_UNKNOWN("creator.unknown", 0),
    PAGE_OF("page.of", 2),
    PAGE_NUMBER("page.number", 1),
    BY("by", 1),
    SOURCE("source", 1),
    PUBLISHED("published", 1),
    /** A java.time pattern for a day. */
    DATE_DAY("date.day", 0),
    DATE_DAY_TIME("date.day.time", 2),
    IMAGE("image", 1),
    PICTURE_NAME("picture.name", 1),
    CONTENTS("contents", 0),
    LANDMARKS("landmarks", 0),
    START_OF_CONTENT("start.of.content", 0),
    A11Y_SUMMARY_IMAGES("a11y.summary.images", 0),
    A11Y_SUMMARY_TEXT("a11y.summary.text", 0),
    SPEECH_PUBLISHED("speech.published", 1),
    SPEECH_SOURCE("speech.source", 1),
    SPEECH_AUTHOR("speech.author", 1),
    SPEECH_SEPARATOR("speech.separator", 0),
    /** A java.time pattern for a day as the speech normaliser reads it. */
    SPEECH_DATE("speech.date", 0),
    SPEECH_BODY("speech.body", 0),
    SPEECH_TABLE("speech.table", 1),
    SPEECH_TABLE_ONE("speech.table.one", 0),
    SPEECH_ITEM("speech.item", 1),
    SPEECH_CELL("speech.cell", 2),
    SPEECH_CELLS("speech.cells", 0),
    AUDIO_COMMENT("audio.comment", 0),
    ADMONITION_NOTE("admonition.note", 0),
    ADMONITION_TIP("admonition.tip", 0),
    ADMONITION_IMPORTANT("admonition.important", 0),
    ADMONITION_WARNING("admonition.warning", 0),
    ADMONITION_CAUTION("admonition.caution", 0),
    ADMONITION_DANGER("admonition.danger", 0),
    SPEECH_CODE("speech.code", 0),
    SPEECH_CODE_SKIPPED("speech.code.skipped", 1),
    SPEECH_LABEL("speech.label", 1),
    TABLE("table", 0),
    CELL("cell", 2),
    CELLS("cells", 0),
    LABEL_TITLED("label.titled", 2),
    FOOTNOTE("footnote", 0);

    private final String key;
    private final int arguments;

    Term(String key, int arguments) {
        this.key = key;
        this.arguments = arguments;
    }

    /** The key in the locale files. */
    public String key() {
        return key;
    }

    /** How many values the term takes ({@code {0}} … {@code {n-1}}). */
    public int arguments() {
        return arguments;
    }
}
