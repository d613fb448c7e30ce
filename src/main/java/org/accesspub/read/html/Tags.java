package org.accesspub.read.html;

import java.util.Set;

/** What HTML element names mean to the reader. */
final class Tags {
    /** Elements that start a new block when they appear among text. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "listing", "main", "menu", "nav", "ol",
            "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp",
            "caption", "noscript", "video", "audio", "img", "picture");
    /** Never content: code, styling, embedded objects, form controls and metadata. */
    static final String NEVER_CONTENT = "script, style, template, iframe, frame, frameset, object, embed, applet, svg, "
            + "math, canvas, button, input, select, option, optgroup, textarea, datalist, output, progress, meter, "
            + "dialog, link, meta, base, noembed, noframes, param, source, track, map, area, audio, video";

    private Tags() {
    }

    static boolean isBlock(String name) {
        return BLOCKS.contains(name);
    }

    static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }
}
