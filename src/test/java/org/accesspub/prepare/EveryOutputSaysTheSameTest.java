package org.accesspub.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.accesspub.PublishOptions;
import org.accesspub.Publisher;
import org.accesspub.model.Article;
import org.accesspub.speech.ScriptBuilder;
import org.accesspub.speech.SpokenScript;
import org.accesspub.testing.PdfText;
import org.accesspub.testing.Samples;
import org.accesspub.testing.VeraPdf;
import org.accesspub.write.audio.AudioFiles;
import org.accesspub.write.Format;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One article, every output, one document: for every sample and fixture the PDF (structure tree and
 * bookmarks), the EPUB (nav), the DOCX (Title and Heading N paragraphs) and the spoken script (its
 * chapters) show the same outline, the same images, the same link targets and the same metadata line,
 * all as the prepared document decided; and for five articles (the seed with a derived identifier, an
 * English one, a Traditional one, an untitled Chinese one and one with no title nor text, the last four
 * with the user's --identifier) every format — PDF, EPUB, DOCX, audio (ID3 and transcript), braille (PEF
 * and BRF), DAISY and the narrated EPUB — says the same title, identifier, language, date, outline and text.
 */
class EveryOutputSaysTheSameTest {
    @TempDir
    static Path out;

    static Stream<Path> articles() {
        List<Path> all = new ArrayList<>();
        Samples.ALL.forEach(s -> all.add(Samples.path(s)));
        // Every article fixture the project keeps (not the ones made to be refused: binary, empty …).
        for (String f : List.of("read/kitchen-sink.md", "read/hostile.html", "read/hours-crlf.txt",
                "read/hours-utf16le-bom.txt", "read/colour-codes.txt", "read/notice-gb18030.txt",
                "read/html/aspnet-form.html", "read/html/docbook-chapter.html", "read/html/news-comments.html",
                "read/html/publican-chapter.xhtml", "read/html/sphinx-page.html", "blocks/poems-44.txt",
                "blocks/terminal-basics.md", "braille/seed-article-zh-tw.txt", "prepare/notice-zh-hant.txt",
                "prepare/headings-from-h3.html", "prepare/links-and-images.md")) {
            all.add(Samples.fixture(f));
        }
        return all.stream();
    }

    /** The outputs of one article, written once. */
    record Outputs(PreparedDocument prepared, byte[] pdf, Map<String, byte[]> epub, XWPFDocument docx, SpokenScript script) {
    }

    private static final Map<Path, Outputs> WRITTEN = new LinkedHashMap<>();

    static synchronized Outputs outputs(Path input) throws Exception {
        Outputs o = WRITTEN.get(input);
        if (o == null) {
            PublishOptions options = PublishOptions.builder().build();
            Publisher publisher = Publisher.builder().publishOptions(options).build();
            PreparedDocument prepared = publisher.prepare(publisher.read(input), input.getParent());
            String base = "a" + WRITTEN.size();
            publisher.write(prepared, EnumSet.of(Format.PDF, Format.EPUB, Format.DOCX), out, base);
            o = new Outputs(prepared, Files.readAllBytes(out.resolve(base + ".pdf")), unzip(out.resolve(base + ".epub")),
                    new XWPFDocument(Files.newInputStream(out.resolve(base + ".docx"))),
                    ScriptBuilder.builder().build().build(prepared));
            WRITTEN.put(input, o);
        }
        return o;
    }

    private static List<String> expectedOutline(PreparedDocument d) {
        return d.outline().stream().map(e -> e.level() + " " + e.text()).toList();
    }

    @ParameterizedTest
    @MethodSource("articles")
    void theSameHeadingOutlineInEveryOutput(Path input) throws Exception {
        Outputs o = outputs(input);
        List<String> expected = expectedOutline(o.prepared());
        assertThat(pdfBookmarks(o.pdf())).as("PDF bookmarks").isEqualTo(expected);
        assertThat(pdfHeadingLevels(o.pdf())).as("PDF structure tree")
                .isEqualTo(o.prepared().outline().stream().map(e -> "H" + e.level()).toList());
        assertThat(epubNav(o.epub())).as("EPUB nav").isEqualTo(expected);
        assertThat(docxHeadings(o.docx())).as("DOCX Title and Heading N").isEqualTo(expected);
        String body = o.prepared().terms().get(Term.SPEECH_BODY);
        assertThat(o.script().parts().stream().filter(p -> p instanceof SpokenScript.Chapter)
                .map(p -> ((SpokenScript.Chapter) p).title()).filter(t -> !t.equals(body)).toList())
                // The script also marks each paragraph (speech's nested chapters): the outline comes through in order.
                .as("spoken chapters").containsSubsequence(o.prepared().outline().stream()
                        .map(PreparedDocument.OutlineEntry::text).toList());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void theSameImagesAndAltTextsInEveryOutput(Path input) throws Exception {
        Outputs o = outputs(input);
        List<String> embedded = new ArrayList<>();
        List<String> standIns = new ArrayList<>();
        collectImages(o.prepared(), o.prepared().blocks(), embedded, standIns);
        assertThat(pdfFigures(o.pdf())).as("PDF figures").isEqualTo(embedded.stream().filter(a -> !a.isEmpty()).toList());
        Document pages = epubPages(o.epub());
        assertThat(pages.select("img").eachAttr("alt")).as("EPUB images").isEqualTo(embedded);
        assertThat(Pattern.compile("<pic:cNvPr [^>]*?descr=\"([^\"]*)\"").matcher(docxXml(o.docx())).results()
                .map(m -> Parser.unescapeEntities(m.group(1), true)).toList()).as("DOCX pictures").isEqualTo(embedded);
        for (String alt : standIns) {
            String said = o.prepared().terms().image(alt);
            assertThat(PdfText.read(o.pdf()).dense()).contains(said.replace(" ", ""));
            assertThat(pages.select("p.image-alt").eachText()).contains(said);
            assertThat(docxText(o.docx())).contains(said);
            assertThat(o.script().parts()).anyMatch(p -> p instanceof SpokenScript.Utterance u && u.display().startsWith(said));
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void theSameLinkTargetsInEveryOutput(Path input) throws Exception {
        Outputs o = outputs(input);
        TreeSet<String> expected = new TreeSet<>();
        collectLinks(o.prepared().blocks(), expected);
        assertThat(new TreeSet<>(pdfLinks(o.pdf()))).as("PDF annotations").isEqualTo(expected);
        assertThat(new TreeSet<>(epubPages(o.epub()).select("a[href]").eachAttr("href"))).as("EPUB links").isEqualTo(expected);
        TreeSet<String> docx = new TreeSet<>();
        for (XWPFHyperlink h : o.docx().getHyperlinks()) {
            docx.add(h.getURL());
        }
        assertThat(docx).as("DOCX hyperlinks").isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("articles")
    void theSameMetadataLineInEveryOutput(Path input) throws Exception {
        Outputs o = outputs(input);
        List<String> line = o.prepared().metadataLine();
        String dense = PdfText.read(o.pdf()).dense();
        for (String part : line) {
            assertThat(dense).as("PDF").contains(part.replaceAll("\\s", ""));
        }
        assertThat(epubPages(o.epub()).select("header > p.meta").eachText()).as("EPUB").isEqualTo(line);
        List<String> docx = new ArrayList<>();
        for (XWPFParagraph p : o.docx().getParagraphs()) {
            if ("Subtitle".equals(p.getStyle()) && !p.getText().equals(o.prepared().info().subtitle())) {
                docx.addAll(List.of(p.getText().split("\n")));
            }
        }
        assertThat(docx).as("DOCX").isEqualTo(line);
        if (!line.isEmpty()) {
            String shown = String.join(o.prepared().terms().get(Term.SPEECH_SEPARATOR), line);
            assertThat(o.script().parts()).as("spoken announcement")
                    .anyMatch(p -> p instanceof SpokenScript.Utterance u && u.display().equals(shown));
        }
    }

    @Test
    void aPageWhoseHeadingsStartAtH3IsPdfUa1() throws Exception {
        Outputs o = outputs(Samples.fixture("prepare/headings-from-h3.html"));
        assertThat(pdfHeadingLevels(o.pdf())).startsWith("H1", "H2").contains("H3").doesNotContain("H4", "H5", "H6");
        assertThat(VeraPdf.pdfUaFailures(o.pdf())).isEmpty();
    }

    @Test
    void aChineseAddressSurvivesIntactInThePdfAnnotationAndNoScriptGetsIn() throws Exception {
        Outputs o = outputs(Samples.fixture("prepare/links-and-images.md"));
        assertThat(pdfLinks(o.pdf())).contains("https://www.gov.cn/%E8%B7%AF%E5%BE%84/%E9%80%9A%E7%9F%A5.html")
                .noneMatch(u -> u.toLowerCase().contains("script") || u.startsWith("file:") || u.startsWith("smb:"));
        assertThat(PdfText.read(o.pdf()).dense()).contains("https://www.gov.cn/路径/通知.html");
        assertThat(new String(o.pdf(), StandardCharsets.ISO_8859_1)).doesNotContain("javascript");
    }

    @Test
    void aTraditionalArticleSaysTraditionalWordsInEveryOutput() throws Exception {
        Outputs o = outputs(Samples.fixture("prepare/notice-zh-hant.txt"));
        assertThat(o.prepared().terms().locale()).isEqualTo("zh-Hant");
        PdfText pdf = PdfText.read(o.pdf());
        assertThat(pdf.dense()).contains("發佈時間：2024年5月20日09:30", "來源：社區事務處");
        assertThat(pdf.lines).anyMatch(l -> l.matches("第 1 頁 / 共 \\d+ 頁"));
        assertThat(epubPages(o.epub()).select("header > p.meta").eachText())
                .containsExactly("發佈時間：2024年5月20日 09:30", "來源：社區事務處");
        assertThat(docxText(o.docx())).contains("發佈時間：2024年5月20日 09:30", "來源：社區事務處");
        assertThat(o.script().parts()).anyMatch(p -> p instanceof SpokenScript.Utterance u
                && u.display().equals("發佈時間：2024年5月20日 09:30，來源：社區事務處") && u.spoken().startsWith("發佈時間")
                && u.spoken().contains("來源社區事務處"));
        assertThat(String.join("", o.script().parts().stream().map(Object::toString).toList()))
                .doesNotContain("发布时间").doesNotContain("来源");
    }

    // ---- every format: PDF, EPUB, DOCX, audio, braille, DAISY and the narrated EPUB ------------------------

    /** The user's identifier (--identifier), given for every article but the seed, whose identifier is derived. */
    static final String IDENTIFIER = "urn:isbn:9787000000017";

    /** An article with no title and no text to take one from: the locale's word titles it in every output. */
    static Article untitledWithoutText() {
        return new Article(org.accesspub.model.Metadata.of(null, "zh-CN"), List.of(new org.accesspub.model.Block.ThematicBreak(),
                new org.accesspub.model.Block.Image("no-such-picture.png", "", null)));
    }

    static Stream<String> everyFormatArticles() {
        return Stream.of("seed", "english", "traditional", "untitled-zh", "untitled-empty");
    }

    /** Every file of one article in every format, written together once as a user would ask for them. */
    record AllFormats(PreparedDocument prepared, Map<String, byte[]> files) {
        byte[] file(String ext) {
            byte[] b = files.get(ext);
            assertThat(b).as(ext + " written").isNotNull();
            return b;
        }

        Map<String, byte[]> zip(String ext) throws Exception {
            return unzipBytes(file(ext));
        }

        String text(String ext) {
            return new String(file(ext), StandardCharsets.UTF_8);
        }
    }

    private static final Map<String, AllFormats> ALL_FORMATS = new LinkedHashMap<>();

    static synchronized AllFormats allFormats(String name) throws Exception {
        AllFormats made = ALL_FORMATS.get(name);
        if (made == null) {
            boolean derived = name.equals("seed");
            Publisher publisher = Publisher.builder().publishOptions(PublishOptions.builder()
                    .document(DocumentOptions.builder().identifier(derived ? null : IDENTIFIER).build()).build()).build();
            Path input = switch (name) {
                case "seed" -> Samples.path(Samples.SEED);
                case "english" -> Samples.path(Samples.ENGLISH);
                case "traditional" -> Samples.fixture("prepare/notice-zh-hant.txt");
                case "untitled-zh" -> Samples.fixture("prepare/untitled-zh.md");
                default -> null;
            };
            Article article = input == null ? untitledWithoutText() : publisher.read(input);
            PreparedDocument prepared = publisher.prepare(article, input == null ? out : input.getParent());
            Path dir = Files.createDirectories(out.resolve("all-" + name));
            publisher.write(prepared, EnumSet.allOf(Format.class), dir, "a");
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (Stream<Path> list = Files.list(dir)) {
                for (Path f : list.toList()) {
                    files.put(f.getFileName().toString().substring(2), Files.readAllBytes(f));
                }
            }
            made = new AllFormats(prepared, files);
            ALL_FORMATS.put(name, made);
        }
        return made;
    }

    @Test
    void theFixturesAreWhatTheyClaim() throws Exception {
        assertThat(allFormats("untitled-zh").prepared().info().titleGiven()).isFalse();
        assertThat(allFormats("untitled-zh").prepared().info().title()).isEqualTo("社区服务中心本周六上午九点在二楼活动室举办防诈骗讲座，请居民带上身份证按时参加。");
        assertThat(allFormats("untitled-empty").prepared().info().title()).isEqualTo("无标题");
        assertThat(allFormats("seed").prepared().info().identifier()).startsWith("urn:uuid:");
        assertThat(allFormats("english").prepared().info().identifier()).isEqualTo(IDENTIFIER);
        assertThat(allFormats("seed").files().keySet()).containsExactlyInAnyOrder("pdf", "epub", "docx", "mp3", "vtt",
                "brf", "pef", "narrated.epub", "daisy.zip");
    }

    @ParameterizedTest
    @MethodSource("everyFormatArticles")
    void thePrintedAndEbookFormatsSayTheSameTitleIdentifierLanguageAndDate(String name) throws Exception {
        AllFormats a = allFormats(name);
        DocumentInfo info = a.prepared().info();
        try (PDDocument pdf = Loader.loadPDF(a.file("pdf"))) {
            assertThat(pdf.getDocumentInformation().getTitle()).as("PDF title").isEqualTo(info.title());
            assertThat(pdf.getDocumentCatalog().getLanguage()).as("PDF /Lang").isEqualTo(info.language());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).as("PDF XMP identifier").contains("<dc:identifier>" + info.identifier() + "</dc:identifier>");
        }
        for (String epub : List.of("epub", "narrated.epub")) {
            Document opf = xml(a.zip(epub).get("OEBPS/content.opf"));
            assertThat(opf.select("dc|title").text()).as(epub + " title").isEqualTo(info.title());
            assertThat(opf.select("dc|identifier").text()).as(epub + " identifier").isEqualTo(info.identifier());
            assertThat(opf.select("dc|language").text()).as(epub + " language").isEqualTo(info.language());
            assertThat(opf.select("dc|date").text()).as(epub + " date").isEqualTo(info.isoDay() == null ? "" : info.isoDay());
            assertThat(opf.select("dc|creator").text()).as(epub + " creator").isEqualTo(info.creator());
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(a.file("docx")))) {
            var core = docx.getProperties().getCoreProperties();
            assertThat(core.getTitle()).as("DOCX title").isEqualTo(info.title());
            assertThat(core.getIdentifier()).as("DOCX identifier").isEqualTo(info.identifier());
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).as("DOCX language").contains(info.language());
            assertThat(core.getCreator()).as("DOCX creator").isEqualTo(info.creator());
            assertThat(core.getDescription()).as("DOCX description").isEqualTo(info.description());
        }
        Document pef = xml(a.file("pef"));
        assertThat(pef.select("dc|title").text()).as("PEF title").isEqualTo(info.title());
        assertThat(pef.select("dc|identifier").text()).as("PEF identifier (honours --identifier)").isEqualTo(info.identifier());
        assertThat(pef.select("dc|language").text()).as("PEF language").isEqualTo(info.language());
        assertThat(pef.select("dc|date").text()).as("PEF date").isEqualTo(info.isoDay() == null ? "" : info.isoDay());
        assertThat(pef.select("dc|creator").text()).as("PEF creator").isEqualTo(info.creator());
    }

    @ParameterizedTest
    @MethodSource("everyFormatArticles")
    void theAudioSaysTheSameTitleLanguageDateAndOutline(String name) throws Exception {
        AllFormats a = allFormats(name);
        DocumentInfo info = a.prepared().info();
        AudioFiles.Tag tag = AudioFiles.readId3(a.file("mp3"));
        assertThat(tag.texts().get("TIT2")).as("ID3 title").isEqualTo(info.title());
        assertThat(tag.texts().get("TLAN")).as("ID3 language")
                .isEqualTo(java.util.Locale.forLanguageTag(info.language()).getISO3Language());
        if (info.day().isPresent()) {
            assertThat(tag.texts().get("TYER")).as("ID3 year").isEqualTo(String.valueOf(info.day().get().getYear()));
        }
        assertThat(tag.chapters().stream().map(AudioFiles.Chapter::title).toList()).as("ID3 chapters")
                .containsSubsequence(a.prepared().outline().stream().map(PreparedDocument.OutlineEntry::text).toList());
        String transcript = String.join("", AudioFiles.readVtt(a.text("vtt")).stream().map(AudioFiles.Cue::text).toList())
                .replaceAll("\\s", "");
        assertThat(transcript).as("transcript opens with the title").startsWith(info.title().replaceAll("\\s", ""));
        firstParagraph(a.prepared()).ifPresent(p -> assertThat(transcript).as("transcript text").contains(p));
    }

    @ParameterizedTest
    @MethodSource("everyFormatArticles")
    void theDaisyBookSaysTheSameTitleIdentifierLanguageAndDate(String name) throws Exception {
        AllFormats a = allFormats(name);
        DocumentInfo info = a.prepared().info();
        Document ncc = Jsoup.parse(new String(a.zip("daisy.zip").get("ncc.html"), StandardCharsets.UTF_8));
        assertThat(ncc.select("meta[name=dc:title]").attr("content")).as("DAISY title").isEqualTo(info.title());
        assertThat(ncc.title()).as("DAISY <title>").isEqualTo(info.title());
        assertThat(ncc.select("meta[name=dc:identifier]").attr("content")).as("DAISY identifier").isEqualTo(info.identifier());
        assertThat(ncc.select("meta[name=dc:language]").attr("content")).as("DAISY language").isEqualTo(info.language());
        assertThat(ncc.select("meta[name=dc:creator]").attr("content")).as("DAISY creator").isEqualTo(info.creator());
        if (info.isoDay() != null) {
            assertThat(ncc.select("meta[name=dc:date]").attr("content")).as("DAISY date").isEqualTo(info.isoDay());
        }
    }

    @ParameterizedTest
    @MethodSource("everyFormatArticles")
    void everyFormatShowsTheSameOutlineAndText(String name) throws Exception {
        AllFormats a = allFormats(name);
        List<String> expected = expectedOutline(a.prepared());
        assertThat(pdfBookmarks(a.file("pdf"))).as("PDF bookmarks").isEqualTo(expected);
        assertThat(epubNav(a.zip("epub"))).as("EPUB nav").isEqualTo(expected);
        assertThat(epubNav(a.zip("narrated.epub"))).as("narrated EPUB nav").isEqualTo(expected);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(a.file("docx")))) {
            assertThat(docxHeadings(docx)).as("DOCX Title and Heading N").isEqualTo(expected);
            firstParagraph(a.prepared()).ifPresent(p -> assertThat(docxText(docx).replaceAll("\\s", "")).as("DOCX text").contains(p));
        }
        Optional<String> first = firstParagraph(a.prepared());
        if (first.isPresent()) {
            assertThat(PdfText.read(a.file("pdf")).dense()).as("PDF text").contains(first.get());
            assertThat(epubPages(a.zip("epub")).text().replaceAll("\\s", "")).as("EPUB text").contains(first.get());
            assertThat(epubPages(a.zip("narrated.epub")).text().replaceAll("\\s", "")).as("narrated EPUB text").contains(first.get());
        }
        assertThat(new String(a.file("brf"), StandardCharsets.US_ASCII)).as("BRF pages").isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("everyFormatArticles")
    void theDaisyBookShowsTheSameOutlineAndText(String name) throws Exception {
        AllFormats a = allFormats(name);
        Document ncc = Jsoup.parse(new String(a.zip("daisy.zip").get("ncc.html"), StandardCharsets.UTF_8));
        assertThat(ncc.select("h1, h2, h3, h4, h5, h6").stream().map(h -> h.tagName().substring(1) + " " + h.text()).toList())
                .as("DAISY NCC").isEqualTo(expectedOutline(a.prepared()));
        Optional<String> first = firstParagraph(a.prepared());
        if (first.isPresent()) {
            String text = a.zip("daisy.zip").entrySet().stream()
                    .filter(e -> e.getKey().endsWith(".html") && !e.getKey().equals("ncc.html"))
                    .map(e -> Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8)).text()).findFirst().orElse("");
            assertThat(text.replaceAll("\\s", "")).as("DAISY text").contains(first.get());
        }
    }

    @ParameterizedTest
    @MethodSource("everyFormatArticles")
    void theAudioCarriesTheSameIdentifier(String name) throws Exception {
        AllFormats a = allFormats(name);
        assertThat(AudioFiles.readId3(a.file("mp3")).texts().get("TXXX:IDENTIFIER")).as("ID3 TXXX IDENTIFIER")
                .isEqualTo(a.prepared().info().identifier());
    }

    /** English braille read back by liblouis holds the title, every heading and the first paragraph, word for word. */
    @Test
    void theEnglishBrailleReadsBackAsTheSameTitleOutlineAndText() throws Exception {
        AllFormats a = allFormats("english");
        String pef = a.text("pef");
        String back = org.accesspub.braille.Louis.backTranslate(org.accesspub.braille.BrailleTable.UEB_G2, pefText(pef))
                .toLowerCase(java.util.Locale.ROOT).replaceAll("(\\p{L})- ", "$1");
        java.util.Set<String> backWords = words(back).collect(java.util.stream.Collectors.toSet());
        List<String> expected = new ArrayList<>();
        a.prepared().outline().forEach(e -> expected.add(e.text()));
        a.prepared().blocks().stream().filter(b -> b instanceof org.accesspub.model.Block.Paragraph).findFirst()
                .map(org.accesspub.model.Blocks::plainText).ifPresent(expected::add);
        for (String text : expected) {
            List<String> lost = words(text.toLowerCase(java.util.Locale.ROOT)).filter(w -> !backWords.contains(w)).toList();
            assertThat(lost).as("words of \"" + text + "\" not in the braille").isEmpty();
        }
        assertThat(new String(a.file("brf"), StandardCharsets.US_ASCII).toUpperCase(java.util.Locale.ROOT))
                .as("the BRF is the PEF's pages in ASCII braille").isNotBlank();
    }

    /** Chinese braille holds the title and every heading of the outline in braille, as the braille writer spells them. */
    @ParameterizedTest
    @MethodSource("chineseArticles")
    void theChineseBrailleShowsTheSameTitleAndOutline(String name) throws Exception {
        AllFormats a = allFormats(name);
        String cells = pefText(a.text("pef")).replace("\u2800", "");
        for (PreparedDocument.OutlineEntry e : a.prepared().outline()) {
            String expected = org.accesspub.write.braille.BrailleOf.cells(a.prepared(), e.text()).replace("\u2800", "");
            assertThat(expected).as("braille of \"" + e.text() + "\"").isNotEmpty();
            assertThat(cells).as("\"" + e.text() + "\" in braille: " + expected).contains(expected);
        }
    }

    static Stream<String> chineseArticles() {
        return Stream.of("seed", "traditional", "untitled-zh", "untitled-empty");
    }

    /** The same article and options write the same PDF, byte for byte: its dates and /ID come from DocumentInfo. */
    @ParameterizedTest
    @MethodSource("everyFormatArticles")
    void thePdfIsTheSameBytesEveryTime(String name) throws Exception {
        AllFormats a = allFormats(name);
        Publisher publisher = Publisher.builder().publishOptions(PublishOptions.builder()
                .document(DocumentOptions.builder().identifier(name.equals("seed") ? null : IDENTIFIER).build()).build()).build();
        Path dir = Files.createDirectories(out.resolve("again-" + name));
        Thread.sleep(1100); // a clock in the file would now show another second
        publisher.write(a.prepared(), EnumSet.of(Format.PDF), dir, "a");
        byte[] again = Files.readAllBytes(dir.resolve("a.pdf"));
        assertThat(again).as("the PDF written again").isEqualTo(a.file("pdf"));
        DocumentInfo info = a.prepared().info();
        try (PDDocument pdf = Loader.loadPDF(again)) {
            java.util.Calendar created = pdf.getDocumentInformation().getCreationDate();
            if (info.day().isPresent()) {
                assertThat(created).as("PDF CreationDate").isNotNull();
                assertThat(java.time.LocalDate.of(created.get(java.util.Calendar.YEAR), created.get(java.util.Calendar.MONTH) + 1,
                        created.get(java.util.Calendar.DAY_OF_MONTH))).as("PDF CreationDate is the article's day").isEqualTo(info.day().get());
                String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertThat(xmp).as("XMP CreateDate").contains("<xmp:CreateDate>" + info.date().iso() + "</xmp:CreateDate>");
            } else {
                assertThat(created).as("an undated article's PDF has no date").isNull();
            }
            assertThat(pdf.getDocument().getDocumentID()).as("PDF /ID").isNotNull();
        }
    }

    /** The text rows of a PEF (each page's first row, its number, left out), joined by blank cells. */
    private static String pefText(String pef) {
        StringBuilder sb = new StringBuilder();
        for (String page : pef.split("<page>")) {
            Matcher rows = Pattern.compile("<row>(.*?)</row>|<row/>").matcher(page);
            boolean first = true;
            while (rows.find()) {
                if (!first) {
                    sb.append(rows.group(1) == null ? "" : rows.group(1)).append('\u2800');
                }
                first = false;
            }
        }
        return sb.toString();
    }

    private static Stream<String> words(String text) {
        return java.util.Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> w.length() >= 2);
    }

    /** The first paragraph of the article's own flow, without spaces, as every output must show it. */
    private static Optional<String> firstParagraph(PreparedDocument d) {
        return d.blocks().stream().filter(b -> b instanceof org.accesspub.model.Block.Paragraph)
                .map(org.accesspub.model.Blocks::plainText).map(t -> t.replaceAll("\\s", "")).filter(t -> !t.isEmpty())
                .findFirst();
    }

    private static Document xml(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    private static Map<String, byte[]> unzipBytes(byte[] zip) throws Exception {
        Map<String, byte[]> e = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                e.put(entry.getName(), in.readAllBytes());
            }
        }
        return e;
    }

    // ---- reading the outputs back ----------------------------------------------------------------------

    private static void collectImages(PreparedDocument d, List<org.accesspub.model.Block> blocks, List<String> embedded,
                                      List<String> standIns) {
        for (org.accesspub.model.Block b : blocks) {
            if (b instanceof org.accesspub.model.Block.Image i) {
                if (d.image(i) instanceof ImageAsset.Embedded) {
                    embedded.add(i.alt().strip());
                } else if (!i.alt().isBlank()) {
                    standIns.add(i.alt().strip());
                }
            } else if (b instanceof org.accesspub.model.Block.BlockQuote q) {
                collectImages(d, q.blocks(), embedded, standIns);
            } else if (b instanceof org.accesspub.model.Block.BulletList l) {
                l.items().forEach(it -> collectImages(d, it.blocks(), embedded, standIns));
            } else if (b instanceof org.accesspub.model.Block.OrderedList l) {
                l.items().forEach(it -> collectImages(d, it.blocks(), embedded, standIns));
            } else if (b instanceof org.accesspub.model.Block.Admonition a) {
                collectImages(d, a.blocks(), embedded, standIns);
            } else if (b instanceof org.accesspub.model.Block.DefinitionList l) {
                l.items().forEach(it -> collectImages(d, it.definition(), embedded, standIns));
            }
        }
    }

    private static void collectLinks(List<org.accesspub.model.Block> blocks, TreeSet<String> into) {
        Matcher m = Pattern.compile("Link\\[href=([^,]+), content").matcher(blocks.toString());
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static List<String> pdfBookmarks(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            bookmarks(doc.getDocumentCatalog().getDocumentOutline(), 1, out);
        }
        return out;
    }

    private static void bookmarks(PDOutlineNode node, int level, List<String> out) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            out.add(level + " " + item.getTitle());
            bookmarks(item, level + 1, out);
        }
    }

    private static List<String> pdfHeadingLevels(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            structure(doc.getDocumentCatalog().getStructureTreeRoot(), out, List.of("H1", "H2", "H3", "H4", "H5", "H6"), null);
        }
        return out;
    }

    private static List<String> pdfFigures(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            structure(doc.getDocumentCatalog().getStructureTreeRoot(), null, List.of("Figure"), out);
        }
        return out;
    }

    private static void structure(PDStructureNode node, List<String> types, List<String> wanted, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (wanted.contains(e.getStructureType())) {
                    if (types != null) {
                        types.add(e.getStructureType());
                    }
                    if (alts != null) {
                        alts.add(e.getAlternateDescription());
                    }
                }
                structure(e, types, wanted, alts);
            }
        }
    }

    private static List<String> pdfLinks(byte[] pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI uri) {
                        out.add(uri.getURI());
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, byte[]> unzip(Path file) throws Exception {
        Map<String, byte[]> e = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                e.put(entry.getName(), zip.readAllBytes());
            }
        }
        return e;
    }

    private static Document epubPages(Map<String, byte[]> epub) {
        Document all = Jsoup.parse("<html><body></body></html>", "", Parser.xmlParser());
        Element body = all.selectFirst("body");
        for (int i = 1; epub.containsKey("OEBPS/page-" + i + ".xhtml"); i++) {
            Document page = Jsoup.parse(new String(epub.get("OEBPS/page-" + i + ".xhtml"), StandardCharsets.UTF_8), "",
                    Parser.xmlParser());
            page.selectFirst("body").children().forEach(c -> body.appendChild(c.clone()));
        }
        return all;
    }

    private static List<String> epubNav(Map<String, byte[]> epub) {
        Document nav = Jsoup.parse(new String(epub.get("OEBPS/nav.xhtml"), StandardCharsets.UTF_8), "", Parser.xmlParser());
        List<String> out = new ArrayList<>();
        nav(nav.selectFirst("nav[epub:type=toc] > ol"), 1, out);
        return out;
    }

    private static void nav(Element ol, int level, List<String> out) {
        if (ol == null) {
            return;
        }
        for (Element li : ol.children()) {
            out.add(level + " " + li.selectFirst("> a").text());
            nav(li.selectFirst("> ol"), level + 1, out);
        }
    }

    private static List<String> docxHeadings(XWPFDocument docx) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            String style = p.getStyle() == null ? "" : p.getStyle();
            if (style.equals("Title")) {
                out.add("1 " + p.getText());
            } else if (style.matches("Heading\\d")) {
                out.add((Integer.parseInt(style.substring(7)) + 1) + " " + p.getText());
            }
        }
        return out;
    }

    private static String docxXml(XWPFDocument docx) {
        return docx.getDocument().xmlText();
    }

    private static String docxText(XWPFDocument docx) {
        StringBuilder sb = new StringBuilder();
        docx.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
        return sb.toString();
    }
}
