package org.accesspub.style;

/** Conversions between the units the writers speak. */
public final class Units {
    private Units() {
    }

    public static double mmToPt(double mm) {
        return mm * 72 / 25.4;
    }

    /** Word's twentieths of a point. */
    public static int ptToTwips(double pt) {
        return (int) Math.round(pt * 20);
    }

    public static int mmToTwips(double mm) {
        return ptToTwips(mmToPt(mm));
    }
}
