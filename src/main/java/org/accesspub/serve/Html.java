package org.accesspub.serve;

import org.jsoup.nodes.Entities;

/** Text made safe for HTML: every page puts article text, file names and messages through {@link #esc}. */
final class Html {
    private Html() {
    }

    /** jsoup's escaping: {@code & < > " '} and no-break spaces become references, so no text ends an element or attribute. */
    static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
