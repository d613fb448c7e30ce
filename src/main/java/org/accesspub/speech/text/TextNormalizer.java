package org.accesspub.speech.text;

import org.accesspub.lang.Languages;

/**
 * Turns written forms (numbers, dates, times, symbols, units) into the words a news reader says, so
 * that the transcript of what is spoken is predictable whatever the engine would have guessed.
 */
public interface TextNormalizer {

    String normalize(String text);

    /** The Chinese rules for any Chinese tag, the English rules for everything else. */
    static TextNormalizer forLanguage(String languageTag) {
        return Languages.isChinese(languageTag) ? ChineseNormalizer.INSTANCE : EnglishNormalizer.INSTANCE;
    }
}
