package org.accesspub.write.narrated;

import java.util.Locale;
import org.accesspub.style.Theme;

/**
 * How the sentence being read is shown: its own text and background colours, so the highlight keeps its
 * contrast whatever colours the reading system or the theme gives the page (black on yellow, 19.6:1, on the
 * default theme; black on white, 21:1, on the high-contrast theme's yellow on black), and an underline for
 * readers who cannot tell the colours apart.
 */
record Highlight(int text, int background) {
    /** The class reading systems put on the element being read ({@code media:active-class}). */
    static final String ACTIVE_CLASS = "-epub-media-overlay-active";

    static Highlight forTheme(Theme theme) {
        return theme == Theme.HIGH_CONTRAST ? new Highlight(0x000000, 0xFFFFFF) : new Highlight(0x000000, 0xFFFF00);
    }

    String css() {
        String c = String.format(Locale.ROOT, "#%06X", text);
        String bg = String.format(Locale.ROOT, "#%06X", background);
        return "." + ACTIVE_CLASS + ", ." + ACTIVE_CLASS + " * { color: " + c + "; background-color: " + bg
                + "; text-decoration: underline; }\n";
    }
}
