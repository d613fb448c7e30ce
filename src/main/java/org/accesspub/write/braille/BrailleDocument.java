package org.accesspub.write.braille;

import java.util.List;
import org.accesspub.braille.BraillePage;

/**
 * A laid-out braille edition: pages of lines of six-dot Unicode braille, with the metadata the PEF
 * head carries. What the byte writers ({@link Brf}, {@link Pef}) read. Immutable.
 */
record BrailleDocument(BraillePage page, List<List<String>> pages, String identifier, String title,
                       String language, String author, String date) {
    BrailleDocument {
        pages = pages.stream().map(List::copyOf).toList();
    }
}
