package org.accesspub.write.braille;

import org.accesspub.braille.BrailleTables;
import org.accesspub.prepare.PreparedDocument;

/** The braille the writer makes of a text of a prepared document, for tests outside this package. */
public final class BrailleOf {
    private BrailleOf() {
    }

    /** The cells of {@code text} as the braille writer translates it with the default tables. */
    public static String cells(PreparedDocument document, String text) {
        return new BrailleText(BrailleTables.defaults(), document, new UnknownCharacters()).translate(text).cells();
    }
}
