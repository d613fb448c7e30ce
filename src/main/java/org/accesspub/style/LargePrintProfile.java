package org.accesspub.style;

/**
 * The typographic decisions made once and read by every writer: sizes, spacing, page and theme.
 * Built with {@link #builder()}; immutable.
 */
public final class LargePrintProfile {
    private static final double[] HEADING_SCALE = {1.6, 1.3, 1.15, 1.1, 1.05, 1.0};

    private final FontSize bodySize;
    private final double lineSpacing;
    private final PageSize page;
    private final double marginMm;
    private final Theme theme;

    private LargePrintProfile(Builder b) {
        this.bodySize = b.bodySize;
        this.lineSpacing = b.lineSpacing;
        this.page = b.page;
        this.marginMm = b.marginMm;
        this.theme = b.theme;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static LargePrintProfile defaults() {
        return builder().build();
    }

    public FontSize bodySize() {
        return bodySize;
    }

    /** Body text size in points. */
    public double bodyPt() {
        return bodySize.points();
    }

    /** Heading size in points: H1 1.6×, H2 1.3×, H3 1.15× the body, never below it. */
    public double headingPt(int level) {
        return bodyPt() * HEADING_SCALE[Math.max(1, Math.min(6, level)) - 1];
    }

    /** The title is set like a level-1 heading. */
    public double titlePt() {
        return headingPt(1);
    }

    /** Line height as a multiple of the font size (1.5 by default). */
    public double lineSpacing() {
        return lineSpacing;
    }

    /** Space after a paragraph, in points: three quarters of a body line. */
    public double paragraphSpacingPt() {
        return bodyPt() * 0.75;
    }

    /** Space before a heading, in points. */
    public double headingSpaceBeforePt() {
        return bodyPt() * 1.2;
    }

    public PageSize page() {
        return page;
    }

    /** Margin on every side, in millimetres (at least 20). */
    public double marginMm() {
        return marginMm;
    }

    public double marginPt() {
        return Units.mmToPt(marginMm);
    }

    public Theme theme() {
        return theme;
    }

    /** A warning for the user about the chosen settings, or null when they make large print. */
    public String warning() {
        return bodySize.warning();
    }

    public static final class Builder {
        private FontSize bodySize = FontSize.DEFAULT; // 18 pt
        private double lineSpacing = 1.5;
        private PageSize page = PageSize.A4;
        private double marginMm = 20;
        private Theme theme = Theme.DEFAULT;

        public Builder bodySize(FontSize size) {
            this.bodySize = size;
            return this;
        }

        public Builder lineSpacing(double spacing) {
            if (!(spacing >= 1.0 && spacing <= 4.0)) { // NaN fails every comparison: refused too
                throw org.accesspub.AccesspubException.badUsage(
                        "line spacing " + spacing + " is out of range: choose between 1.0 and 4.0 (1.5 is the default)");
            }
            this.lineSpacing = spacing;
            return this;
        }

        public Builder page(PageSize page) {
            this.page = page;
            return this;
        }

        /** Margins below 20 mm are raised to 20 mm: hands hold handouts by their edges. */
        public Builder marginMm(double mm) {
            this.marginMm = Math.max(20, mm);
            return this;
        }

        public Builder theme(Theme theme) {
            this.theme = theme;
            return this;
        }

        public LargePrintProfile build() {
            return new LargePrintProfile(this);
        }
    }
}
