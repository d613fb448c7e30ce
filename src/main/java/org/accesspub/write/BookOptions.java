package org.accesspub.write;

/**
 * What the e-books claim about themselves (the EPUB and the narrated EPUB): who certified their
 * accessibility. Built with {@link #builder()}; immutable.
 */
public final class BookOptions {
    private final String certifier;

    private BookOptions(Builder b) {
        this.certifier = b.certifier;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static BookOptions defaults() {
        return builder().build();
    }

    /** Who certified the EPUB's accessibility ({@code --certifier}), or null: no certification is claimed. */
    public String certifier() { return certifier; }

    public static final class Builder {
        private String certifier; // none

        private Builder() {
        }

        public Builder certifier(String v) { certifier = v; return this; }

        public BookOptions build() {
            return new BookOptions(this);
        }
    }
}
