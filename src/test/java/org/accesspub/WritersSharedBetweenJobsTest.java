package org.accesspub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.accesspub.prepare.DocumentOptions;
import org.accesspub.testing.PdfText;
import org.accesspub.testing.Samples;
import org.accesspub.write.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One publisher, one set of writers, two different articles converted at the same time on two threads in
 * every format: each comes out as it does when converted alone, and each job's warnings stay its own. This
 * is what a batch and a web server running many jobs at once rely on.
 */
class WritersSharedBetweenJobsTest {
    private static final Set<Format> ALL = EnumSet.allOf(Format.class);
    /**
     * A Chinese page with faults (a missing picture, characters no font, voice or braille table has) and an
     * English news page whose photo is missing: two languages, two speech engines, warnings of their own.
     */
    private static final List<String> ARTICLES = List.of("report/faults-zh.html", "read/html/news-comments.html");

    @TempDir
    static Path dir;

    private static Publisher publisher;
    private static Warnings publishersOwn;
    private static Map<String, Job> alone;
    private static Map<String, Job> together;

    /** What one job wrote, by extension ({@code pdf}, {@code daisy.zip}), and what it warned. */
    record Job(Map<String, byte[]> files, List<String> warnings) {
    }

    @BeforeAll
    static void convertOneAtATimeThenTwoAtOnce() throws Exception {
        publishersOwn = Warnings.collecting();
        // a fixed conversion time, as SOURCE_DATE_EPOCH sets it, so that outputs can be compared byte for byte
        publisher = Publisher.builder().warnings(publishersOwn).publishOptions(PublishOptions.builder()
                .document(DocumentOptions.builder().conversionTime(Instant.parse("2024-03-18T08:00:00Z")).build())
                .build()).build();
        alone = new LinkedHashMap<>();
        for (String name : ARTICLES) {
            alone.put(name, convert(name, dir.resolve("alone")));
        }
        together = new LinkedHashMap<>();
        CyclicBarrier start = new CyclicBarrier(ARTICLES.size());
        ExecutorService threads = Executors.newFixedThreadPool(ARTICLES.size());
        try {
            List<CompletableFuture<Job>> jobs = new ArrayList<>();
            for (String name : ARTICLES) {
                jobs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(); // both jobs begin at the same moment
                        return convert(name, dir.resolve("together"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, threads));
            }
            for (int i = 0; i < ARTICLES.size(); i++) {
                together.put(ARTICLES.get(i), jobs.get(i).join());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** One job: the article read, prepared and written in every format, with warnings of its own. */
    private static Job convert(String name, Path out) throws IOException {
        Warnings warnings = Warnings.collecting();
        Path input = Samples.fixture(name);
        String base = Publisher.baseName(input);
        List<Path> written = publisher.conversion(publisher.read(input), input.getParent(), ALL, out, base, warnings).run();
        Map<String, byte[]> files = new TreeMap<>();
        for (Path p : written) {
            files.put(p.getFileName().toString().substring(base.length() + 1), Files.readAllBytes(p));
        }
        return new Job(files, warnings.all());
    }

    @Test
    void everyJobTakesTheSameWriters() {
        assertThat(publisher.writers(ALL)).isSameAs(publisher.writers(ALL));
        assertThat(publisher.withWarnings(Warnings.collecting()).writers(ALL)).isSameAs(publisher.writers(ALL));
    }

    @Test
    void theReproducibleFormatsAreTheSameBytesWrittenBesideAnotherJob() {
        for (String name : ARTICLES) {
            Job a = alone.get(name);
            Job t = together.get(name);
            assertThat(t.files().keySet()).as(name).isEqualTo(a.files().keySet())
                    .containsExactlyInAnyOrder("pdf", "epub", "docx", "mp3", "vtt", "narrated.epub", "daisy.zip",
                            "brf", "pef");
            for (String ext : List.of("epub", "brf", "pef")) {
                assertThat(t.files().get(ext)).as(name + " " + ext).isEqualTo(a.files().get(ext));
            }
        }
    }

    /** The DOCX package's parts are the same; only the zip's entry times are the time of writing. */
    @Test
    void theDocxHasTheSameParts() throws IOException {
        for (String name : ARTICLES) {
            assertThat(entries(together.get(name).files().get("docx"), false))
                    .as(name).isEqualTo(entries(alone.get(name).files().get("docx"), false));
        }
    }

    /** OpenPDF stamps the time of writing and random subset names: the text on every page is compared. */
    @Test
    void thePdfShowsTheSameText() throws IOException {
        for (String name : ARTICLES) {
            String text = PdfText.read(alone.get(name).files().get("pdf")).dense();
            assertThat(text).as(name).isNotBlank();
            assertThat(PdfText.read(together.get(name).files().get("pdf")).dense()).as(name).isEqualTo(text);
        }
    }

    /**
     * eSpeak NG's timings vary by a few milliseconds from run to run even one at a time, so the speech is
     * compared by what is said, in which order, and how long it lasts; the talking books by every part but
     * the audio and its clock values.
     */
    @Test
    void theSpeechSaysTheSameArticleInTheSameOrder() throws IOException {
        for (String name : ARTICLES) {
            Job a = alone.get(name);
            Job t = together.get(name);
            assertThat(cueTexts(t.files().get("vtt"))).as(name).isNotEmpty().isEqualTo(cueTexts(a.files().get("vtt")));
            double aloneMs = lastCueEnd(a.files().get("vtt"));
            assertThat(lastCueEnd(t.files().get("vtt"))).as(name).isBetween(aloneMs * 0.97, aloneMs * 1.03);
            assertThat(t.files().get("mp3").length).as(name)
                    .isBetween((int) (a.files().get("mp3").length * 0.97), (int) (a.files().get("mp3").length * 1.03));
            for (String book : List.of("daisy.zip", "narrated.epub")) {
                assertThat(entries(t.files().get(book), true)).as(name + " " + book)
                        .isEqualTo(entries(a.files().get(book), true));
            }
        }
    }

    @Test
    void eachJobKeepsItsOwnWarnings() {
        Set<String> first = new HashSet<>(together.get(ARTICLES.get(0)).warnings());
        Set<String> second = new HashSet<>(together.get(ARTICLES.get(1)).warnings());
        assertThat(first).anyMatch(w -> w.contains("class.png")).anyMatch(w -> w.contains("U+260A"))
                .containsExactlyInAnyOrderElementsOf(alone.get(ARTICLES.get(0)).warnings());
        assertThat(second).anyMatch(w -> w.contains("library.jpg"))
                .containsExactlyInAnyOrderElementsOf(alone.get(ARTICLES.get(1)).warnings());
        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(publishersOwn.all()).as("jobs bring their own warnings").isEmpty();
    }

    /**
     * The entries of a zip with their contents as text; with {@code timed}, the audio is left out and every
     * decimal number (the clock values of the overlays and the duration) is one placeholder.
     */
    private static Map<String, String> entries(byte[] zip, boolean timed) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                if (timed && e.getName().endsWith(".mp3")) {
                    entries.put(e.getName(), "audio");
                    continue;
                }
                String text = new String(data, StandardCharsets.ISO_8859_1); // byte for byte, whatever the part
                // the clock values, and the book's size in kilobytes, which counts the audio
                entries.put(e.getName(), timed ? text.replaceAll("\\d+(:\\d\\d)*\\.\\d+", "#")
                        .replaceAll("(name=\"ncc:kByteSize\" content=)\"\\d+\"", "$1\"#\"") : text);
            }
        }
        return entries;
    }

    /** What each cue of a WebVTT transcript says, in order. */
    private static List<String> cueTexts(byte[] vtt) {
        List<String> texts = new ArrayList<>();
        String[] blocks = new String(vtt, StandardCharsets.UTF_8).split("\n\n");
        for (String block : blocks) {
            int arrow = block.indexOf("-->");
            if (arrow >= 0) {
                texts.add(block.substring(block.indexOf('\n', arrow) + 1).strip());
            }
        }
        return texts;
    }

    /** Where the last cue of a transcript ends, in milliseconds. */
    private static double lastCueEnd(byte[] vtt) {
        String text = new String(vtt, StandardCharsets.UTF_8);
        String end = text.substring(text.lastIndexOf("--> ") + 4).lines().findFirst().orElseThrow().strip();
        String[] hms = end.split(":");
        double ms = 0;
        for (String part : hms) {
            ms = ms * 60 + Double.parseDouble(part);
        }
        return ms * 1000;
    }
}
