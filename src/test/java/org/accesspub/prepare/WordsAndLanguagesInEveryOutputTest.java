package org.accesspub.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.accesspub.Publisher;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Metadata;
import org.accesspub.testing.PdfText;
import org.accesspub.write.Format;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paragraph in another language than its article's is marked as prepared (ParagraphStyle.language()) in
 * the EPUB and the DOCX as in the PDF; the words accesspub adds are in the article's language when it has
 * them (French, Spanish, German, Portuguese, Chinese, English), and in English with one warning when not.
 */
class WordsAndLanguagesInEveryOutputTest {
    private static final String ENGLISH = "The committee will meet again on Friday, 12 April, at 3 pm in Room 204.";
    private static final String CHINESE = "社区服务中心本周六上午九点在二楼活动室举办防诈骗讲座，请居民带上身份证按时参加。";

    @TempDir
    Path dir;

    private static Article mixed() {
        return new Article(new Metadata("社区通知", null, null, "2024-03-18", "社区服务中心", "zh-CN", null),
                List.of(Block.Paragraph.of(CHINESE), Block.Paragraph.of(ENGLISH), Block.Paragraph.of("欢迎参加。")));
    }

    private static Article portuguese(String language) {
        return new Article(new Metadata("Reunião da associação de moradores", null, "Maria Silva", "2024-03-18",
                "Câmara Municipal", language, null),
                List.of(Block.Paragraph.of("A reunião mensal da associação realiza-se no salão paroquial."),
                        new Block.Image("fotografia-que-nao-existe.png", "O salão paroquial cheio de moradores", null),
                        new Block.Heading(2, List.of(new org.accesspub.model.Inline.Text("Ordem de trabalhos"))),
                        Block.Paragraph.of("Discutem-se as obras da praça e o horário da biblioteca.")));
    }

    private Map<String, byte[]> write(Article article, Warnings warnings, Format... formats) throws Exception {
        Publisher publisher = Publisher.builder().warnings(warnings).build();
        PreparedDocument prepared = publisher.prepare(article, dir, warnings);
        Path out = Files.createDirectories(dir.resolve("out-" + article.metadata().language()));
        publisher.write(prepared, EnumSet.copyOf(List.of(formats)), out, "a");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var list = Files.list(out)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString().substring(2), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static Document epubPage(byte[] epub) throws Exception {
        StringBuilder body = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().matches("OEBPS/page-\\d+\\.xhtml")) {
                    String page = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    body.append(page, page.indexOf("<body>") + 6, page.indexOf("</body>"));
                }
            }
        }
        return Jsoup.parse("<root>" + body + "</root>", "", Parser.xmlParser());
    }

    private static String epubEntry(byte[] epub, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void anEnglishParagraphInAChineseArticleIsEnglishInTheEpubAndTheDocx() throws Exception {
        Map<String, byte[]> files = write(mixed(), Warnings.collecting(), Format.EPUB, Format.DOCX);

        Document page = epubPage(files.get("epub"));
        Element english = page.select("p").stream().filter(p -> p.text().equals(ENGLISH)).findFirst().orElseThrow();
        assertThat(english.attr("lang")).isEqualTo("en");
        assertThat(english.attr("xml:lang")).isEqualTo("en");
        assertThat(english.select("span[lang]")).as("no run of it marked again").isEmpty();
        Element chinese = page.select("p").stream().filter(p -> p.text().equals(CHINESE)).findFirst().orElseThrow();
        assertThat(chinese.hasAttr("lang")).as("a Chinese paragraph inherits the book's zh-CN").isFalse();

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(files.get("docx")))) {
            XWPFParagraph en = docx.getParagraphs().stream().filter(p -> p.getText().equals(ENGLISH)).findFirst().orElseThrow();
            assertThat(en.getRuns()).isNotEmpty();
            for (XWPFRun r : en.getRuns()) {
                assertThat(r.getLang()).as("w:lang of \"" + r.text() + "\"").isEqualTo("en-US");
            }
            XWPFParagraph zh = docx.getParagraphs().stream().filter(p -> p.getText().equals(CHINESE)).findFirst().orElseThrow();
            assertThat(zh.getRuns()).allSatisfy(r -> assertThat(r.getLang()).as("Chinese takes the East Asian default").isNull());
        }
    }

    @Test
    void aPortugueseArticleHasPortugueseLabelsInTheEpubAndThePdf() throws Exception {
        Warnings warnings = Warnings.collecting();
        Map<String, byte[]> files = write(portuguese("pt-BR"), warnings, Format.EPUB, Format.PDF);

        Document page = epubPage(files.get("epub"));
        assertThat(page.select("header > p.meta").eachText())
                .containsExactly("Publicado em 18 de março de 2024", "Por Maria Silva", "Fonte: Câmara Municipal");
        assertThat(page.select("header > p.meta[lang]")).as("the labels are in the book's language").isEmpty();
        assertThat(page.select("p.image-alt").eachText()).containsExactly("Imagem: O salão paroquial cheio de moradores");
        String nav = epubEntry(files.get("epub"), "OEBPS/nav.xhtml");
        assertThat(nav).contains(">Índice<", ">Pontos de referência<").doesNotContain("Contents", "Landmarks");
        assertThat(epubEntry(files.get("epub"), "OEBPS/content.opf")).contains("Um livro digital em letra grande");

        String pdf = PdfText.read(files.get("pdf")).text;
        assertThat(pdf).contains("Publicado em 18 de março de 2024", "Fonte: Câmara Municipal",
                "Imagem: O salão paroquial cheio de moradores");
        assertThat(pdf).doesNotContain("Published", "Source:", "Image:");
        assertThat(warnings.all()).noneMatch(w -> w.contains("no words for language"));
    }

    @Test
    void aLanguageWithoutTermsGetsEnglishWordsAndSaysSoOnce() throws Exception {
        Warnings warnings = Warnings.collecting();
        Article italian = new Article(new Metadata("Riunione dei residenti", null, null, "2024-03-18", "Comune", "it", null),
                List.of(Block.Paragraph.of("La riunione mensile si tiene nella sala parrocchiale.")));
        Map<String, byte[]> files = write(italian, warnings, Format.EPUB, Format.PDF, Format.DOCX);

        assertThat(epubPage(files.get("epub")).select("header > p.meta").eachText())
                .containsExactly("Published 18 March 2024", "Source: Comune");
        assertThat(warnings.all().stream().filter(w -> w.contains("no words for language it")).toList())
                .as("one warning for the article, not one per format").hasSize(1);
    }
}
