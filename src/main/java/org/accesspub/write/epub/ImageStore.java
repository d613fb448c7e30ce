package org.accesspub.write.epub;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Block;
import org.accesspub.prepare.ImageAsset;
import org.accesspub.prepare.PreparedDocument;

/** The images the prepared document embeds, each stored once in the book under its own name. */
final class ImageStore {
    private final PreparedDocument document;
    private final List<ImageAsset.Embedded> assets = new ArrayList<>();
    private final List<Book.Resource> stored = new ArrayList<>();
    private boolean anyAlternativeText;
    private boolean anyFlashing;

    ImageStore(PreparedDocument document) {
        this.document = document;
    }

    /** The href of the embedded image, or null when the text alternative stands in for it. */
    String embed(Block.Image image) {
        if (!(document.image(image) instanceof ImageAsset.Embedded e)) {
            return null;
        }
        if (!image.alt().isBlank()) {
            anyAlternativeText = true;
        }
        for (int i = 0; i < assets.size(); i++) {
            if (assets.get(i) == e) {
                return stored.get(i).href();
            }
        }
        int n = stored.size() + 1;
        Book.Resource r = new Book.Resource("img-" + n, "images/image-" + n + "." + e.type().extension(),
                e.type().mediaType(), e.data());
        assets.add(e);
        stored.add(r);
        anyFlashing |= e.flashing();
        return r.href();
    }

    /** Whether an embedded image carries a text alternative. */
    boolean anyAlternativeText() {
        return anyAlternativeText;
    }

    /** Whether an embedded image is a kept animation that flashes (a hazard the book declares). */
    boolean anyFlashing() {
        return anyFlashing;
    }

    List<Book.Resource> resources() {
        return List.copyOf(stored);
    }
}
