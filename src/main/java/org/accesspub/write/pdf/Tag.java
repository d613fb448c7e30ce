package org.accesspub.write.pdf;

/**
 * A node of the PDF structure tree as the layout decides it (Document, H1, P, L, LI, Table, TH …).
 * Nodes are created in reading order; the renderer turns each into a structure element when its
 * first content is drawn, parents first, so the tree keeps that order.
 */
final class Tag {
    final String role;
    final Tag parent;
    /** BCP 47 language when it differs from the parent's, else null. */
    final String lang;
    /** Alternative text of a Figure, else null. */
    final String alt;
    /** For TH: the cells it heads ({@code Column} or {@code Row}), else null. */
    final String scope;

    Tag(String role, Tag parent) {
        this(role, parent, null, null, null);
    }

    Tag(String role, Tag parent, String lang, String alt, String scope) {
        this.role = role;
        this.parent = parent;
        this.lang = lang;
        this.alt = alt;
        this.scope = scope;
    }

    @Override
    public String toString() {
        return role;
    }
}
