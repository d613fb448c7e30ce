package org.accesspub;

import java.nio.file.Path;
import java.util.Optional;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.Format;
import org.accesspub.write.docx.DocxWriter;
import org.accesspub.write.epub.EpubWriter;

/** The writer for each format, built from the user's options. */
public final class Writers {
    private Writers() {
    }

    /**
     * The writer for a format, or empty while that format is not available yet.
     *
     * @param sourceDir the folder of the source file: relative image paths resolve against it
     */
    public static Optional<ArticleWriter> create(Format format, PublishOptions options, Path sourceDir) {
        return switch (format) {
            case PDF -> Optional.empty();
            case EPUB -> Optional.of(EpubWriter.builder(options).baseDirectory(sourceDir).build());
            case DOCX -> Optional.of(DocxWriter.builder()
                    .profile(options.profile())
                    .fonts(options.fonts())
                    .warnings(options.warnings())
                    .baseDirectory(sourceDir)
                    .build());
            case AUDIO -> Optional.empty();
        };
    }
}
