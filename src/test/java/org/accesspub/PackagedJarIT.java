package org.accesspub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;
import org.accesspub.testing.EpubCheck;
import org.accesspub.testing.PdfText;
import org.accesspub.testing.Samples;
import org.accesspub.testing.VeraPdf;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users run it (`java -jar target/accesspub.jar`), after the build has dropped what nothing loads:
 * every sample converts to every format in one run, each file passes its validator, and every engine speaks.
 * A resource or class filtered out by mistake fails here, not in a user's hands.
 */
class PackagedJarIT {
    static final Path JAR = Path.of("target", "accesspub.jar");

    @TempDir
    static Path tmp;
    static Run all;

    record Run(int code, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        // the jar unpacks eSpeak NG and the packed fonts into a cache of its own, not the user's
        pb.environment().put("XDG_CACHE_HOME", Path.of("target", "it-cache").toAbsolutePath().toString());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished within 5 minutes").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @BeforeAll
    static void convertEverySampleToEveryFormat() throws Exception {
        List<String> args = new ArrayList<>(List.of("convert", "-o", tmp.resolve("out").toString()));
        Samples.ALL.forEach(s -> args.add(Samples.path(s).toString()));
        all = java(args.toArray(String[]::new));
    }

    private static Path output(String sample, String ext) {
        return tmp.resolve("out").resolve(Publisher.baseName(Path.of(sample)) + "." + ext);
    }

    @Test
    void everySampleConvertsWithoutAWordOnStderr() {
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.err()).doesNotContain("unexpected", "Exception", "Error");
        for (String sample : Samples.ALL) {
            for (String ext : List.of("pdf", "epub", "docx", "mp3", "vtt")) {
                assertThat(output(sample, ext)).isNotEmptyFile();
            }
        }
    }

    @Test
    void thePdfsPassPdfUaAndKeepTheirText() throws Exception {
        for (String sample : List.of(Samples.SEED, Samples.HTML)) {
            byte[] pdf = Files.readAllBytes(output(sample, "pdf"));
            assertThat(VeraPdf.pdfUaFailures(pdf)).as(sample).isEmpty();
            assertThat(PdfText.read(pdf).text).as(sample).isNotBlank();
        }
    }

    @Test
    void theEpubWithImagesAndATablePassesEpubCheck() {
        EpubCheck.assertValid(output(Samples.MARKDOWN, "epub"));
    }

    @Test
    void theDocxFilesOpenInPoiWithTheirText() throws Exception {
        for (String sample : Samples.ALL) {
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(output(sample, "docx")));
                 XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
                assertThat(text.getText()).as(sample).contains(Samples.read(sample).metadata().title());
            }
        }
    }

    @Test
    void wordAndOpenDocumentFilesWithNotesConvertFromThePackagedJar() throws Exception {
        Path out = tmp.resolve("office");
        Run r = java("convert", "-f", "pdf,epub,docx", "-o", out.toString(),
                Path.of("src/test/resources/read/office/pandoc-features.docx").toString(),
                Path.of("src/test/resources/read/office/debian-handbook-internals-lo.odt").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("unexpected", "Exception", "Error");
        EpubCheck.assertValid(out.resolve("pandoc-features.epub"));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("pandoc-features.docx")))) {
            assertThat(doc.getFootnotes()).singleElement().extracting(f -> f.getParagraphs().get(0).getText())
                    .asString().contains("节假日另行通知");
        }
        assertThat(PdfText.read(Files.readAllBytes(out.resolve("debian-handbook-internals-lo.pdf"))).text)
                .contains("The Debian Developers");
    }

    @Test
    void everyMp3IsAudibleSpeechOfSomeLength() throws Exception {
        for (String sample : Samples.ALL) {
            double[] secondsAndRms = decode(Files.readAllBytes(output(sample, "mp3")));
            assertThat(secondsAndRms[0]).as("%s seconds", sample).isGreaterThan(10);
            assertThat(secondsAndRms[1]).as("%s RMS", sample).isGreaterThan(300);
        }
    }

    @Test
    void brailleWritesWithEveryBundledTable() throws Exception {
        Path out = tmp.resolve("braille");
        for (String table : List.of("zhcn-cbs,ueb-g2", "zhcn-g1,ueb-g1")) {
            Run r = java("convert", Samples.path(Samples.SEED).toString(), Samples.path(Samples.ENGLISH).toString(),
                    Path.of("src/test/resources/braille/seed-article-zh-tw.txt").toString(), "-f", "braille",
                    "--braille-table", table, "-o", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).doesNotContain("Exception", "SLF4J", "U+5");
            for (String name : List.of("seed-article-zh", "news-en", "seed-article-zh-tw")) {
                assertThat(Files.readString(out.resolve(name + ".pef"))).contains("<row>⠀⠀");
                assertThat(out.resolve(name + ".brf")).isNotEmptyFile();
            }
        }
    }

    @Test
    void englishThroughEspeakAndWavOutputWork() throws Exception {
        Run espeak = java("convert", Samples.path(Samples.ENGLISH).toString(), "-f", "audio", "--engine", "espeak",
                "--audio-format", "wav", "-o", tmp.resolve("espeak").toString());
        assertThat(espeak.code()).as(espeak.err()).isZero();
        assertThat(Files.size(tmp.resolve("espeak").resolve("news-en.wav"))).isGreaterThan(100_000);
    }

    @Test
    void versionComesFromTheManifest() throws Exception {
        String version;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            version = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
        }
        assertThat(version).isNotBlank();
        Run r = java("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("accesspub " + version);
    }

    @Test
    void voicesAndInspectRun() throws Exception {
        Run voices = java("voices");
        assertThat(voices.code()).as(voices.err()).isZero();
        assertThat(voices.out()).contains("espeak", "freetts", "cmn");
        Run inspect = java("inspect", "--speech", Samples.path(Samples.SEED).toString());
        assertThat(inspect.code()).as(inspect.err()).isZero();
        assertThat(inspect.out()).contains("二零二四年");
    }

    @Test
    void theJarKeepsOnlyTheListedLibraryClassesAndEachOfThemLoads() throws Exception {
        Set<String> entries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(ZipEntry::getName).collect(Collectors.toSet());
        }
        // src/build/SlimJar.java ran after shade: the spreadsheet cells, a phonetic encoder and HanLP's word2vec
        // are gone; the document model stays
        for (String gone : List.of("org/apache/poi/xssf/usermodel/XSSFCell.class",
                "org/apache/commons/codec/language/bm/PhoneticEngine.class",
                "com/hankcs/hanlp/mining/word2vec/Word2VecTrainer.class")) {
            assertThat(entries.contains(gone)).as(gone).isFalse();
        }
        for (String kept : List.of("org/apache/poi/xwpf/usermodel/XWPFDocument.class",
                "com/lowagie/text/pdf/PdfWriter.class", "org/apache/poi/schemas/ooxml/system/ooxml/index.xsb")) {
            assertThat(entries.contains(kept)).as(kept).isTrue();
        }
        List<String> list = Files.readAllLines(Path.of("src/build/jar-classes.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        List<String> prefixes = list.stream().filter(l -> l.startsWith("trim ")).map(l -> l.split("\\s+")[2]).toList();
        List<String> packages = list.stream().filter(l -> l.startsWith("package ")).map(l -> l.substring(8)).toList();
        List<String> classes = list.stream().filter(l -> l.indexOf(' ') < 0).toList();
        assertThat(prefixes).contains("org/apache/poi/", "com/lowagie/");
        assertThat(classes).hasSizeGreaterThan(500);
        assertThat(classes.stream().filter(c -> !entries.contains(c + ".class")).toList()).as("listed, not in the jar")
                .isEmpty();
        assertThat(packages.stream().filter(p -> entries.stream().noneMatch(e -> e.startsWith(p) && e.endsWith(".class")
                && e.indexOf('/', p.length()) < 0)).toList()).as("packages listed, without a class in the jar").isEmpty();
        // every class left under the trim prefixes, and ours, loads from the jar alone: no superclass or interface
        // of it was trimmed away (they load with it)
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String e : entries.stream().sorted().toList()) {
                if (e.endsWith(".class") && !e.startsWith("META-INF/") && (e.startsWith("org/accesspub/")
                        || prefixes.stream().anyMatch(e::startsWith))) {
                    String name = e.substring(0, e.length() - ".class".length()).replace('/', '.');
                    try {
                        Class.forName(name, false, jar);
                        loaded++;
                    } catch (NoClassDefFoundError x) {
                        // what the jar never had (OSGi, servlets: optional for commons-logging and Log4j) is not ours
                        if (prefixes.stream().anyMatch(String.valueOf(x.getMessage())::startsWith)) {
                            failures.add(name + ": " + x);
                        }
                    } catch (ClassNotFoundException | LinkageError x) {
                        failures.add(name + ": " + x);
                    }
                }
            }
        }
        assertThat(failures).as("%d classes loaded", loaded).isEmpty();
        assertThat(loaded).isGreaterThan(classes.size());
    }

    /** Seconds and RMS of an MP3, decoded by JLayer. */
    private static double[] decode(byte[] mp3) throws Exception {
        Bitstream bs = new Bitstream(new ByteArrayInputStream(mp3));
        Decoder decoder = new Decoder();
        long samples = 0;
        double sum = 0;
        int rate = 1;
        for (Header h; (h = bs.readFrame()) != null; ) {
            SampleBuffer sb = (SampleBuffer) decoder.decodeFrame(h, bs);
            rate = sb.getSampleFrequency() * sb.getChannelCount();
            short[] buf = sb.getBuffer();
            for (int i = 0; i < sb.getBufferLength(); i++) {
                sum += (double) buf[i] * buf[i];
            }
            samples += sb.getBufferLength();
            bs.closeFrame();
        }
        return new double[] {(double) samples / rate, Math.sqrt(sum / Math.max(1, samples))};
    }
}
