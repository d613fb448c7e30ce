package org.accesspub.style;

import org.accesspub.fonts.FontChain;

/**
 * How the article looks where it is shown: the large-print profile (size, spacing, page, theme) and the
 * fonts. The PDF, EPUB, DOCX and narrated EPUB writers and the self-check's font rule read these.
 * Built with {@link #builder()}; immutable.
 */
public final class PageOptions {
    private final LargePrintProfile profile;
    private final FontChain fonts;

    private PageOptions(Builder b) {
        this.profile = b.profile;
        this.fonts = b.fonts;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static PageOptions defaults() {
        return builder().build();
    }

    /** Body size, line spacing, page size and colour theme. */
    public LargePrintProfile profile() { return profile; }
    /** The font for each script, the user's first, then the bundled ones. */
    public FontChain fonts() { return fonts; }

    public static final class Builder {
        private LargePrintProfile profile = LargePrintProfile.defaults();
        private FontChain fonts = FontChain.bundled();

        private Builder() {
        }

        public Builder profile(LargePrintProfile v) { profile = v; return this; }
        public Builder fonts(FontChain v) { fonts = v; return this; }

        public PageOptions build() {
            return new PageOptions(this);
        }
    }
}
