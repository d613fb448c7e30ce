package org.accesspub.write.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.accesspub.style.FontSize;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.style.PageSize;
import org.accesspub.style.Theme;
import org.accesspub.testing.Samples;
import org.accesspub.write.OutputFiles;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

class DocxWriterTest {
    static final List<String> SAMPLES = Samples.ALL;

    @TempDir
    static Path shared;
    private static final java.util.Map<String, Path> WRITTEN = new java.util.concurrent.ConcurrentHashMap<>();

    @TempDir
    Path dir;

    private DocxReadBack write(Article article, DocxWriter.Builder builder) throws Exception {
        return write(org.accesspub.testing.Prepared.of(article), builder);
    }

    private DocxReadBack write(org.accesspub.prepare.PreparedDocument article, DocxWriter.Builder builder) throws Exception {
        return write(article, builder, Warnings.collecting());
    }

    private DocxReadBack write(org.accesspub.prepare.PreparedDocument article, DocxWriter.Builder builder,
                               Warnings warnings) throws Exception {
        try (OutputFiles out = new OutputFiles(dir, "article")) {
            builder.build().write(article, org.accesspub.write.RenderContext.of(out, warnings));
            out.commit();
        }
        return new DocxReadBack(dir.resolve("article.docx"));
    }

    /** Each sample is written once with the default options and shared by the tests that only read it. */
    private static synchronized DocxReadBack sample(String sample) throws Exception {
        Path file = WRITTEN.get(sample);
        if (file == null) {
            try (OutputFiles out = new OutputFiles(shared, sample)) {
                DocxWriter.builder().build().write(org.accesspub.testing.Prepared.of(Samples.read(sample)), out);
                file = out.commit().get(0);
            }
            WRITTEN.put(sample, file);
        }
        return new DocxReadBack(file);
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void everySampleReadsBackWithItsTitleStylesAndNoTextBelowTheChosenSize(String sample) throws Exception {
        Article article = Samples.read(sample);
        try (DocxReadBack docx = sample(sample)) {
            assertThat(docx.doc.getProperties().getCoreProperties().getTitle()).isEqualTo(article.metadata().title());
            for (String id : List.of("Normal", "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "ListParagraph",
                    "Quote", "Caption", "Hyperlink", "Strong", DocxStyles.TABLE)) {
                assertThat(docx.style(id)).as("style " + id).isNotNull();
            }
            double smallest = Double.MAX_VALUE;
            for (XWPFParagraph p : docx.paragraphs()) {
                assertThat(p.getStyle()).as("style of «" + p.getText() + "»").isNotNull();
                for (XWPFRun r : p.getRuns()) {
                    CTRPr rpr = r.getCTR().getRPr();
                    assertThat(rpr == null || rpr.sizeOfSzArray() == 0).as("no direct sizes").isTrue();
                    smallest = Math.min(smallest, docx.effectiveSize(p, r));
                }
            }
            assertThat(smallest).isGreaterThanOrEqualTo(18);
        }
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void everySampleIsValidAgainstTheOoxmlSchemas(String sample) throws Exception {
        try (DocxReadBack docx = sample(sample)) {
            assertThat(OoxmlSchemas.errors(docx.file)).isEmpty();
        }
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void everySampleCarriesFontsThatDeobfuscateToTrueTypeCoveringEveryCharacter(String sample) throws Exception {
        try (DocxReadBack docx = sample(sample)) {
            List<DocxReadBack.EmbeddedFont> fonts = docx.embeddedFonts();
            assertThat(fonts).extracting(DocxReadBack.EmbeddedFont::family)
                    .contains("Atkinson Hyperlegible Next", "Noto Sans SC");
            assertThat(fonts).extracting(DocxReadBack.EmbeddedFont::partName).allMatch(n -> n.matches("/word/fonts/font\\d+\\.odttf"));
            Set<Integer> uncovered = new HashSet<>();
            // format characters draw nothing: Word's own "no-width optional break" (U+200B) in a printed address
            docx.allText().codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                            && Character.getType(cp) != Character.FORMAT)
                    .forEach(uncovered::add);
            for (DocxReadBack.EmbeddedFont font : fonts) {
                try (TrueTypeFont ttf = font.parse()) {
                    assertThat(ttf.getNaming().getFontFamily()).isEqualTo(font.family());
                    assertThat(ttf.getNumberOfGlyphs()).isGreaterThan(1);
                    CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
                    uncovered.removeIf(cp -> cmap.getGlyphId(cp) > 0);
                }
            }
            assertThat(uncovered).as("characters no embedded font covers").isEmpty();
            String settings = docx.partXml("/word/settings.xml");
            assertThat(settings).contains("<w:embedTrueTypeFonts/>", "<w:saveSubsetFonts/>");
        }
    }

    @Test
    void seedArticleNamesNotoSansScForChineseAndMarksItZhCn() throws Exception {
        try (DocxReadBack docx = sample(Samples.SEED)) {
            CTRPr defaults = docx.styles.getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("Noto Sans SC");
            assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo("Atkinson Hyperlegible Next");
            assertThat(defaults.getRFontsArray(0).getHAnsi()).isEqualTo("Atkinson Hyperlegible Next");
            assertThat(defaults.getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
            assertThat(defaults.getLangArray(0).getVal()).isEqualTo("en-US");
            assertThat(defaults.getSzArray(0).getVal().toString()).isEqualTo("36");
            CTStyle indented = docx.style("BodyTextFirstIndent");
            assertThat(indented.getPPr().getInd().getFirstLineChars()).isEqualTo(200);
            assertThat(docx.paragraphs()).filteredOn(p -> "BodyTextFirstIndent".equals(p.getStyle())).hasSizeGreaterThan(5);
            String styles = docx.partXml("/word/styles.xml");
            // 18 pt × 1.5 = 27 pt = 540 twentieths, exactly: "auto" would use Noto Sans SC's 1.45 em line height.
            assertThat(styles).contains("w:line=\"540\" w:lineRule=\"exact\"");
            assertThat(docx.doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
                    .hasValue("zh-CN");
            assertThat(docx.doc.getProperties().getCoreProperties().getCreator()).isEqualTo("新吴区人民政府");
        }
    }

    @Test
    void seedArticleKeepsItsClosingSourceLineAndDatelineUnderTheTitle() throws Exception {
        try (DocxReadBack docx = sample(Samples.SEED)) {
            List<XWPFParagraph> ps = docx.paragraphs();
            assertThat(ps.get(0).getStyle()).isEqualTo("Title");
            assertThat(ps.get(0).getText()).isEqualTo(Samples.read(Samples.SEED).metadata().title());
            assertThat(ps.get(1).getStyle()).isEqualTo("Subtitle");
            assertThat(ps.get(1).getText()).contains("2024年3月18日 08:57", "来源：新吴区人民政府");
            assertThat(ps.get(ps.size() - 1).getText()).contains("无锡高新区在线");
            assertThat(ps).allSatisfy(p -> assertThat(p.getText()).as("no empty paragraphs").isNotBlank());
        }
    }

    @Test
    void englishArticleKeepsZhCnForEastAsianTextAndHasNoChineseIndent() throws Exception {
        try (DocxReadBack docx = sample(Samples.ENGLISH)) {
            CTRPr defaults = docx.styles.getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getLangArray(0).getVal()).isEqualTo("en-US");
            assertThat(defaults.getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
            assertThat(docx.style("Normal").getPPr().getInd()).isNull();
            String footer = docx.partXml("/word/footer1.xml");
            assertThat(footer).contains("Page ", "w:instr=\" PAGE \"");
        }
    }

    @Test
    void headingsStartAtHeadingOneUnderTheTitleWithOutlineLevelsAndNeverSkipALevel() throws Exception {
        try (DocxReadBack docx = sample(Samples.MARKDOWN)) {
            List<String> headingStyles = new ArrayList<>();
            for (XWPFParagraph p : docx.paragraphs()) {
                if (p.getStyle().startsWith("Heading")) {
                    headingStyles.add(p.getStyle());
                }
            }
            assertThat(headingStyles).isNotEmpty().first().isEqualTo("Heading1");
            int previous = 0;
            for (String s : headingStyles) {
                int level = Integer.parseInt(s.substring("Heading".length()));
                assertThat(level).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            // The title is outline level 1 (Word's 0), as in the PDF's bookmarks: Heading N sits at N + 1.
            assertThat(docx.style("Title").getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(0);
            for (int level = 1; level <= 3; level++) {
                assertThat(docx.style("Heading" + level).getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level);
            }
        }
    }

    @Test
    void chineseInAListItemOrAQuoteIsJustifiedLikeTheBody() throws Exception {
        String long1 = "区政府将继续推进老旧小区改造，完善养老服务设施，让每一位老年人都能就近得到照料和帮助。";
        Article a = new Article(Metadata.of("通知", "zh-CN"), List.of(
                new Block.BulletList(List.of(new Block.ListItem(List.of(Block.Paragraph.of(long1))))),
                new Block.BlockQuote(List.of(Block.Paragraph.of(long1)))));
        try (DocxReadBack docx = write(a, DocxWriter.builder())) {
            List<XWPFParagraph> nested = docx.paragraphs().stream().filter(p -> p.getText().equals(long1)).toList();
            assertThat(nested).hasSize(2);
            assertThat(nested).allSatisfy(p ->
                    assertThat(p.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.BOTH));
        }
    }

    @Test
    void aThematicBreakIsARuleAboveTheNextParagraphNotAnEmptyOne() throws Exception {
        Article a = new Article(Metadata.of("Notice", "en"), List.of(Block.Paragraph.of("Before the break."),
                new Block.ThematicBreak(), Block.Paragraph.of("After the break.")));
        try (DocxReadBack docx = write(a, DocxWriter.builder())) {
            List<XWPFParagraph> ps = docx.paragraphs();
            XWPFParagraph after = ps.stream().filter(p -> p.getText().equals("After the break.")).findFirst().orElseThrow();
            assertThat(after.getCTP().getPPr().getPBdr().getTop().getVal())
                    .isEqualTo(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
            assertThat(ps).noneMatch(p -> p.getText().isBlank() && p.getCTP().getPPr() != null
                    && p.getCTP().getPPr().isSetPBdr());
        }
    }

    @Test
    void aTabInACodeBlockIsATabNotASpace() throws Exception {
        Article a = new Article(Metadata.of("Notice", "en"), List.of(new Block.CodeBlock("", "name\tvalue")));
        try (DocxReadBack docx = write(a, DocxWriter.builder())) {
            XWPFParagraph code = docx.paragraphs().stream().filter(p -> DocxStyles.SOURCE_CODE.equals(p.getStyle()))
                    .findFirst().orElseThrow();
            assertThat(code.getText()).isEqualTo("name\tvalue");
            assertThat(code.getRuns()).anyMatch(r -> r.getCTR().sizeOfTabArray() == 1);
        }
    }

    @Test
    void listsUseNumberingDefinitionsNotTypedBullets() throws Exception {
        try (DocxReadBack docx = sample(Samples.MARKDOWN)) {
            List<XWPFParagraph> items = docx.paragraphs().stream().filter(p -> "ListParagraph".equals(p.getStyle())).toList();
            assertThat(items).hasSize(6);
            assertThat(items).allSatisfy(p -> assertThat(p.getNumID()).isNotNull());
            assertThat(items).allSatisfy(p -> assertThat(p.getText()).doesNotStartWith("•").doesNotMatch("^\\d+\\..*"));
            assertThat(items.get(0).getNumFmt()).isEqualTo("decimal");
            assertThat(items.get(3).getNumFmt()).isEqualTo("bullet");
            assertThat(items.get(0).getNumID()).isNotEqualTo(items.get(3).getNumID());
        }
    }

    @Test
    void tablesHaveAHeaderRowThatRepeatsOnEachPage() throws Exception {
        try (DocxReadBack docx = sample(Samples.MARKDOWN)) {
            XWPFTable table = docx.doc.getTables().get(0);
            assertThat(table.getStyleID()).isEqualTo(DocxStyles.TABLE);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).isRepeatHeader()).isFalse();
            assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getStyle()).isEqualTo("TableHeading");
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("报名人数");
            assertThat(docx.partXml("/word/styles.xml")).contains("<w:tblHeader/>");
        }
    }

    @Test
    void picturesAreInlineWithTheirAltTextAndCaption() throws Exception {
        try (DocxReadBack docx = sample(Samples.MARKDOWN)) {
            assertThat(docx.doc.getAllPictures()).hasSize(1);
            String document = docx.partXml("/word/document.xml");
            assertThat(document).contains("<wp:inline").contains("descr=\"柱状图：一月到六月每月参加培训的人数，从35人逐月增加到150人\"");
            assertThat(document).doesNotContain("name=\"trainees-by-month.png\"");
            assertThat(docx.paragraphs()).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Caption");
                assertThat(p.getText()).isEqualTo("每月参加培训人数");
            });
        }
    }

    @Test
    void aLocalPictureIsScaledToTheTextWidthAndOneWithoutAltTextIsMarkedDecorative() throws Exception {
        java.awt.image.BufferedImage wide = new java.awt.image.BufferedImage(2000, 500, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(dir.resolve("img"));
        javax.imageio.ImageIO.write(wide, "png", dir.resolve("img/wide.png").toFile());
        Article article = new Article(Metadata.of("Pictures", "en"), List.of(
                new Block.Image("img/wide.png", "A wide view of the river", null),
                new Block.Image("img/wide.png", "", null)));
        Warnings warnings = Warnings.collecting();
        try (DocxReadBack docx = write(org.accesspub.testing.Prepared.of(article, dir, warnings), DocxWriter.builder(), warnings)) {
            String document = docx.partXml("/word/document.xml");
            assertThat(document).contains("descr=\"A wide view of the river\"");
            assertThat(document).containsOnlyOnce("<adec:decorative");
            // A4 less two 20 mm margins: 481.9 pt = 6120000 EMU; the picture is 4:1.
            assertThat(document).contains("<wp:extent cx=\"6120000\" cy=\"1530000\"/>");
            assertThat(warnings.all()).anyMatch(w -> w.contains("marked decorative"));
            assertThat(OoxmlSchemas.errors(docx.file)).isEmpty();
        }
    }

    @Test
    void missingOrRemotePictureLeavesItsAltTextAndAWarning() throws Exception {
        Article article = new Article(Metadata.of("Pictures", "en"), List.of(
                new Block.Image("nowhere/missing.png", "A map of the library's ground floor", null),
                new Block.Image("https://example.org/photo.jpg", "The new reading room", "Opening day")));
        Warnings warnings = Warnings.collecting();
        try (DocxReadBack docx = write(org.accesspub.testing.Prepared.of(article, dir, warnings), DocxWriter.builder(), warnings)) {
            assertThat(docx.doc.getAllPictures()).isEmpty();
            assertThat(docx.paragraphs()).extracting(XWPFParagraph::getText).contains(
                    "Image: A map of the library's ground floor", "Image: The new reading room", "Opening day");
            assertThat(warnings.all()).anyMatch(w -> w.contains("missing.png") && w.contains("not found"))
                    .anyMatch(w -> w.contains("https://example.org/photo.jpg") && w.contains("is remote"));
        }
    }

    @Test
    void linksAreRealHyperlinksWithTheirText() throws Exception {
        try (DocxReadBack docx = sample(Samples.MARKDOWN)) {
            assertThat(docx.doc.getHyperlinks()).extracting(h -> h.getURL())
                    .contains("https://example.org/community/digital-skills");
            assertThat(docx.partXml("/word/document.xml")).contains("<w:rStyle w:val=\"Hyperlink\"/>")
                    .contains("社区服务中心网站");
        }
    }

    @Test
    void aLinkWhoseTextIsItsAddressIsKeptAndReported() throws Exception {
        Article article = new Article(Metadata.of("Links", "en"), List.of(new Block.Paragraph(List.of(
                new Inline.Text("See "), new Inline.Link("https://example.org/a", List.of(new Inline.Text("https://example.org/a")))))));
        Warnings warnings = Warnings.collecting();
        try (DocxReadBack docx = write(org.accesspub.testing.Prepared.of(article, dir, warnings), DocxWriter.builder(), warnings)) {
            assertThat(docx.doc.getHyperlinks()).extracting(h -> h.getURL()).containsExactly("https://example.org/a");
            assertThat(warnings.all()).anyMatch(w -> w.contains("link's text is its address"));
        }
    }

    @Test
    void onlyChineseBodyTextIndentsItsFirstLine() throws Exception {
        try (DocxReadBack docx = sample(Samples.MARKDOWN)) {
            for (String id : List.of("Title", "Subtitle", "Heading1", "Heading2", "ListParagraph", "Quote", "Caption",
                    "Figure", "TableText", "Footer")) {
                assertThat(docx.style(id).getPPr().getInd().getFirstLineChars()).as(id).isEqualTo(0);
            }
        }
    }

    @Test
    void aTableWithoutHeaderRowIsWrittenAndLeftToTheSelfCheck() throws Exception {
        Article article = new Article(Metadata.of("Table", "en"), List.of(new Block.Table(List.of(),
                List.of(List.of(List.of(new Inline.Text("a")), List.of(new Inline.Text("b")))))));
        Warnings warnings = Warnings.collecting();
        try (DocxReadBack docx = write(org.accesspub.testing.Prepared.of(article), DocxWriter.builder(), warnings)) {
            XWPFTable table = docx.doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isFalse();
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("b");
            // the self-check reports it once for every output (table-header), not the writer
            assertThat(warnings.all()).noneMatch(w -> w.contains("no header row"));
            assertThat(org.accesspub.Publisher.builder().build().check(article, org.accesspub.testing.Prepared.of(article),
                    java.util.Set.of(org.accesspub.write.Format.DOCX)).of(org.accesspub.prepare.check.Rule.TABLE_HEADER))
                    .hasSize(1);
            assertThat(OoxmlSchemas.errors(docx.file)).isEmpty();
        }
    }

    @Test
    void aTableWiderThanWordDrawsIsWrittenRowByRowWithEachCellAfterItsHeader() throws Exception {
        int columns = BodyWriter.MOST_COLUMNS + 1;
        List<List<Inline>> header = new ArrayList<>();
        List<List<Inline>> first = new ArrayList<>();
        List<List<Inline>> second = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(List.of(new Inline.Text("h" + c)));
            first.add(List.of(new Inline.Text("a" + c)));
            second.add(c == 5 ? List.of() : List.of(new Inline.Text("b" + c)));
        }
        Article article = new Article(Metadata.of("Wide", "en"), List.of(new Block.Table(header,
                List.of(first, second), null)));
        try (DocxReadBack docx = write(article, DocxWriter.builder())) {
            assertThat(docx.doc.getTables()).isEmpty();
            List<String> texts = docx.paragraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("h0: a0", "h63: a63", "h0: b0", "h63: b63").doesNotContain("h5: ");
            assertThat(texts.stream().filter(t -> t.matches("h\\d+: [ab]\\d+"))).hasSize(2 * columns - 1);
            XWPFParagraph h0 = docx.paragraphs().stream().filter(p -> p.getText().equals("h0: b0")).findFirst().orElseThrow();
            assertThat(h0.getRuns().get(0).getStyle()).isEqualTo(DocxStyles.STRONG); // the header in bold
            XWPFParagraph endOfFirst = docx.paragraphs().stream().filter(p -> p.getText().equals("h63: a63")).findFirst().orElseThrow();
            assertThat(endOfFirst.getStyle()).isEqualTo(DocxStyles.TABLE_ROW_END); // a rule between rows
            assertThat(OoxmlSchemas.errors(docx.file)).isEmpty();
        }
    }

    @Test
    void englishPassageInsideChineseTextIsMarkedEnglish() throws Exception {
        try (DocxReadBack docx = sample(Samples.MARKDOWN)) {
            boolean found = false;
            for (XWPFParagraph p : docx.paragraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    if (r.text().contains("Atkinson Hyperlegible")) {
                        assertThat(r.getLang()).isEqualTo("en-US");
                        found = true;
                    }
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void pageSizeMarginsSizeAndThemeFollowTheProfile() throws Exception {
        LargePrintProfile profile = LargePrintProfile.builder().bodySize(FontSize.parse("24pt")).page(PageSize.LETTER)
                .marginMm(25).theme(Theme.HIGH_CONTRAST).build();
        try (DocxReadBack docx = write(Samples.read(Samples.SEED), DocxWriter.builder().profile(profile)
                .created(Instant.parse("2024-03-18T09:00:00Z")))) {
            var sect = docx.doc.getDocument().getBody().getSectPr();
            assertThat(((java.math.BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(12240);
            assertThat(((java.math.BigInteger) sect.getPgSz().getH()).intValue()).isEqualTo(15840);
            assertThat(((java.math.BigInteger) sect.getPgMar().getLeft()).intValue()).isEqualTo(1417);
            assertThat(docx.styles.getDocDefaults().getRPrDefault().getRPr().getSzArray(0).getVal().toString()).isEqualTo("48");
            assertThat(docx.styles.getDocDefaults().getRPrDefault().getRPr().getColorArray(0).xgetVal().getStringValue())
                    .isEqualTo("FFFF00");
            assertThat(docx.doc.getDocument().getBackground().xgetColor().getStringValue()).isEqualTo("000000");
            for (XWPFParagraph p : docx.paragraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertThat(docx.effectiveSize(p, r)).isGreaterThanOrEqualTo(24);
                }
            }
            assertThat(docx.doc.getProperties().getCoreProperties().getCreated()).isEqualTo(
                    java.util.Date.from(Instant.parse("2024-03-18T09:00:00Z")));
            String footer = docx.partXml("/word/footer1.xml");
            assertThat(footer).contains("第 ", " 页", "w:instr=\" PAGE \"");
        }
    }

    @Test
    void obfuscationXorsTheFirst32BytesWithTheGuidBytesReversedAndUndoesItself() {
        java.util.UUID key = FontEmbedder.parseKey("{00112233-4455-6677-8899-AABBCCDDEEFF}");
        byte[] zeros = new byte[40];
        byte[] hidden = FontEmbedder.obfuscate(zeros, key);
        assertThat(hidden[0]).isEqualTo((byte) 0xFF);
        assertThat(hidden[1]).isEqualTo((byte) 0xEE);
        assertThat(hidden[15]).isEqualTo((byte) 0x00);
        assertThat(hidden[16]).isEqualTo((byte) 0xFF);
        assertThat(hidden[31]).isEqualTo((byte) 0x00);
        assertThat(hidden[14]).isEqualTo((byte) 0x11);
        assertThat(java.util.Arrays.copyOfRange(hidden, 32, 40)).containsOnly(0);
        assertThat(FontEmbedder.obfuscate(hidden, key)).isEqualTo(zeros);
        assertThat(FontEmbedder.fontKey(key)).isEqualTo("{00112233-4455-6677-8899-AABBCCDDEEFF}");
    }

    @Test
    void emphasisIsBoldThroughTheStrongStyleAndItsTextIsInTheBoldSubset() throws Exception {
        Article article = new Article(Metadata.of("Emphasis", "en"), List.of(new Block.Paragraph(List.of(
                new Inline.Text("Plain "), new Inline.Emphasis(List.of(new Inline.Text("quiet"))), new Inline.Text(" and "),
                new Inline.Strong(List.of(new Inline.Text("loud"))), new Inline.Text(", "),
                new Inline.Strong(List.of(new Inline.Emphasis(List.of(new Inline.Text("deep")))))))));
        try (DocxReadBack docx = write(article, DocxWriter.builder())) {
            List<XWPFRun> runs = docx.paragraphs().get(1).getRuns();
            assertThat(runs).filteredOn(r -> List.of("quiet", "loud", "deep").contains(r.text()))
                    .hasSize(3).allSatisfy(r -> assertThat(r.getStyle()).isEqualTo("Strong"));
            assertThat(runs).filteredOn(r -> r.text().startsWith("Plain")).hasSize(1)
                    .allSatisfy(r -> assertThat(r.getStyle()).isNullOrEmpty());
            DocxReadBack.EmbeddedFont bold = docx.embeddedFonts().stream()
                    .filter(f -> f.family().equals("Atkinson Hyperlegible Next") && f.weight().equals("embedBold"))
                    .findFirst().orElseThrow();
            try (TrueTypeFont ttf = bold.parse()) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
                assertThat("quietloudeepEmphasis".codePoints()).allMatch(cp -> cmap.getGlyphId(cp) > 0);
            }
        }
    }

    @Test
    void aUserFontTakesTheScriptsItCoversAndTravelsAsOneFaceForBothWeights() throws Exception {
        org.accesspub.fonts.FontFace user = org.accesspub.fonts.UserFonts.load(
                Path.of("fonts", "AtkinsonHyperlegibleNext-Regular.ttf").toString());
        Article article = new Article(Metadata.of("字号 Large print", "zh-CN"), List.of(
                new Block.Paragraph(List.of(new Inline.Text("大字 "), new Inline.Strong(List.of(new Inline.Text("Bold words")))))));
        try (DocxReadBack docx = write(article, DocxWriter.builder()
                .fonts(org.accesspub.fonts.FontChain.withUserFont(user)))) {
            CTRPr defaults = docx.styles.getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo(user.family());
            assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("Noto Sans SC");
            List<DocxReadBack.EmbeddedFont> fonts = docx.embeddedFonts();
            assertThat(fonts).filteredOn(f -> f.family().equals(user.family()))
                    .extracting(DocxReadBack.EmbeddedFont::weight).containsExactly("embedRegular");
            DocxReadBack.EmbeddedFont regular = fonts.get(0);
            try (TrueTypeFont ttf = regular.parse()) {
                CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
                assertThat("Bold words".codePoints().filter(cp -> cp != ' ')).allMatch(cp -> cmap.getGlyphId(cp) > 0);
            }
        }
    }

    @Test
    void seedDocumentStaysSmall() throws Exception {
        try (DocxReadBack docx = sample(Samples.SEED)) {
            assertThat(Files.size(docx.file)).isLessThan(300 * 1024);
        }
    }
}
