package org.accesspub;

import java.nio.file.Path;
import java.util.Optional;
import org.accesspub.speech.ScriptBuilder;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.audio.AudioWriter;
import org.accesspub.write.Format;
import org.accesspub.write.docx.DocxWriter;
import org.accesspub.write.epub.EpubWriter;
import org.accesspub.write.pdf.PdfWriter;

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
            case PDF -> Optional.of(PdfWriter.builder()
                    .profile(options.profile())
                    .fonts(options.fonts())
                    .warnings(options.warnings())
                    .imageBase(sourceDir)
                    .build());
            case EPUB -> Optional.of(EpubWriter.builder()
                    .profile(options.profile())
                    .fonts(options.fonts())
                    .warnings(options.warnings())
                    .identifier(options.identifier())
                    .publisher(options.publisher())
                    .baseDirectory(sourceDir)
                    .build());
            case DOCX -> Optional.of(DocxWriter.builder()
                    .profile(options.profile())
                    .fonts(options.fonts())
                    .warnings(options.warnings())
                    .baseDirectory(sourceDir)
                    .build());
            case AUDIO -> Optional.of(AudioWriter.builder()
                    .script(ScriptBuilder.forOptions(options)::build)
                    .options(options)
                    .build());
        };
    }
}
