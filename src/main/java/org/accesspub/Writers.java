package org.accesspub;

import org.accesspub.prepare.DocumentOptions;
import org.accesspub.speech.ScriptBuilder;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.style.PageOptions;
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

/** The writer for each format, built from the part of the user's options it takes. */
public final class Writers {
    private Writers() {
    }

    /** The writer for a format, built from the user's options. */
    public static ArticleWriter create(Format format, PublishOptions options, Warnings warnings) {
        return create(format, options, warnings, null);
    }

    /**
     * The writer for a format; the audio and the talking books take the speech from {@code speech}, so
     * writers made with the same one speak an article once. With {@code speech} null the audio writer
     * records straight into its file, in bounded memory whatever the length (the talking books, which
     * carry the recording inside them, hold it in memory).
     */
    public static ArticleWriter create(Format format, PublishOptions options, Warnings warnings, SharedSpeech speech) {
        PageOptions page = options.page();
        SpeechOptions spoken = options.speech();
        return switch (format) {
            case PDF -> PdfWriter.builder()
                    .profile(page.profile())
                    .fonts(page.fonts())
                    .warnings(warnings)
                    .build();
            case EPUB -> epub(options, warnings);
            case DOCX -> DocxWriter.builder()
                    .profile(page.profile())
                    .fonts(page.fonts())
                    .warnings(warnings)
                    .created(options.document().conversionTime())
                    .build();
            case AUDIO -> AudioWriter.builder()
                    .script(ScriptBuilder.forOptions(spoken)::build)
                    .options(spoken)
                    .warnings(warnings)
                    .shared(speech == null ? null : speech::audio)
                    .build();
            case NARRATED -> NarratedWriter.builder()
                    .epub(epub(options, warnings))
                    .speech(books(speech, spoken, warnings)::mp3)
                    .theme(page.profile().theme())
                    .build();
            case DAISY -> DaisyWriter.builder()
                    .speech(books(speech, spoken, warnings)::mp3)
                    .build();
            case BRAILLE -> BrailleWriter.builder()
                    .tables(options.braille().tables())
                    .page(options.braille().page())
                    .warnings(warnings)
                    .build();
        };
    }

    private static SharedSpeech books(SharedSpeech speech, SpeechOptions options, Warnings warnings) {
        return (speech != null ? speech : new SharedSpeech(options, warnings)).forBooks();
    }

    private static EpubWriter epub(PublishOptions options, Warnings warnings) {
        DocumentOptions document = options.document();
        return EpubWriter.builder()
                .profile(options.page().profile())
                .fonts(options.page().fonts())
                .warnings(warnings)
                .certifier(options.book().certifier())
                .modified(document.conversionTime())
                .build();
    }
}
