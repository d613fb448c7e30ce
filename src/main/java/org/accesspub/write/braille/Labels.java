package org.accesspub.write.braille;

import org.accesspub.model.Block;
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
        return terms.get("table");
    }

    /** One cell after its column's header: {@code 项目：内容} or {@code Item: text}. */
    String cell(String header, String text) {
        return header == null || header.isBlank() ? text : terms.get("cell", header, text);
    }

    String cellSeparator() {
        return terms.get("cells");
    }

    String bullet() {
        return "•";
    }

    /** {@code 注意：标题} or {@code Warning: Title}; the label alone without a title. */
    /** The line that opens a footnote: 注释 1 / Note 1. */
    String footnote(String label) {
        return terms.footnote() + " " + label;
    }

    String admonition(Block.Admonition.Kind kind, String title) {
        String label = terms.admonition(kind);
        return title == null || title.isBlank() || title.strip().equalsIgnoreCase(label) ? label
                : terms.get("label.titled", label, title.strip());
    }
}
