package org.accesspub.write.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accesspub.Warnings;
import org.accesspub.fonts.FontChain;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.prepare.DocumentInfo;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.Terms;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.style.Units;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.RenderContext;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes an article as an editable Word document (Apache POI XWPF): real styles instead of direct
 * formatting, real numbering, headings with outline levels, pictures with alt text, the page from the
 * large-print profile, and subsets of its fonts embedded so that it looks the same without them.
 * Built once with {@link #builder()}; immutable, shared by jobs.
 */
public final class DocxWriter implements ArticleWriter {
    private final LargePrintProfile profile;
    private final FontChain fonts;
    private final Instant created;

    private DocxWriter(Builder b) {
        this.profile = b.profile;
        this.fonts = b.fonts;
        this.created = b.created;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void write(PreparedDocument document, RenderContext context) throws IOException {
        try (XWPFDocument doc = compose(document, context.warnings(), context::checkStopped); OutputStream os = context.out().open("docx")) {
            doc.write(os);
        }
    }

    /** Builds the whole document in memory. */
    XWPFDocument compose(PreparedDocument document, Warnings warnings) throws IOException {
        return compose(document, warnings, RenderContext.StopCheck.NEVER);
    }

    /** As {@link #compose(PreparedDocument, Warnings)}, checking {@code stop} between the article's blocks. */
    XWPFDocument compose(PreparedDocument document, Warnings warnings, RenderContext.StopCheck stop) throws IOException {
        DocxLanguage language = DocxLanguage.of(document.language());
        DocxFonts docxFonts = DocxFonts.choose(fonts);
        DocxStyles styles = new DocxStyles(profile, docxFonts, language);
        fonts.reportUncovered(document.article().allText(), warnings);

        XWPFDocument doc = new XWPFDocument();
        try {
            fill(doc, document, language, docxFonts, styles, warnings, stop);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private void fill(XWPFDocument doc, PreparedDocument document, DocxLanguage language,
                      DocxFonts docxFonts, DocxStyles styles, Warnings warnings, RenderContext.StopCheck stop)
            throws IOException {
        DocumentInfo meta = document.info();
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(styles.styles()).getStyles());
            doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(styles.numbering()).getNumbering());
            boolean colored = profile.theme().background() != 0xFFFFFF;
            doc.getSettings().getCTSettings().set(SettingsDocument.Factory.parse(styles.settings(colored)).getSettings());
            if (colored) {
                doc.getDocument().addNewBackground().setColor(profile.theme().backgroundHex());
            }
        } catch (XmlException e) {
            throw new IllegalStateException("the generated style sheet is not well-formed", e);
        }

        double textWidthPt = profile.page().widthPt() - 2 * profile.marginPt();
        double textHeightPt = profile.page().heightPt() - 2 * profile.marginPt();
        DocxImages images = new DocxImages(document, textWidthPt, textHeightPt * 0.6);
        BodyWriter body = new BodyWriter(doc, document, language, images,
                2 * Units.ptToTwips(profile.bodyPt()), Units.ptToTwips(textWidthPt), fonts);
        BodyWriter.Scope top = body.top();
        top.styledText(DocxStyles.TITLE, meta.title(), true);
        if (meta.subtitle() != null) {
            top.styledText(DocxStyles.SUBTITLE, meta.subtitle(), false);
        }
        List<String> line = document.metadataLine();
        if (!line.isEmpty()) {
            top.styledText(DocxStyles.SUBTITLE, String.join("\n", line), false);
        }
        top.blocks(document.blocks(), stop);

        String footerText = footer(doc, document.terms());
        page(doc);
        properties(doc, document);

        String regular = body.regularText() + footerText + DocxStyles.listMarkers();
        FontEmbedder.embed(doc, docxFonts.subsets(regular, body.boldText(), body.monoText(), body.fallbackText(),
                document.fontSubsets(), warnings));
    }

    /** Page numbers as a PAGE field, so they stay right when an editor changes the text. */
    private static String footer(XWPFDocument doc, Terms terms) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle(DocxStyles.FOOTER);
        String before = terms.pageNumberAround()[0];
        String after = terms.pageNumberAround()[1];
        if (!before.isEmpty()) {
            CTText text = p.getCTP().addNewR().addNewT();
            text.setStringValue(before);
            text.setSpace(SpaceAttribute.Space.PRESERVE);
        }
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("1");
        if (!after.isEmpty()) {
            CTText text = p.getCTP().addNewR().addNewT();
            text.setStringValue(after);
            text.setSpace(SpaceAttribute.Space.PRESERVE);
        }
        return before + after + "0123456789";
    }

    private void page(XWPFDocument doc) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(Units.mmToTwips(profile.page().widthMm())));
        size.setH(BigInteger.valueOf(Units.mmToTwips(profile.page().heightMm())));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(Units.mmToTwips(profile.marginMm()));
        mar.setTop(margin);
        mar.setBottom(margin);
        mar.setLeft(margin);
        mar.setRight(margin);
        BigInteger edge = BigInteger.valueOf(Units.mmToTwips(profile.marginMm() / 2));
        mar.setHeader(edge);
        mar.setFooter(edge);
        mar.setGutter(BigInteger.ZERO);
    }

    private void properties(XWPFDocument doc, PreparedDocument document) {
        DocumentInfo meta = document.info();
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(meta.title());
        core.setCreator(meta.creator());
        core.setIdentifier(meta.identifier());
        if (meta.description() != null) {
            core.setDescription(meta.description());
        }
        if (meta.subtitle() != null) {
            core.setSubjectProperty(meta.subtitle());
        }
        core.getUnderlyingProperties().setLanguageProperty(meta.language());
        core.setCreated(Optional.of(Date.from(created)));
        doc.getProperties().getExtendedProperties().setApplication("accesspub");
    }

    public static final class Builder {
        private LargePrintProfile profile = LargePrintProfile.defaults(); // 18 pt on A4, 1.5 line spacing
        private FontChain fonts = FontChain.bundled(); // Atkinson Hyperlegible Next + Noto Sans SC
        private Instant created; // the time of writing

        public Builder profile(LargePrintProfile v) { profile = Objects.requireNonNull(v); return this; }
        public Builder fonts(FontChain v) { fonts = Objects.requireNonNull(v); return this; }
        /** The creation time recorded in the document properties. */
        public Builder created(Instant v) { created = v; return this; }

        public DocxWriter build() {
            if (created == null) {
                created = Instant.now();
            }
            return new DocxWriter(this);
        }
    }
}
