package org.accesspub.write.epub;

import java.util.List;
import java.util.Objects;

/**
 * What goes in the book, before any byte of the zip is written: the publication's metadata, every
 * file of the package (paths relative to the package document), the reading order and the table of
 * contents. {@link PackageFiles} turns it into OPF, nav and NCX; {@link EpubZip} writes the container.
 *
 * @param resources every file of the package but the OPF, nav and NCX, in manifest order
 * @param spine     hrefs of the XHTML resources in reading order
 * @param toc       the table of contents, a tree of entries
 * @param bodyStart href of the first content page (the {@code bodymatter} landmark)
 * @param overlays  the Media Overlays of a narrated book, or null
 */
record Book(BookMetadata metadata, List<Resource> resources, List<String> spine, List<NavPoint> toc,
            String bodyStart, Labels labels, TextMarks.Overlays overlays) {

    Book {
        resources = List.copyOf(resources);
        spine = List.copyOf(spine);
        toc = List.copyOf(toc);
    }

    /** One file of the package: its bytes, or a file on disk copied into the package as it is ({@code file}). */
    record Resource(String id, String href, String mediaType, byte[] data, java.nio.file.Path file) {
        Resource {
            Objects.requireNonNull(id);
            Objects.requireNonNull(href);
            Objects.requireNonNull(mediaType);
            if ((data == null) == (file == null)) {
                throw new IllegalArgumentException("a resource has its bytes or a file: " + href);
            }
        }

        Resource(String id, String href, String mediaType, byte[] data) {
            this(id, href, mediaType, Objects.requireNonNull(data), null);
        }
    }

    /** An entry of the table of contents; {@code href} may carry a fragment. */
    record NavPoint(String label, String href, List<NavPoint> children) {
        NavPoint {
            children = List.copyOf(children);
        }
    }

    /**
     * The publication's metadata as the OPF states it; nullable fields are left out.
     *
     * @param date     W3CDTF day of publication, or null
     * @param source   where the article came from, when it is not already the publisher
     * @param modified {@code CCYY-MM-DDThh:mm:ssZ}
     */
    record BookMetadata(String identifier, String title, String language, String creator, String date,
                        String publisher, String source, String description, String modified,
                        Accessibility accessibility) {
    }

    /** EPUB Accessibility 1.1 / schema.org claims about the book. */
    record Accessibility(List<String> accessModes, List<String> accessModesSufficient, List<String> features,
                         List<String> hazards, String summary, String summaryLanguage, String conformsTo,
                         String certifiedBy) { // certifiedBy: null unless --certifier named one
        Accessibility {
            accessModes = List.copyOf(accessModes);
            accessModesSufficient = List.copyOf(accessModesSufficient);
            features = List.copyOf(features);
            hazards = List.copyOf(hazards);
        }
    }
}
