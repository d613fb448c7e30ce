package org.accesspub.braille;

/**
 * How the article is brailled: the table for each script and the size of the page. The braille writer
 * and the self-check's braille rule read these. Built with {@link #builder()}; immutable.
 */
public final class BrailleOptions {
    private final BrailleTables tables;
    private final BraillePage page;

    private BrailleOptions(Builder b) {
        this.tables = b.tables;
        this.page = b.page;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static BrailleOptions defaults() {
        return builder().build();
    }

    /** The braille table for each script. */
    public BrailleTables tables() { return tables; }
    /** Braille cells a line and lines a page. */
    public BraillePage page() { return page; }

    public static final class Builder {
        private BrailleTables tables = BrailleTables.defaults(); // zhcn-cbs, zh-tw, zh-hk, ueb-g2
        private BraillePage page = BraillePage.DEFAULT; // 40 cells × 25 lines

        private Builder() {
        }

        public Builder tables(BrailleTables v) { tables = v; return this; }
        public Builder page(BraillePage v) { page = v; return this; }

        public BrailleOptions build() {
            return new BrailleOptions(this);
        }
    }
}
