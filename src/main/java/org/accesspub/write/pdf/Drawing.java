package org.accesspub.write.pdf;

import org.accesspub.fonts.FontFace;

/**
 * One thing to draw on a page, in PDF points from the bottom-left corner. Items whose tag is null are
 * artifacts (page numbers, rules, frames, repeated table headers): seen, but not read aloud.
 */
sealed interface Drawing {

    /**
     * Text in one face and size; {@code charSpacing} justifies or compresses a Chinese line;
     * {@code emboldened} when bold was asked for but the face has one weight (a user's font).
     */
    record Text(Tag tag, float x, float y, FontFace face, float size, float charSpacing, int color, String text,
                boolean emboldened) implements Drawing {
    }

    /** A straight line: underline, block-quote rule, table border, thematic break. Always an artifact. */
    record Rule(float x1, float y1, float x2, float y2, float width, int color) implements Drawing {
    }

    /** An image scaled into the box with its lower-left corner at (x, y). */
    record Picture(Tag tag, org.accesspub.prepare.ImageAsset.Embedded image, float x, float y, float width, float height) implements Drawing {
    }

    /** The clickable area of a link on one line; {@code tag} is its Link element, {@code contents} what it says. */
    record LinkArea(Tag tag, String uri, String contents, float x1, float y1, float x2, float y2) implements Drawing {
    }

    /** A structure element with nothing to draw, such as an empty table cell, kept so rows stay whole. */
    record Empty(Tag tag) implements Drawing {
    }

    /** An entry of the outline (bookmarks) pointing at this page at height y. */
    record Bookmark(int level, String title, float y) implements Drawing {
    }
}
