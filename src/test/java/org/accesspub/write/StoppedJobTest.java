package org.accesspub.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Metadata;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.speech.ScriptBuilder;
import org.accesspub.testing.Prepared;
import org.accesspub.testing.Samples;
import org.accesspub.write.audio.AudioWriter;
import org.accesspub.write.braille.BrailleWriter;
import org.accesspub.write.docx.DocxWriter;
import org.accesspub.write.epub.EpubWriter;
import org.accesspub.write.pdf.PdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job stopped (cancelled, out of time) stops its writers at their next block or utterance, and nothing is committed. */
class StoppedJobTest {
    @TempDir
    Path dir;

    private static final PreparedDocument SEED = Prepared.of(Samples.read(Samples.SEED));

    /** The writer throws the stop, leaves nothing in the folder, and without the stop writes and commits the file. */
    private void stopsAndCommitsNothing(ArticleWriter writer, PreparedDocument document, String extension) throws IOException {
        RenderContext.Job job = new RenderContext.Job(Warnings.collecting());
        job.stop();
        try (OutputFiles out = new OutputFiles(dir, "stopped")) {
            RenderContext context = job.context(out);
            assertThat(context.stopped()).isTrue();
            assertThatThrownBy(() -> writer.write(document, context))
                    .isInstanceOf(IOException.class).hasMessage("the conversion was stopped");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("nothing committed, nothing left behind").isEmpty();
        }

        RenderContext.Job running = new RenderContext.Job(Warnings.collecting());
        try (OutputFiles out = new OutputFiles(dir, "written")) {
            writer.write(document, running.context(out));
            assertThat(out.commit()).contains(dir.resolve("written." + extension));
        }
        assertThat(Files.size(dir.resolve("written." + extension))).isPositive();
    }

    @Test
    void aStoppedJobStopsThePdf() throws IOException {
        stopsAndCommitsNothing(PdfWriter.builder().build(), SEED, "pdf");
    }

    @Test
    void aStoppedJobStopsTheEpub() throws IOException {
        stopsAndCommitsNothing(EpubWriter.builder().build(), SEED, "epub");
    }

    @Test
    void aStoppedJobStopsTheDocx() throws IOException {
        stopsAndCommitsNothing(DocxWriter.builder().build(), SEED, "docx");
    }

    @Test
    void aStoppedJobStopsTheBraille() throws IOException {
        stopsAndCommitsNothing(BrailleWriter.builder().build(), SEED, "pef");
    }

    @Test
    void aStoppedJobStopsTheRecording() throws IOException {
        PreparedDocument shortArticle = Prepared.of(new Article(Metadata.of("Notice", "en"),
                List.of(Block.Paragraph.of("The library opens at nine."))));
        stopsAndCommitsNothing(AudioWriter.builder().script(ScriptBuilder.builder().build()::build).build(), shortArticle, "mp3");
    }
}
