package org.accesspub.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.accesspub.Warnings;
import org.accesspub.fonts.FontChain;
import org.accesspub.fonts.UserFonts;
import org.accesspub.model.Article;
import org.accesspub.testing.Samples;
import org.accesspub.testing.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    @Test
    void aUserFontGoesInFrontOfTheBundledOnesAndTheRestFallsBack() throws Exception {
        // A Latin-only font: Latin text takes it, Han falls back to Noto Sans SC.
        FontChain chain = FontChain.withUserFont(UserFonts.load("fonts/AtkinsonHyperlegibleNext-Bold.ttf"));
        Article article = Samples.read(Samples.MARKDOWN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.builder().fonts(chain).build()
                .write(org.accesspub.testing.Prepared.of(article), out, Warnings.collecting());
        assertThat(VeraPdf.pdfUaFailures(out.toByteArray())).isEmpty();
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(n).getName().substring(7));
                }
            }
        }
        assertThat(names).contains("AtkinsonHyperlegibleNext-Bold", "NotoSansSC-Regular")
                .doesNotContain("AtkinsonHyperlegibleNext-Regular");
    }

    @Test
    void aRareCharacterInABoldHeadingIsStrokedToLookBoldAndACommonOneUsesTheBoldDesign() throws Exception {
        // 龘 is outside GB 2312 and Big5's common level: the bundled bold face draws it with the regular glyph
        Article article = Samples.readFixture("fonts/rare-in-heading.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.builder().build().write(org.accesspub.testing.Prepared.of(article), out, Warnings.collecting());
        assertThat(VeraPdf.pdfUaFailures(out.toByteArray())).isEmpty();
        // text shown while the rendering mode is fill-and-stroke (2): the heading's 龘 only
        int stroked = 0;
        int shown = 0;
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            org.apache.pdfbox.pdfparser.PDFStreamParser parser =
                    new org.apache.pdfbox.pdfparser.PDFStreamParser(doc.getPage(0));
            int mode = 0;
            List<Object> operands = new ArrayList<>();
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (!(token instanceof org.apache.pdfbox.contentstream.operator.Operator op)) {
                    operands.add(token);
                    continue;
                }
                if (op.getName().equals("Tr")) {
                    mode = ((org.apache.pdfbox.cos.COSNumber) operands.get(0)).intValue();
                } else if (op.getName().equals("Tj") || op.getName().equals("TJ")) {
                    shown++;
                    if (mode == 2) {
                        stroked++;
                    }
                }
                operands.clear();
            }
        }
        assertThat(shown).isGreaterThan(3);
        assertThat(stroked).isEqualTo(1);
    }

    @Test
    void theSeedPdfStaysSmallBecauseOnlyUsedGlyphsAreEmbedded() throws Exception {
        Article article = Samples.read(Samples.SEED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.builder().build().write(org.accesspub.testing.Prepared.of(article), out, Warnings.collecting());
        assertThat(out.size()).isLessThan(150 * 1024);
    }
}
