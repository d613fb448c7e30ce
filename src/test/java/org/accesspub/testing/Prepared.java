package org.accesspub.testing;

import java.nio.file.Path;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.Preparer;

/** Articles prepared as the publisher prepares them, for writer tests. */
public final class Prepared {
    private Prepared() {
    }

    /** Prepared with images taken from the samples folder. */
    public static PreparedDocument of(Article article) {
        return of(article, Samples.path(""), Warnings.collecting());
    }

    /** Prepared by {@code preparer} (the user's identifier, publisher …) with images from the samples folder. */
    public static PreparedDocument of(Article article, Preparer.Builder preparer) {
        return preparer.folder(Samples.path("")).build().prepare(article);
    }

    public static PreparedDocument of(Article article, Path folder, Warnings warnings) {
        return Preparer.builder().folder(folder).warnings(warnings).build().prepare(article);
    }
}
