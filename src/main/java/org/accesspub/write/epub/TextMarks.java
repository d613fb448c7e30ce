package org.accesspub.write.epub;

import java.util.List;
import java.util.Objects;
import org.accesspub.model.Inline;

/**
 * How a narrated book marks the text it reads aloud, and what it adds to the package: the hook the EPUB
 * writer offers the talking books. The plain e-book uses {@link #NONE}, which marks nothing. One instance
 * serves one book: it is told each page as it is written, in reading order.
 *
 * <p>An owner is the model object an element shows: a {@link org.accesspub.model.Block}, or one of the
 * title page's keys {@link #SUBTITLE} and {@link #META} (each line of the metadata line: only the first
 * asked gets the id). The title's h1 always has the id {@link #TITLE}.
 */
public interface TextMarks {
    String TITLE = "title";
    String SUBTITLE = "subtitle";
    String META = "meta";

    /** Marks nothing and adds nothing: the plain e-book. */
    TextMarks NONE = new TextMarks() {
    };

    /** A page is about to be written (its href relative to the package document). */
    default void page(String href) {
    }

    /** The id of an element read as a whole (a figure, a table, a byline), or null for none. */
    default String id(Object owner) {
        return null;
    }

    /** The owner's inline content cut into sentences, each written in a span with its id; null writes it whole. */
    default List<Sentence> sentences(Object owner, List<Inline> content) {
        return null;
    }

    /** What the book gains once every page is written; null adds nothing. */
    default Overlays overlays() {
        return null;
    }

    /** One sentence of the text and the id of its span. */
    record Sentence(String id, List<Inline> content) {
        public Sentence {
            Objects.requireNonNull(id);
            content = List.copyOf(content);
        }
    }

    /**
     * A file added to the package (an overlay, the audio): its bytes, or a file on disk ({@code file}) copied into
     * the package as it is, never read into memory whole (the audio of a long article).
     */
    record File(String id, String href, String mediaType, byte[] data, java.nio.file.Path file) {
        public File(String id, String href, String mediaType, byte[] data) {
            this(id, href, mediaType, Objects.requireNonNull(data), null);
        }

        public File(String id, String href, String mediaType, java.nio.file.Path file) {
            this(id, href, mediaType, null, Objects.requireNonNull(file));
        }
    }

    /** A {@code meta} of the package, refining an item when {@code refines} is not null ({@code #id}). */
    record Meta(String property, String refines, String value) {
    }

    /**
     * What Media Overlays add to the package.
     *
     * @param files          overlays and audio, in manifest order
     * @param overlayOfPage  for each page href with an overlay, the id of its overlay's manifest item
     * @param meta           {@code media:duration}, {@code media:narrator}, {@code media:active-class} …
     * @param css            appended to the book's style sheet
     * @param accessModes    access modes the book gains ({@code auditory})
     * @param sufficient     access modes that each suffice alone, replacing the plain book's
     * @param features       accessibility features the book gains ({@code synchronizedAudioText})
     */
    record Overlays(List<File> files, java.util.Map<String, String> overlayOfPage, List<Meta> meta, String css,
                    List<String> accessModes, List<String> sufficient, List<String> features) {
        public Overlays {
            files = List.copyOf(files);
            overlayOfPage = java.util.Map.copyOf(overlayOfPage);
            meta = List.copyOf(meta);
            accessModes = List.copyOf(accessModes);
            sufficient = List.copyOf(sufficient);
            features = List.copyOf(features);
        }
    }
}
