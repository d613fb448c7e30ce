package org.accesspub.write.pdf;

import org.accesspub.fonts.FontFace;

/** What the layout needs to know about fonts and images, answered by the PDF library. */
interface Resources {
    /** Advance width of a character in the face, in points. */
    float advance(FontFace face, int codePoint, float size);

    /** Natural width and height of an image in points, or null when the file cannot be read as one. */
    float[] imageSize(org.accesspub.prepare.ImageAsset.Embedded image);
}
