package org.accesspub;

import java.util.Objects;
import org.accesspub.braille.BrailleOptions;
import org.accesspub.prepare.DocumentOptions;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.style.PageOptions;
import org.accesspub.write.BookOptions;

/**
 * What the user chose for the outputs, by concern: the document, the page, the speech, the braille and
 * the e-books. Each writer is handed only its parts ({@link Writers}). A job's warnings are not an
 * option: they belong to the job. Built with {@link #builder()}; immutable.
 */
public final class PublishOptions {
    private final DocumentOptions document;
    private final PageOptions page;
    private final SpeechOptions speech;
    private final BrailleOptions braille;
    private final BookOptions book;

    private PublishOptions(Builder b) {
        this.document = Objects.requireNonNull(b.document, "document");
        this.page = Objects.requireNonNull(b.page, "page");
        this.speech = Objects.requireNonNull(b.speech, "speech");
        this.braille = Objects.requireNonNull(b.braille, "braille");
        this.book = Objects.requireNonNull(b.book, "book");
    }

    public static Builder builder() {
        return new Builder();
    }

    public static PublishOptions defaults() {
        return builder().build();
    }

    /** Identifier, publisher and conversion time. */
    public DocumentOptions document() { return document; }
    /** Large-print profile and fonts. */
    public PageOptions page() { return page; }
    /** Engine, voice, rate, audio format, lexicon and voice models. */
    public SpeechOptions speech() { return speech; }
    /** Braille tables and page. */
    public BrailleOptions braille() { return braille; }
    /** What the e-books claim (the accessibility certifier). */
    public BookOptions book() { return book; }

    public static final class Builder {
        private DocumentOptions document = DocumentOptions.defaults(); // identifier and publisher from the content
        private PageOptions page = PageOptions.defaults(); // 18 pt on A4, the bundled fonts
        private SpeechOptions speech = SpeechOptions.defaults(); // engine by language, MP3
        private BrailleOptions braille = BrailleOptions.defaults(); // 40×25, a table per script
        private BookOptions book = BookOptions.defaults(); // no certification claimed

        private Builder() {
        }

        public Builder document(DocumentOptions v) { document = v; return this; }
        public Builder page(PageOptions v) { page = v; return this; }
        public Builder speech(SpeechOptions v) { speech = v; return this; }
        public Builder braille(BrailleOptions v) { braille = v; return this; }
        public Builder book(BookOptions v) { book = v; return this; }

        public PublishOptions build() {
            return new PublishOptions(this);
        }
    }
}
