package org.accesspub.style;

import java.util.Locale;
import org.accesspub.AccesspubException;

/**
 * Colours of a page. Every theme keeps a contrast of at least 7:1 (WCAG AAA) between text and page,
 * and between link text and page.
 */
public enum Theme {
    DEFAULT(0x000000, 0xFFFFFF, 0x0B3D91),
    HIGH_CONTRAST(0xFFFF00, 0x000000, 0x7FDBFF);

    private final int text;
    private final int background;
    private final int link;

    Theme(int text, int background, int link) {
        this.text = text;
        this.background = background;
        this.link = link;
    }

    /** Text colour as 0xRRGGBB. */
    public int text() {
        return text;
    }

    public int background() {
        return background;
    }

    public int link() {
        return link;
    }

    public String textHex() {
        return String.format("%06X", text);
    }

    public String backgroundHex() {
        return String.format("%06X", background);
    }

    public String linkHex() {
        return String.format("%06X", link);
    }

    /** WCAG 2 contrast ratio between two sRGB colours. */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int v) {
        double c = (v & 0xFF) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    public static Theme parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "default", "normal", "light" -> DEFAULT;
            case "high-contrast", "dark", "contrast" -> HIGH_CONTRAST;
            default -> throw AccesspubException.badUsage("unknown theme '" + text + "': use default or high-contrast");
        };
    }
}
