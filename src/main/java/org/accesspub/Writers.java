package org.accesspub;

import org.accesspub.speech.ScriptBuilder;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.audio.AudioWriter;
import org.accesspub.write.braille.BrailleWriter;
import org.accesspub.write.Format;
import org.accesspub.write.docx.DocxWriter;
import org.accesspub.write.epub.EpubWriter;
import org.accesspub.write.pdf.PdfWriter;

/** The writer for each format, built from the user's options. */
public final class Writers {
    private Writers() {
    }

    /** The writer for a format, built from the user's options. */
    public static ArticleWriter create(Format format, PublishOptions options) {
        return switch (format) {
            case PDF -> PdfWriter.builder()
                    .profile(options.profile())
                    .fonts(options.fonts())
                    .warnings(options.warnings())
                    .build();
            case EPUB -> EpubWriter.builder()
                    .profile(options.profile())
                    .fonts(options.fonts())
                    .warnings(options.warnings())
                    .identifier(options.identifier())
                    .publisher(options.publisher())
                    .certifier(options.certifier())
                    .modified(options.conversionTime())
                    .build();
            case DOCX -> DocxWriter.builder()
                    .profile(options.profile())
                    .fonts(options.fonts())
                    .warnings(options.warnings())
                    .created(options.conversionTime())
                    .build();
            case AUDIO -> AudioWriter.builder()
                    .script(ScriptBuilder.forOptions(options)::build)
                    .options(options)
                    .build();
            case BRAILLE -> BrailleWriter.builder()
                    .tables(options.brailleTables())
                    .page(options.braillePage())
                    .warnings(options.warnings())
                    .build();
        };
    }
}
