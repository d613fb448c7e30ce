package org.accesspub.write.epub;

import static org.accesspub.write.epub.EpubTesting.entries;
import static org.accesspub.write.epub.EpubTesting.sample;
import static org.accesspub.write.epub.EpubTesting.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.siegmann.epublib.domain.TOCReference;
import nl.siegmann.epublib.epub.EpubReader;
import org.accesspub.PublishOptions;
import org.accesspub.Warnings;
import org.accesspub.Writers;
import org.accesspub.fonts.FontChain;
import org.accesspub.fonts.UserFonts;
import org.accesspub.model.Article;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.style.Theme;
import org.accesspub.testing.EpubCheck;
import org.accesspub.write.Format;
import org.accesspub.write.OutputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.accesspub.prepare.Preparer;
import org.accesspub.testing.Prepared;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The package as a whole: valid for EPUBCheck, readable by epublib, deterministic, wired into the CLI. */
class EpubWriterTest {
    @TempDir
    Path dir;

    private Path write(Article article, EpubWriter.Builder builder, String name) throws Exception {
        return EpubTesting.write(builder.build(), article, dir, name);
    }

    @ParameterizedTest
    @MethodSource("org.accesspub.write.epub.EpubTesting#samples")
    void everySamplePassesEpubCheckWithoutAWarning(String name) throws Exception {
        Path epub = write(sample(name), EpubWriter.builder(), name);
        EpubCheck.assertValid(epub);
    }

    @Test
    void edgeCasesPassEpubCheckWithoutAWarning() throws Exception {
        EpubCheck.assertValid(write(EpubFixtures.awkward(), EpubWriter.builder(), "awkward"));
        EpubCheck.assertValid(write(EpubFixtures.bare(), EpubWriter.builder(), "bare"));
        EpubCheck.assertValid(write(EpubFixtures.sections(), EpubWriter.builder().splitLongerThan(0), "split"));
        EpubCheck.assertValid(write(EpubFixtures.longWithoutHeadings(), EpubWriter.builder(), "long"));
        LargePrintProfile contrast = LargePrintProfile.builder().theme(Theme.HIGH_CONTRAST).lineSpacing(2).build();
        EpubCheck.assertValid(EpubTesting.write(EpubWriter.builder().profile(contrast).build(),
                Prepared.of(sample("community-digital-skills.md"),
                        Preparer.builder().identifier("isbn:978-7-000-00000-0").publisher("阳光出版社")), dir, "contrast"));
    }

    @Test
    void aUserFontIsSubsetAndListedFirst() throws Exception {
        FontChain chain = FontChain.withUserFont(UserFonts.load("fonts/AtkinsonHyperlegibleNext-Bold.ttf"));
        Path epub = write(sample("news-en.txt"), EpubWriter.builder().fonts(chain), "user-font");
        EpubCheck.assertValid(epub);
        assertThat(text(entries(epub), "OEBPS/book.css")).contains("font-family: \"Atkinson Hyperlegible Next\"");
    }

    @ParameterizedTest
    @MethodSource("org.accesspub.write.epub.EpubTesting#samples")
    void epublibReadsBackTheTitleLanguageAndTableOfContents(String name) throws Exception {
        Article article = sample(name);
        Path epub = write(article, EpubWriter.builder(), name);
        nl.siegmann.epublib.domain.Book book;
        try (InputStream in = Files.newInputStream(epub)) {
            book = new EpubReader().readEpub(in);
        }
        assertThat(book.getTitle()).isEqualTo(article.metadata().title());
        assertThat(book.getMetadata().getLanguage()).isEqualTo(article.language());
        List<String> toc = new ArrayList<>();
        flatten(book.getTableOfContents().getTocReferences(), toc);
        List<String> expected = new ArrayList<>(List.of(article.metadata().title()));
        article.blocks().stream().filter(b -> b instanceof org.accesspub.model.Block.Heading)
                .map(b -> org.accesspub.model.Blocks.plainText(b)).forEach(expected::add);
        assertThat(toc).containsExactlyElementsOf(expected);
    }

    private static void flatten(List<TOCReference> refs, List<String> out) {
        for (TOCReference r : refs) {
            out.add(r.getTitle());
            flatten(r.getChildren(), out);
        }
    }

    @Test
    void mimetypeComesFirstUncompressed() throws Exception {
        Path epub = write(sample("news-en.txt"), EpubWriter.builder(), "news");
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(new String(zip.getInputStream(first).readAllBytes())).isEqualTo("application/epub+zip");
        }
        // The OCF rule readers rely on: the bytes at offset 30 spell the mimetype.
        byte[] head = Files.readAllBytes(epub);
        assertThat(new String(head, 30, 28, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("mimetypeapplication/epub+zip");
    }

    @Test
    void theSameArticleAtTheSameConversionTimeGivesTheSameBytesAndIdentifier() throws Exception {
        java.time.Instant at = java.time.Instant.parse("2025-01-02T03:04:05Z");
        Path a = write(sample("seed-article-zh.txt"), EpubWriter.builder().modified(at), "a");
        Path b = write(sample("seed-article-zh.txt"), EpubWriter.builder().modified(at.plusMillis(300)), "b");
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        String opf = text(entries(a), "OEBPS/content.opf");
        assertThat(opf).containsPattern("<dc:identifier id=\"uid\">urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}</dc:identifier>")
                .contains("<meta property=\"dcterms:modified\">2025-01-02T03:04:05Z</meta>");
        Path other = write(sample("news-en.txt"), EpubWriter.builder(), "other");
        String derived = Prepared.of(sample("seed-article-zh.txt")).info().identifier();
        assertThat(text(entries(other), "OEBPS/content.opf")).doesNotContain(derived).contains("urn:uuid:");
        assertThat(opf).contains(derived);
    }

    @Test
    void theIdentifierOptionReplacesTheDerivedOneInOpfAndNcx() throws Exception {
        Map<String, byte[]> e = entries(EpubTesting.write(EpubWriter.builder().build(),
                Prepared.of(sample("news-en.txt"), Preparer.builder().identifier("urn:isbn:9780000000002")), dir, "id"));
        assertThat(text(e, "OEBPS/content.opf")).contains("<dc:identifier id=\"uid\">urn:isbn:9780000000002</dc:identifier>");
        assertThat(text(e, "OEBPS/toc.ncx")).contains("<meta name=\"dtb:uid\" content=\"urn:isbn:9780000000002\"/>");
    }

    @Test
    void writersCreateAnEpubWriterThatWritesOnlyOnCommit() throws Exception {
        PublishOptions options = PublishOptions.builder()
                .document(org.accesspub.prepare.DocumentOptions.builder().publisher("Riverside Press").build())
                .book(org.accesspub.write.BookOptions.builder().certifier("Riverside Press").build()).build();
        var writer = Writers.create(Format.EPUB, options);
        Path out = dir.resolve("out");
        try (OutputFiles files = new OutputFiles(out, "notice")) {
            // the publisher is the user's, decided once when the article is prepared
            writer.write(org.accesspub.Publisher.builder().publishOptions(options).build()
                    .prepare(sample("council-notice.html"), org.accesspub.testing.Samples.path("")), files);
            assertThat(files.target("epub")).doesNotExist();
            files.commit();
        }
        Path epub = out.resolve("notice.epub");
        EpubCheck.assertValid(epub);
        Map<String, byte[]> e = entries(epub);
        assertThat(text(e, "OEBPS/content.opf")).contains("<dc:publisher>Riverside Press</dc:publisher>")
                .contains("<dc:source>Riverside Council</dc:source>")
                .contains("<meta property=\"a11y:certifiedBy\">Riverside Press</meta>");
        assertThat(e).containsKey("OEBPS/images/image-1.png");
    }
}
