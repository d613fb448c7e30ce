package org.accesspub;

import org.accesspub.speech.ScriptBuilder;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.audio.AudioWriter;
import org.accesspub.write.audio.SharedSpeech;
import org.accesspub.write.narrated.DaisyWriter;
import org.accesspub.write.narrated.NarratedWriter;
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
        return create(format, options, null);
    }

    /**
     * The writer for a format; the audio and the talking books take the speech from {@code speech}, so
     * writers made with the same one speak an article once. With {@code speech} null the audio writer
     * records straight into its file, in bounded memory whatever the length (the talking books, which
     * carry the recording inside them, hold it in memory).
     */
    private static SharedSpeech books(SharedSpeech speech, PublishOptions options) {
        return (speech != null ? speech : new SharedSpeech(options)).forBooks();
    }

    public static ArticleWriter create(Format format, PublishOptions options, SharedSpeech speech) {
        return switch (format) {
            case PDF -> PdfWriter.builder()
                    .profile(options.profile())
                    .fonts(options.fonts())
                    .warnings(options.warnings())
                    .build();
            case EPUB -> epub(options);
            case DOCX -> DocxWriter.builder()
                    .profile(options.profile())
                    .fonts(options.fonts())
                    .warnings(options.warnings())
                    .created(options.conversionTime())
                    .build();
            case AUDIO -> AudioWriter.builder()
                    .script(ScriptBuilder.forOptions(options)::build)
                    .options(options)
                    .shared(speech == null ? null : speech::audio)
                    .build();
            case NARRATED -> NarratedWriter.builder()
                    .epub(epub(options))
                    .speech(books(speech, options)::mp3)
                    .theme(options.profile().theme())
                    .build();
            case DAISY -> DaisyWriter.builder()
                    .speech(books(speech, options)::mp3)
                    .build();
            case BRAILLE -> BrailleWriter.builder()
                    .tables(options.brailleTables())
                    .page(options.braillePage())
                    .warnings(options.warnings())
                    .build();
        };
    }

    private static EpubWriter epub(PublishOptions options) {
        return EpubWriter.builder()
                .profile(options.profile())
                .fonts(options.fonts())
                .warnings(options.warnings())
                .certifier(options.certifier())
                .modified(options.conversionTime())
                .build();
    }
}
