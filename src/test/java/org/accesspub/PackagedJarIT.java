package org.accesspub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 * The shaded jar as users run it (`java -jar target/accesspub.jar`), after ProGuard has dropped what no code reaches
 * (src/build/proguard.pro): every sample and a fixture of every source kind convert to every format, each file
 * passes its validator, every engine speaks, every command runs, real documents nobody here wrote convert, the
 * web server starts, and every class the jar keeps links. A class or resource dropped by mistake (one reached only
 * by name) fails here, not in a user's hands.
 */
class PackagedJarIT {
    static final Path JAR = Path.of("target", "accesspub.jar");
    /** Every output format, as `-f` takes them. */
    static final String EVERY_FORMAT = "pdf,epub,docx,audio,narrated,daisy,braille";
    /** The files each article gives in every format (audio: MP3 and its transcript; braille: BRF and PEF). */
    static final List<String> EVERY_EXTENSION = List.of("pdf", "epub", "docx", "mp3", "vtt", "narrated.epub",
            "daisy.zip", "brf", "pef");
    /** A fixture of every source kind the readers know, besides the samples: text in GB 18030, Markdown with every
     *  construct, HTML of a documentation generator, DOCX by pandoc and by LibreOffice, ODT by LibreOffice, and
     *  one of every construct the readers know in Markdown and in HTML (odd characters included). */
    static final List<String> FIXTURES = List.of("read/notice-gb18030.txt", "read/kitchen-sink.md",
            "read/html/sphinx-page.html", "read/office/pandoc-features.docx", "read/office/lo-features.docx",
            "read/office/debian-handbook-internals-lo.odt", "trace/every-construct.md", "trace/every-element.html");
    static Run fixtures;

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
    static void convertEverySampleAndEverySourceKindToEveryFormat() throws Exception {
        List<String> args = new ArrayList<>(List.of("convert", "-f", EVERY_FORMAT, "-o", tmp.resolve("out").toString()));
        Samples.ALL.forEach(s -> args.add(Samples.path(s).toString()));
        all = java(args.toArray(String[]::new));
        List<String> more = new ArrayList<>(List.of("convert", "-f", EVERY_FORMAT, "--report", "-o",
                tmp.resolve("fixtures").toString()));
        FIXTURES.forEach(f -> more.add(Path.of("src/test/resources", f).toString()));
        fixtures = java(more.toArray(String[]::new));
    }

    private static Path output(String sample, String ext) {
        return tmp.resolve("out").resolve(Publisher.baseName(Path.of(sample)) + "." + ext);
    }

    @Test
    void everySampleConvertsToEveryFormatWithoutAWordOnStderr() {
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.err()).doesNotContain("unexpected", "Exception", "Error");
        for (String sample : Samples.ALL) {
            for (String ext : EVERY_EXTENSION) {
                assertThat(output(sample, ext)).isNotEmptyFile();
            }
        }
    }

    @Test
    void aFixtureOfEverySourceKindConvertsToEveryFormatWithItsReport() throws Exception {
        assertThat(fixtures.code()).as(fixtures.err()).isZero();
        assertThat(fixtures.err()).doesNotContain("unexpected", "Exception", "Error");
        Path out = tmp.resolve("fixtures");
        for (String fixture : FIXTURES) {
            String base = Publisher.baseName(Path.of(fixture));
            for (String ext : EVERY_EXTENSION) {
                assertThat(out.resolve(base + "." + ext)).isNotEmptyFile();
            }
            assertThat(Files.readString(out.resolve(base + ".report.json"))).contains("\"counts\"");
            assertThat(Files.readString(out.resolve(base + ".report.html"))).contains("<html");
        }
        EpubCheck.assertValid(out.resolve("lo-features.epub"));
        EpubCheck.assertValid(out.resolve("kitchen-sink.narrated.epub"));
        assertThat(VeraPdf.pdfUaFailures(Files.readAllBytes(out.resolve("lo-features.pdf")))).isEmpty();
        try (ZipFile daisy = new ZipFile(out.resolve("notice-gb18030.daisy.zip").toFile())) {
            assertThat(daisy.stream().map(ZipEntry::getName)).anyMatch(n -> n.endsWith("ncc.html"))
                    .anyMatch(n -> n.endsWith(".smil")).anyMatch(n -> n.endsWith(".mp3"));
        }
        assertThat(Files.readString(out.resolve("lo-features.pef"))).contains("<row>");
        double[] audio = decode(Files.readAllBytes(out.resolve("pandoc-features.mp3")));
        assertThat(audio[0]).isGreaterThan(5);
        assertThat(audio[1]).isGreaterThan(300);
    }

    @Test
    void theSharedSeedConvertsThroughFreeTtsAndEspeak() throws Exception {
        Path seed = Path.of("..", "shared", "samples", "seed-article-zh.txt");
        Path out = tmp.resolve("shared");
        List<String> args = new ArrayList<>(List.of("convert", "-f", "pdf,docx,audio", "-o", out.toString()));
        if (Files.exists(seed)) {
            args.add(seed.toString());
        }
        Run r = java(args.toArray(String[]::new));
        Run freetts = java("convert", "--engine", "freetts", "-f", "audio", "-o", out.resolve("freetts").toString(),
                Samples.path(Samples.ENGLISH).toString());
        assertThat(freetts.code()).as(freetts.err()).isZero();
        assertThat(decode(Files.readAllBytes(out.resolve("freetts").resolve("news-en.mp3")))[0]).isGreaterThan(10);
        if (Files.exists(seed)) {
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(decode(Files.readAllBytes(out.resolve("seed-article-zh.mp3")))[0]).isGreaterThan(10);
        }
    }

    @Test
    void realDocumentsNobodyHereWroteConvert() throws Exception {
        // pages of the extraction corpus (news sites, gzipped) and a Debian manual from /usr/share/doc when there
        Path in = Files.createDirectories(tmp.resolve("real-in"));
        List<String> args = new ArrayList<>(List.of("convert", "-f", "pdf,epub,docx,braille", "-o",
                tmp.resolve("real").toString()));
        Path corpus = Path.of("..", "shared", "corpus", "extraction-dev", "html");
        List<Path> pages = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                pages.addAll(s.filter(p -> p.toString().endsWith(".html.gz")).sorted().limit(4).toList());
            }
        }
        for (Path page : pages) {
            Path html = in.resolve(page.getFileName().toString().replace(".gz", ""));
            try (InputStream z = new GZIPInputStream(Files.newInputStream(page))) {
                Files.copy(z, html);
            }
            args.add(html.toString());
        }
        Path manual = Path.of("/usr/share/doc/python3/python-policy.html");
        if (Files.isReadable(manual)) {
            args.add(manual.toString());
        }
        args.add(Path.of("src/test/resources/read/office/debian-handbook-internals.html").toString());
        Run r = java(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("unexpected", "Exception", "Error");
        assertThat(pages).as("corpus pages").hasSizeGreaterThan(0);
        try (Stream<Path> s = Files.list(tmp.resolve("real"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".pdf")).count()).isEqualTo(args.size() - 5);
        }
    }

    @Test
    void aManifestBatchRunsAndItsLedgerSumsItUp() throws Exception {
        Path archive = Files.createDirectories(tmp.resolve("archive").resolve("2024"));
        Files.copy(Samples.path(Samples.SEED), archive.resolve("0001.txt"));
        Files.copy(Samples.path(Samples.ENGLISH), archive.resolve("0002.txt"));
        Path manifest = tmp.resolve("inputs.jsonl");
        Run list = java("manifest", tmp.resolve("archive").toString(), "-o", manifest.toString());
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(Files.readAllLines(manifest)).hasSize(2);
        Path out = tmp.resolve("batch");
        Run batch = java("convert", "--manifest", manifest.toString(), "-f", "pdf,braille", "-o", out.toString());
        assertThat(batch.code()).as(batch.err()).isZero();
        assertThat(out.resolve("2024-0001").resolve("2024-0001.pdf")).isNotEmptyFile();
        assertThat(out.resolve("2024-0002").resolve("2024-0002.brf")).isNotEmptyFile();
        Run ledger = java("ledger", out.toString(), "--json");
        assertThat(ledger.code()).as(ledger.err()).isZero();
        assertThat(ledger.out()).contains("\"done\": 2", "\"failed\": 0");
    }

    @Test
    void theWebServerStartsFromThePackagedJarAndAnswers() throws Exception {
        // Javalin on Jetty 12, loaded from the jar alone: a route answers over HTTP
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> javalin = Class.forName("io.javalin.Javalin", true, jar);
            Class<?> handler = Class.forName("io.javalin.http.Handler", true, jar);
            Class<?> context = Class.forName("io.javalin.http.Context", true, jar);
            Method result = context.getMethod("result", String.class);
            Object hello = Proxy.newProxyInstance(jar, new Class<?>[] {handler}, (proxy, m, a) -> {
                if (m.getName().equals("handle")) {
                    result.invoke(a[0], "accesspub");
                    return null;
                }
                return m.getName().equals("toString") ? "hello" : m.invoke(this, a);
            });
            Consumer<Object> config = c -> {
                try {
                    Object routes = c.getClass().getField("routes").get(c);
                    routes.getClass().getMethod("get", String.class, handler).invoke(routes, "/hello", hello);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
            Object app = javalin.getMethod("create", Consumer.class).invoke(null, config);
            javalin.getMethod("start", String.class, int.class).invoke(app, "127.0.0.1", 0);
            try {
                int port = (int) javalin.getMethod("port").invoke(app);
                HttpResponse<String> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo("accesspub");
                HttpResponse<String> missing = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/nothing")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(missing.statusCode()).isEqualTo(404);
            } finally {
                javalin.getMethod("stop").invoke(app);
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
        Run pinyin = java("inspect", "--speech", "--pinyin", Samples.path(Samples.SEED).toString());
        assertThat(pinyin.code()).as(pinyin.err()).isZero();
        assertThat(pinyin.out()).containsPattern("[a-z]+[1-5]");
        Run json = java("inspect", Path.of("src/test/resources/read/office/lo-features.odt").toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"blocks\"");
    }

    @Test
    void badInputFailsWithItsExitCodeAndOneLine() throws Exception {
        Run missing = java("convert", "-o", tmp.resolve("bad").toString(), "samples/no-such-article.txt");
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).doesNotContain("Exception", "\tat ");
        Run binary = java("convert", "-o", tmp.resolve("bad").toString(), "src/test/resources/read/binary.txt");
        assertThat(binary.code()).isNotZero();
        assertThat(binary.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void theJarIsShrunkAndEveryClassItKeepsLinks() throws Exception {
        Set<String> entries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = jar.stream().map(ZipEntry::getName).collect(Collectors.toSet());
        }
        assertThat(Files.size(JAR)).as("jar size").isLessThanOrEqualTo(35_000_000L);
        // ProGuard ran: a phonetic encoder, HanLP's word2vec and clustering, PDF signatures and Jetty's web.xml
        // ordering are gone (no code reaches them); the document model, the schema type system and its data stay
        for (String gone : List.of("org/apache/commons/codec/language/Caverphone.class",
                "com/hankcs/hanlp/mining/word2vec/Word2VecTrainer.class",
                "com/hankcs/hanlp/mining/cluster/ClusterAnalyzer.class", "com/lowagie/text/pdf/PdfSignature.class",
                "org/eclipse/jetty/ee10/webapp/AbsoluteOrdering.class")) {
            assertThat(entries.contains(gone)).as(gone).isFalse();
        }
        for (String kept : List.of("org/apache/poi/xwpf/usermodel/XWPFDocument.class",
                "com/lowagie/text/pdf/PdfWriter.class", "org/apache/poi/schemas/ooxml/system/ooxml/index.xsb",
                "org/apache/poi/schemas/ooxml/system/ooxml/TypeSystemHolder.class",
                "org/openxmlformats/schemas/wordprocessingml/x2006/main/CTBody.class",
                "org/openxmlformats/schemas/wordprocessingml/x2006/main/impl/CTBodyImpl.class",
                "org/eclipse/jetty/server/Server.class", "io/javalin/Javalin.class")) {
            assertThat(entries.contains(kept)).as(kept).isTrue();
        }
        // the packages the jar has classes in: a class missing from one of them was dropped, not never there
        Set<String> packages = entries.stream().filter(e -> e.endsWith(".class") && e.indexOf('/') > 0)
                .map(e -> e.substring(0, e.lastIndexOf('/'))).collect(Collectors.toSet());
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            for (String e : entries.stream().sorted().toList()) {
                if (e.endsWith(".class") && !e.startsWith("META-INF/") && !e.endsWith("module-info.class")) {
                    String name = e.substring(0, e.length() - ".class".length()).replace('/', '.');
                    try {
                        Class.forName(name, false, jar);
                        loaded++;
                    } catch (NoClassDefFoundError x) {
                        // an optional library the jar never had (OSGi, servlets for commons-logging, Saxon, ...) is
                        // not a fault of the shrinking; a class missing from a package the jar keeps is
                        String missing = String.valueOf(x.getMessage()).replace('.', '/');
                        if (missing.indexOf('/') > 0 && packages.contains(missing.substring(0, missing.lastIndexOf('/')))) {
                            failures.add(name + ": " + x);
                        }
                    } catch (ClassNotFoundException | LinkageError x) {
                        failures.add(name + ": " + x);
                    }
                }
            }
        }
        assertThat(failures).as("%d classes loaded", loaded).isEmpty();
        assertThat(loaded).isGreaterThan(5000);
    }

    @Test
    void everyClassOfOursPassesTheVerifierWithTheExtrasLibraries() throws Exception {
        // ProGuard writes the stack map frames of the code it keeps again: wrong frames (a library whose classes
        // it did not see) fail only when the class links, here with the extras' libraries beside the jar (the
        // voice extra's piper-jni, the verify extra's veraPDF and EPUBCheck), as the launcher puts them
        List<URL> path = new ArrayList<>(List.of(JAR.toUri().toURL()));
        for (String library : List.of("io.github.givimad.piperjni.PiperJNI",
                "org.verapdf.pdfa.Foundries", "com.adobe.epubcheck.api.EpubCheck")) {
            path.add(Class.forName(library, false, getClass().getClassLoader()).getProtectionDomain()
                    .getCodeSource().getLocation());
        }
        List<String> failures = new ArrayList<>();
        int linked = 0;
        try (URLClassLoader loader = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
             JarFile jar = new JarFile(JAR.toFile())) {
            for (String e : jar.stream().map(ZipEntry::getName).sorted().toList()) {
                if (e.startsWith("org/accesspub/") && e.endsWith(".class")) {
                    String name = e.substring(0, e.length() - ".class".length()).replace('/', '.');
                    try {
                        Class.forName(name, true, loader);
                        linked++;
                    } catch (VerifyError x) {
                        failures.add(name + ": " + x.getMessage().lines().findFirst().orElse(""));
                    } catch (Throwable x) {
                        // a class whose other libraries are not on this path (the extras' own dependencies)
                    }
                }
            }
        }
        assertThat(failures).as("%d of our classes linked", linked).isEmpty();
        assertThat(linked).isGreaterThan(300);
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
