package org.accesspub.write.epub;

import java.util.Locale;
import org.accesspub.lang.Languages;
import org.accesspub.prepare.Term;
import org.accesspub.prepare.Terms;

/**
 * The words the book adds around the article, taken from the prepared document's {@link Terms}, and
 * whether they need their own {@code xml:lang} inside the book.
 */
final class Labels {
    private final Terms terms;

    Labels(Terms terms) {
        this.terms = terms;
    }

    Terms terms() {
        return terms;
    }

    /** The language these labels are written in, for {@code xml:lang} where it differs from the book's. */
    String language() {
        return terms.locale();
    }

    /** Whether text in these labels needs its own {@code lang} inside a book in {@code bookLanguage}. */
    boolean foreignTo(String bookLanguage) {
        if (Languages.isChinese(bookLanguage)) {
            return !terms.chinese();
        }
        return terms.chinese() || !primarySubtag(bookLanguage).equals(primarySubtag(terms.locale()));
    }

    private static String primarySubtag(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The word labelling a note, tip or warning without a title of its own. */
    String admonition(org.accesspub.model.Block.Admonition.Kind kind) {
        return terms.admonition(kind);
    }

    String contents() {
        return terms.get(Term.CONTENTS);
    }

    String landmarks() {
        return terms.get(Term.LANDMARKS);
    }

    String startOfContent() {
        return terms.get(Term.START_OF_CONTENT);
    }

    String accessibilitySummary(boolean images) {
        return terms.get(images ? Term.A11Y_SUMMARY_IMAGES : Term.A11Y_SUMMARY_TEXT);
    }
}
