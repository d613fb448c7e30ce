package org.accesspub;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.accesspub.prepare.DocumentOptions;
import org.accesspub.speech.ScriptBuilder;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.style.PageOptions;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.Format;
import org.accesspub.write.audio.AudioWriter;
import org.accesspub.write.audio.SharedSpeech;
import org.accesspub.write.braille.BrailleWriter;
import org.accesspub.write.docx.DocxWriter;
import org.accesspub.write.epub.EpubWriter;
import org.accesspub.write.narrated.DaisyWriter;
import org.accesspub.write.narrated.NarratedWriter;
import org.accesspub.write.pdf.PdfWriter;

/**
 * The writer for each format, built from the part of the user's options it takes. Building checks every
 * option; the writers are immutable and serve every job of a publisher at the same time.
 */
public final class Writers {
    private Writers() {
    }

    /** The writer for one format on its own. */
    public static ArticleWriter create(Format format, PublishOptions options) {
        return forFormats(Set.of(format), options).get(format);
    }

    /**
     * The writers of a set of formats, in the set's order. When the set holds a talking book the audio and the
     * talking books of a job take one recording ({@link SharedSpeech}, one per job, recorded into a scratch file
     * of the job's output files); the audio alone records straight into its file.
     */
    public static Map<Format, ArticleWriter> forFormats(Set<Format> formats, PublishOptions options) {
        boolean books = formats.contains(Format.NARRATED) || formats.contains(Format.DAISY);
        boolean spoken = books || formats.contains(Format.AUDIO);
        SpeechOptions speech = options.speech();
        ScriptBuilder scripts = spoken ? ScriptBuilder.forOptions(speech) : null; // the lexicon, loaded once
        if (books) {
            SharedSpeech.check(speech);
        }
        Map<Format, ArticleWriter> writers = new LinkedHashMap<>();
        for (Format format : formats) {
            writers.put(format, create(format, options, scripts, books));
        }
        return Collections.unmodifiableMap(writers);
    }

    private static ArticleWriter create(Format format, PublishOptions options, ScriptBuilder scripts, boolean books) {
        PageOptions page = options.page();
        SpeechOptions speech = options.speech();
        return switch (format) {
            case PDF -> PdfWriter.builder()
                    .profile(page.profile())
                    .fonts(page.fonts())
                    .build();
            case EPUB -> epub(options);
            case DOCX -> DocxWriter.builder()
                    .profile(page.profile())
                    .fonts(page.fonts())
                    .created(options.document().conversionTime())
                    .build();
            case AUDIO -> AudioWriter.builder()
                    .script(scripts::build)
                    .options(speech)
                    .shared(books ? (document, context) -> SharedSpeech.of(context, speech, scripts).audio(document, context) : null)
                    .build();
            case NARRATED -> NarratedWriter.builder()
                    .epub(epub(options))
                    .speech((document, context) -> SharedSpeech.of(context, speech, scripts).mp3(document, context))
                    .theme(page.profile().theme())
                    .build();
            case DAISY -> DaisyWriter.builder()
                    .speech((document, context) -> SharedSpeech.of(context, speech, scripts).mp3(document, context))
                    .build();
            case BRAILLE -> BrailleWriter.builder()
                    .tables(options.braille().tables())
                    .page(options.braille().page())
                    .build();
        };
    }

    private static EpubWriter epub(PublishOptions options) {
        DocumentOptions document = options.document();
        return EpubWriter.builder()
                .profile(options.page().profile())
                .fonts(options.page().fonts())
                .certifier(options.book().certifier())
                .modified(document.conversionTime())
                .build();
    }
}
