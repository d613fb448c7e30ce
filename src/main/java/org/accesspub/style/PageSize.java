package org.accesspub.style;

import java.util.Locale;
import org.accesspub.AccesspubException;

/** Paper sizes a handout is printed on, in millimetres. */
public enum PageSize {
    A4(210, 297), LETTER(215.9, 279.4), A5(148, 210), B5(176, 250);

    private final double widthMm;
    private final double heightMm;

    PageSize(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    public double widthPt() {
        return Units.mmToPt(widthMm);
    }

    public double heightPt() {
        return Units.mmToPt(heightMm);
    }

    public static PageSize parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AccesspubException.badUsage("unknown page size '" + text + "': use a4, letter, a5 or b5");
        }
    }
}
