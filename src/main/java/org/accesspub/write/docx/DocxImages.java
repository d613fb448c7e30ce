package org.accesspub.write.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.accesspub.model.Block;
import org.accesspub.prepare.ImageAsset;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.Term;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.apache.xmlbeans.XmlCursor;
import javax.xml.namespace.QName;

/**
 * Pictures placed inline, each with its alt text in {@code wp:docPr/@descr} and its caption below.
 * What is embedded is the prepared document's decision; an image it did not embed is replaced by its
 * alt text.
 */
final class DocxImages {
    private static final double PIXELS_PER_POINT = 96.0 / 72;

    private final PreparedDocument document;
    private final double textWidthPt;
    private final double maxHeightPt;
    private int count;

    DocxImages(PreparedDocument document, double textWidthPt, double maxHeightPt) {
        this.document = document;
        this.textWidthPt = textWidthPt;
        this.maxHeightPt = maxHeightPt;
    }

    void add(BodyWriter.Scope body, Block.Image image) {
        String alt = image.alt().strip();
        if (document.image(image) instanceof ImageAsset.Embedded picture) {
            place(body, picture, alt);
        } else {
            document.imageStandIn(image).ifPresent(words -> body.styledText(DocxStyles.CAPTION, words, false));
        }
        document.caption(image).ifPresent(c -> body.styledText(DocxStyles.CAPTION, c, false));
    }

    private void place(BodyWriter.Scope body, ImageAsset.Embedded picture, String alt) {
        double widthPt = picture.width() / PIXELS_PER_POINT;
        double heightPt = picture.height() / PIXELS_PER_POINT;
        double scale = Math.min(1, Math.min(textWidthPt / widthPt, maxHeightPt / heightPt));
        XWPFParagraph p = body.paragraph(DocxStyles.FIGURE);
        XWPFRun run = p.createRun();
        count++;
        try {
            // POI writes its "file name" argument as the picture's own description: give it the alt text.
            run.addPicture(new ByteArrayInputStream(picture.data()), type(picture), alt,
                    Units.toEMU(widthPt * scale), Units.toEMU(heightPt * scale));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot add a picture POI accepted the type of", e);
        }
        CTNonVisualDrawingProps docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setId(count); // unique drawing ids; POI leaves them all 0
        docPr.setName(document.terms().get(Term.PICTURE_NAME, count));
        docPr.setDescr(alt);
        if (alt.isEmpty()) {
            markDecorative(docPr);
        }
    }

    private static PictureType type(ImageAsset.Embedded picture) {
        return switch (picture.type()) {
            case PNG -> PictureType.PNG;
            case JPEG -> PictureType.JPEG;
            case GIF -> PictureType.GIF;
        };
    }

    /** Word's "mark as decorative" (an Office 2019 extension), so checkers and screen readers skip the picture. */
    private static void markDecorative(CTNonVisualDrawingProps docPr) {
        CTOfficeArtExtension ext = docPr.addNewExtLst().addNewExt();
        ext.setUri("{C183D7F6-B498-43B3-948B-1728B52AA6E4}");
        try (XmlCursor cursor = ext.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName("http://schemas.microsoft.com/office/drawing/2017/decorative", "decorative", "adec"));
            cursor.insertNamespace("adec", "http://schemas.microsoft.com/office/drawing/2017/decorative");
            cursor.insertAttributeWithValue("val", "1");
        }
    }
}
