package org.accesspub.write.epub;

import static org.accesspub.write.epub.EpubTesting.entries;
import static org.accesspub.write.epub.EpubTesting.sample;
import static org.accesspub.write.epub.EpubTesting.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.accesspub.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package document's metadata, accessibility claims first (EPUB Accessibility 1.1). */
class EpubMetadataTest {
    @TempDir
    Path dir;

    private Document opf(Article article, EpubWriter.Builder builder) throws Exception {
        Path epub = EpubTesting.write(builder.build(), article, dir, "book");
        return Jsoup.parse(text(entries(epub), "OEBPS/content.opf"), "", Parser.xmlParser());
    }

    private static java.util.List<String> meta(Document opf, String property) {
        return opf.select("metadata > meta[property=\"" + property + "\"]").eachText();
    }

    @Test
    void aTextOnlyBookClaimsEpubAccessibilityWithEveryRequiredProperty() throws Exception {
        Document opf = opf(sample("seed-article-zh.txt"), EpubWriter.builder()
                .modified(java.time.Instant.parse("2026-11-28T09:15:30.250Z")));
        assertThat(meta(opf, "schema:accessMode")).containsExactly("textual");
        assertThat(meta(opf, "schema:accessModeSufficient")).containsExactly("textual");
        assertThat(meta(opf, "schema:accessibilityFeature")).containsExactly("structuralNavigation",
                "tableOfContents", "readingOrder", "displayTransformability", "largePrint");
        assertThat(meta(opf, "schema:accessibilityHazard")).containsExactly("none");
        assertThat(meta(opf, "schema:accessibilitySummary")).singleElement().asString().startsWith("本书为大字版电子书");
        assertThat(meta(opf, "dcterms:conformsTo")).containsExactly("EPUB Accessibility 1.1 - WCAG 2.2 Level AA");
        assertThat(meta(opf, "a11y:certifiedBy")).as("no certification without --certifier").isEmpty();
        assertThat(opf.select("dc\\:title").text()).isEqualTo("无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议");
        assertThat(opf.select("dc\\:language").text()).isEqualTo("zh-CN");
        assertThat(opf.select("dc\\:date").text()).isEqualTo("2024-03-18");
        assertThat(opf.select("dc\\:publisher").text()).isEqualTo("新吴区人民政府");
        assertThat(meta(opf, "dcterms:modified")).as("the conversion time, not the article's date")
                .containsExactly("2026-11-28T09:15:30Z");
    }

    @Test
    void onlyTheCertifierOptionClaimsACertification() throws Exception {
        Document opf = opf(sample("seed-article-zh.txt"), EpubWriter.builder().certifier("Riverside Accessibility Lab"));
        assertThat(meta(opf, "a11y:certifiedBy")).containsExactly("Riverside Accessibility Lab");
    }

    @Test
    void aBookWithImagesIsAlsoVisualAndClaimsAlternativeText() throws Exception {
        Path epub = EpubTesting.write(EpubWriter.builder().certifier("Riverside Press").build(),
                org.accesspub.testing.Prepared.of(sample("council-notice.html"),
                        org.accesspub.prepare.Preparer.builder().publisher("Riverside Press")), dir, "book");
        Document opf = Jsoup.parse(text(entries(epub), "OEBPS/content.opf"), "", Parser.xmlParser());
        assertThat(meta(opf, "schema:accessMode")).containsExactly("textual", "visual");
        assertThat(meta(opf, "schema:accessModeSufficient")).containsExactly("textual");
        assertThat(meta(opf, "schema:accessibilityFeature")).contains("alternativeText", "largePrint");
        assertThat(meta(opf, "schema:accessibilitySummary")).singleElement().asString()
                .startsWith("A large-print e-book").contains("Every image has a text alternative");
        assertThat(opf.select("meta[property=\"schema:accessibilitySummary\"]").attr("xml:lang")).isEmpty(); // English labels in an en-GB book need no mark
        assertThat(meta(opf, "a11y:certifiedBy")).containsExactly("Riverside Press");
        assertThat(opf.select("dc\\:creator").text()).isEqualTo("Riverside Council Adult Services");
    }

    @Test
    void remoteImagesThatStayOutsideDoNotMakeTheBookVisual() throws Exception {
        Article onlyRemote = new Article(org.accesspub.model.Metadata.of("Remote", "en"), java.util.List.of(
                new org.accesspub.model.Block.Image("https://example.com/a.png", "A chart", null)));
        Document opf = opf(onlyRemote, EpubWriter.builder());
        assertThat(meta(opf, "schema:accessMode")).containsExactly("textual");
        assertThat(meta(opf, "schema:accessibilityFeature")).doesNotContain("alternativeText");
    }

    @Test
    void aDecorativeImageMakesTheBookVisualWithoutClaimingAlternativeTextAndIsReported() throws Exception {
        Article decorated = new Article(org.accesspub.model.Metadata.of("Decorated", "en"), java.util.List.of(
                org.accesspub.model.Block.Paragraph.of("Text."),
                new org.accesspub.model.Block.Image(EpubFixtures.DATA_PNG, "", null)));
        org.accesspub.Warnings warnings = org.accesspub.Warnings.collecting();
        Path epub = EpubTesting.write(EpubWriter.builder().build(),
                org.accesspub.testing.Prepared.of(decorated, EpubTesting.SAMPLES, warnings), dir, "book", warnings);
        Document opf = Jsoup.parse(text(entries(epub), "OEBPS/content.opf"), "", Parser.xmlParser());
        assertThat(meta(opf, "schema:accessMode")).containsExactly("textual", "visual");
        assertThat(meta(opf, "schema:accessibilityFeature")).doesNotContain("alternativeText");
        assertThat(warnings.all()).singleElement().asString().contains("has no alt text");
    }

    @Test
    void aBareArticleStillGetsATitleADetectedLanguageAndTheConversionTime() throws Exception {
        java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Document opf = opf(EpubFixtures.bare(), EpubWriter.builder());
        assertThat(opf.select("dc\\:title").text()).isEqualTo("Just one line of text.");
        assertThat(opf.select("dc\\:language").text()).isEqualTo("en");
        assertThat(opf.select("dc\\:date")).isEmpty();
        assertThat(java.time.Instant.parse(meta(opf, "dcterms:modified").get(0))).isBetween(before,
                java.time.Instant.now().plusSeconds(1));
        assertThat(meta(opf, "a11y:certifiedBy")).isEmpty();
    }
}
