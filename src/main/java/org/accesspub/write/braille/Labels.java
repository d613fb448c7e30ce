package org.accesspub.write.braille;

import org.accesspub.model.Block;
import org.accesspub.prepare.Term;
import org.accesspub.prepare.Terms;

/** The words the braille edition adds, from the prepared document's {@link Terms}. */
final class Labels {
    private final Terms terms;

    Labels(Terms terms) {
        this.terms = terms;
    }

    String image(String alt) {
        return terms.image(alt);
    }

    String table() {
        return terms.get(Term.TABLE);
    }

    /** One cell after its column's header: {@code 项目：内容} or {@code Item: text}. */
    String cell(String header, String text) {
        return header == null || header.isBlank() ? text : terms.get(Term.CELL, header, text);
    }

    String cellSeparator() {
        return terms.get(Term.CELLS);
    }

    String bullet() {
        return "•";
    }

    /** The line that opens a footnote: 注释 1 / Note 1. */
    String footnote(String label) {
        return terms.footnote(label);
    }

    /** {@code 注意：标题} or {@code Warning: Title}; the label alone without a title: as every output labels it. */
    String admonition(Block.Admonition a) {
        return terms.admonitionLabel(a);
    }
}
