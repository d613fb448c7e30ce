package org.accesspub.read.office;

import static org.accesspub.testing.OfficeFixtures.docx;
import static org.accesspub.testing.OfficeFixtures.p;
import static org.accesspub.testing.OfficeFixtures.style;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accesspub.AccesspubException;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.testing.OfficeFixtures;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word files read by their structure: the constructs of issue 22, each in a file made for it or by pandoc/LibreOffice. */
class DocxReaderTest {
    @TempDir
    Path tmp;

    private Article read(byte[] bytes, String fileName) throws Exception {
        Path f = tmp.resolve(fileName);
        Files.write(f, bytes);
        return Readers.read(f, ReadOptions.defaults());
    }

    private Article read(OfficeFixtures.Docx d) throws Exception {
        return read(d.bytes(), "notice.docx");
    }

    private static List<String> texts(Article a) {
        return a.blocks().stream().map(Blocks::plainText).toList();
    }

    @Test
    void aPandocDocxGivesTitleAuthorHeadingsListsTableQuoteCodeLinkImageAndItsFootnote() {
        Article a = Samples.readFixture("read/office/pandoc-features.docx");
        assertThat(a.metadata().title()).isEqualTo("社区通知");
        assertThat(a.metadata().author()).isEqualTo("街道办事处");
        assertThat(a.language()).isEqualTo("zh-CN");
        List<Block> b = a.blocks();
        assertThat(b.get(0)).isEqualTo(new Block.Heading(1, List.of(new Inline.Text("开放时间"))));
        Block.Paragraph first = (Block.Paragraph) b.get(1);
        assertThat(first.content()).contains(new Inline.NoteRef("1"), new Inline.Strong(List.of(new Inline.Text("读者证"))),
                new Inline.Emphasis(List.of(new Inline.Text("身份证"))));
        assertThat(b.get(2)).isEqualTo(new Block.Note("1", List.of(Block.Paragraph.of("节假日另行通知。"))));
        Block.OrderedList list = (Block.OrderedList) b.get(3);
        assertThat(list.start()).isEqualTo(1);
        assertThat(list.items()).hasSize(5);
        assertThat(list.items().get(1).blocks().get(1)).isInstanceOf(Block.BulletList.class);
        Block.Table table = (Block.Table) b.stream().filter(x -> x instanceof Block.Table).findFirst().orElseThrow();
        assertThat(Blocks.plainText(table)).isEqualTo("项目\t费用\n办证\t免费\n复印\t0.5 元\n");
        assertThat(table.header()).hasSize(2);
        assertThat(b).contains(new Block.BlockQuote(List.of(Block.Paragraph.of("读书使人充实。"))),
                new Block.CodeBlock(null, "sudo apt-get install accesspub\naccesspub convert notice.docx"));
        assertThat(b).anyMatch(x -> x instanceof Block.Paragraph p && p.content().contains(new Inline.Link(
                "https://library.example.org/hours", List.of(new Inline.Text("图书馆网站")))));
        Block.Image image = (Block.Image) b.stream().filter(x -> x instanceof Block.Image).findFirst().orElseThrow();
        assertThat(image.alt()).isEqualTo("图书馆大门的照片");
        assertThat(image.src()).startsWith("data:image/png;base64,iVBORw0KGgo");
    }

    @Test
    void libreOfficesDocxAndOdtOfTheSameDocumentReadAsPandocsDoes() {
        List<String> pandoc = texts(Samples.readFixture("read/office/pandoc-features.docx"));
        assertThat(texts(Samples.readFixture("read/office/lo-features.docx"))).isEqualTo(pandoc);
        assertThat(texts(Samples.readFixture("read/office/lo-features.odt"))).isEqualTo(pandoc);
    }

    @Test
    void aDebianManualPageSavedByLibreOfficeAndPandocKeepsItsHeadingsAndCode() {
        for (String f : List.of("debian-handbook-internals-lo.docx", "debian-handbook-internals-pandoc.docx",
                "debian-handbook-internals-lo.odt")) {
            Article a = Samples.readFixture("read/office/" + f);
            assertThat(a.metadata().title().replace('\u00A0', ' ')).as(f).isEqualTo("1.3. The Inner Workings of the Debian Project");
            assertThat(a.blocks().stream().filter(b -> b instanceof Block.Heading).map(b -> Blocks.plainText(b).replace('\u00A0', ' ')))
                    .as(f).hasSize(10).startsWith("1.3.1. The Debian Developers");
            assertThat(a.blocks().stream().filter(b -> b instanceof Block.CodeBlock)).as(f).hasSize(2);
            assertThat(a.language()).as(f).startsWith("en");
        }
    }

    @Test
    void headingStylesNamedInChineseOrGermanOrByOutlineLevelAreHeadingsAndNumberedOnesKeepTheirNumber() throws Exception {
        Article a = read(docx()
                .styles(style("a1", "标题 1", "") + style("b2", "Überschrift 2", "")
                        + style("X", "Custom", "<w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr>")
                        + style("N", "heading 2", "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"7\"/></w:numPr></w:pPr>"))
                .numbering("<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"decimal\"/>"
                        + "<w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
                        + "<w:lvlText w:val=\"%1.%2\"/></w:lvl></w:abstractNum><w:num w:numId=\"7\"><w:abstractNumId w:val=\"0\"/></w:num>")
                .body(p("a1", "第一章") + p("b2", "Abschnitt") + p("X", "Third") + p("N", "Numbered") + p("N", "Again")
                        + p(null, "Text.")));
        assertThat(a.metadata().title()).isEqualTo("第一章");
        assertThat(a.blocks()).containsExactly(
                new Block.Heading(2, List.of(new Inline.Text("Abschnitt"))),
                new Block.Heading(3, List.of(new Inline.Text("Third"))),
                new Block.Heading(2, List.of(new Inline.Text("3.1 "), new Inline.Text("Numbered"))),
                new Block.Heading(2, List.of(new Inline.Text("3.2 "), new Inline.Text("Again"))),
                Block.Paragraph.of("Text."));
    }

    @Test
    void trackedInsertionsAreKeptDeletionsAndMovedFromTextDroppedCommentsAndHiddenTextLeftOut() throws Exception {
        Article a = read(docx().body("<w:p><w:r><w:t xml:space=\"preserve\">Open </w:t></w:r>"
                + "<w:ins w:id=\"1\"><w:r><w:t xml:space=\"preserve\">daily </w:t></w:r></w:ins>"
                + "<w:del w:id=\"2\"><w:r><w:delText>on Mondays </w:delText></w:r></w:del>"
                + "<w:moveFrom w:id=\"3\"><w:r><w:t>moved</w:t></w:r></w:moveFrom>"
                + "<w:commentRangeStart w:id=\"4\"/><w:r><w:t>from nine.</w:t></w:r><w:commentRangeEnd w:id=\"4\"/>"
                + "<w:r><w:commentReference w:id=\"4\"/></w:r>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r>"
                + "<w:moveTo w:id=\"5\"><w:r><w:t xml:space=\"preserve\"> moved</w:t></w:r></w:moveTo></w:p>"));
        assertThat(texts(a)).containsExactly("Open daily from nine. moved");
    }

    @Test
    void contentControlsSmartTagsAndTextBoxesAreReadOnceInReadingOrderAndATableOfContentsIsLeftOut() throws Exception {
        String box = "<w:txbxContent>" + p(null, "Boxed text") + "</w:txbxContent>";
        Article a = read(docx().body(
                "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr>"
                        + "<w:sdtContent>" + p(null, "Contents 1 ..... 3") + "</w:sdtContent></w:sdt>"
                        + "<w:sdt><w:sdtContent>" + p(null, "In a control") + "</w:sdtContent></w:sdt>"
                        + "<w:p><w:smartTag w:element=\"place\"><w:r><w:t>Beijing</w:t></w:r></w:smartTag>"
                        + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"1\" name=\"T\"/>"
                        + "<a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
                        + "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box
                        + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
                        + p(null, "After.")));
        assertThat(texts(a)).containsExactly("In a control", "Beijing", "Boxed text", "After.");
    }

    @Test
    void hyperlinkElementsAndFieldsBecomeLinksAndInternalAnchorsStayText() throws Exception {
        Article a = read(docx().rel("rL", "hyperlink", "https://gov.example.cn/notice", true)
                .rel("rF", "hyperlink", "file:///etc/passwd", true)
                .body("<w:p><w:hyperlink r:id=\"rL\"><w:r><w:t>the notice</w:t></w:r></w:hyperlink>"
                        + "<w:r><w:t xml:space=\"preserve\"> and </w:t></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"https://example.org/x\" </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>the form</w:t></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                        + "<w:r><w:t xml:space=\"preserve\"> see </w:t></w:r>"
                        + "<w:hyperlink w:anchor=\"_Toc1\"><w:r><w:t>section 2</w:t></w:r></w:hyperlink>"
                        + "<w:r><w:t xml:space=\"preserve\"> or </w:t></w:r>"
                        + "<w:hyperlink r:id=\"rF\"><w:r><w:t>a file</w:t></w:r></w:hyperlink></w:p>"));
        Block.Paragraph p = (Block.Paragraph) a.blocks().get(0);
        assertThat(p.content()).containsExactly(
                new Inline.Link("https://gov.example.cn/notice", List.of(new Inline.Text("the notice"))),
                new Inline.Text(" and "),
                new Inline.Link("https://example.org/x", List.of(new Inline.Text("the form"))),
                new Inline.Text(" see section 2 or a file"));
    }

    @Test
    void tablesKeepTheirHeaderRowAndMergedCellsLineUp() throws Exception {
        String cell = "<w:tc>" + p(null, "%s") + "</w:tc>";
        Article a = read(docx().body("<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell.formatted("Day")
                + cell.formatted("Open") + cell.formatted("Close") + "</w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + p(null, "Mon-Fri") + "</w:tc>"
                + "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + p(null, "9:00-17:00") + "</w:tc></w:tr>"
                + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" + cell.formatted("9:00")
                + "<w:tc>" + p(null, "12:00") + p(null, "(lunch)") + "</w:tc></w:tr></w:tbl>"));
        Block.Table t = (Block.Table) a.blocks().get(0);
        assertThat(t.header().stream().map(Blocks::plainText)).containsExactly("Day", "Open", "Close");
        assertThat(t.rows().get(0).stream().map(Blocks::plainText)).containsExactly("Mon-Fri", "9:00-17:00", "");
        assertThat(t.rows().get(1).stream().map(Blocks::plainText)).containsExactly("", "9:00", "12:00\n(lunch)");
    }

    @Test
    void listsFollowTheNumberingDefinitionsBulletsNumbersNestingAndStartValues() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"4\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/>"
                + "<w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>";
        String item = "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"%d\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>";
        Article a = read(docx().numbering(numbering).body(item.formatted(0, "four") + item.formatted(1, "dot")
                + item.formatted(0, "five") + p(null, "Between.") + item.formatted(0, "six")));
        assertThat(a.blocks()).containsExactly(
                new Block.OrderedList(4, List.of(
                        new Block.ListItem(List.of(Block.Paragraph.of("four"), new Block.BulletList(List.of(Block.ListItem.of("dot"))))),
                        Block.ListItem.of("five"))),
                Block.Paragraph.of("Between."),
                new Block.OrderedList(6, List.of(Block.ListItem.of("six")))); // a list continued after a paragraph
    }

    @Test
    void theEastAsianLanguageOfTheSettingsNamesAChineseDocumentAndCorePropertiesGiveTitleAndAuthor() throws Exception {
        Article a = read(docx().core("开放通知", "图书馆").styles("<w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault></w:docDefaults>")
                .body(p(null, "图书馆每周二至周日开放。")));
        assertThat(a.language()).isEqualTo("zh-CN");
        assertThat(a.metadata().title()).isEqualTo("开放通知");
        assertThat(a.metadata().author()).isEqualTo("图书馆");
    }

    @Test
    void footnotesBecomeNotesAfterTheirParagraphWithTheReferenceInTheText() throws Exception {
        Article a = read(docx().footnotes("<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p/></w:footnote>"
                        + "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Except holidays.</w:t></w:r></w:p></w:footnote>")
                .body("<w:p><w:r><w:t>Open daily.</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>" + p(null, "Next.")));
        assertThat(a.blocks()).containsExactly(
                new Block.Paragraph(List.of(new Inline.Text("Open daily."), new Inline.NoteRef("1"))),
                new Block.Note("1", List.of(Block.Paragraph.of("Except holidays."))),
                Block.Paragraph.of("Next."));
    }

    @Test
    void aWordFileRenamedToBinIsStillReadAsOne() throws Exception {
        byte[] bytes = Files.readAllBytes(Samples.fixture("read/office/pandoc-features.docx"));
        assertThat(read(bytes, "notice.bin").metadata().title()).isEqualTo("社区通知");
    }

    @Test
    void aZipThatIsNeitherWordNorOpenDocumentIsRefusedWithOneLine() {
        byte[] zip = OfficeFixtures.zip(java.util.Map.of("readme.txt", "hello".getBytes()));
        assertThatThrownBy(() -> read(zip, "archive.docx"))
                .isInstanceOfSatisfying(AccesspubException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(AccesspubException.BAD_INPUT);
                    assertThat(e.getMessage()).contains("neither a Word document (.docx) nor an OpenDocument text").doesNotContain("\n");
                });
    }
}
