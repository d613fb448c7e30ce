package org.accesspub.write.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accesspub.style.LargePrintProfile;

/**
 * Writes laid-out pages as a tagged PDF 1.7 with OpenPDF: every piece of content inside a marked-content
 * sequence tied to its structure element or marked as an Artifact, fonts embedded as subsets, the
 * outline built from the headings, and the catalog, Info and XMP metadata PDF/UA-1 asks for.
 */
final class PdfRenderer {
    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private final LargePrintProfile profile;
    private final PdfResources resources;

    PdfRenderer(LargePrintProfile profile, PdfResources resources) {
        this.profile = profile;
        this.resources = resources;
    }

    /**
     * The document-level facts: title, language (BCP 47), author and description may be null but language;
     * {@code date} is the article's date (the file's creation and modification date), or null.
     */
    record Info(String title, String language, String creator, String description, String identifier,
                org.accesspub.prepare.PubDate date) {
    }

    void render(List<PageLayout.Page> pages, Info info, OutputStream out) throws IOException {
        float width = (float) profile.page().widthPt();
        float height = (float) profile.page().heightPt();
        Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            writer.setPdfVersion(com.lowagie.text.pdf.PdfWriter.VERSION_1_7);
            writer.setTagged();
            writer.setViewerPreferences(com.lowagie.text.pdf.PdfWriter.DisplayDocTitle
                    | com.lowagie.text.pdf.PdfWriter.PageModeUseOutlines);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
            writer.setTabs(PdfName.S);
            writer.setXmpMetadata(Xmp.packet(info));
            document.addTitle(info.title());
            if (info.creator() != null) {
                document.addAuthor(info.creator());
            }
            if (info.description() != null) {
                document.addSubject(info.description());
            }
            document.addCreator("accesspub");
            document.open();
            Reproducible.info(writer, info, pages.size());
            Page page = new Page(writer);
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                page.draw(pages.get(i).items(), width, height);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    /** Draws pages one after the other, keeping the structure elements and outline between them. */
    private final class Page {
        private final com.lowagie.text.pdf.PdfWriter writer;
        private final Map<Tag, PdfStructureElement> elements = new HashMap<>();
        private final Deque<PdfOutline> outline = new ArrayDeque<>();
        private final Deque<Integer> outlineLevels = new ArrayDeque<>();

        Page(com.lowagie.text.pdf.PdfWriter writer) {
            this.writer = writer;
        }

        void draw(List<Drawing> items, float width, float height) throws DocumentException {
            PdfContentByte cb = writer.getDirectContent();
            int background = profile.theme().background();
            if (background != 0xFFFFFF) {
                cb.beginMarkedContentSequence(ARTIFACT);
                color(cb, background, false);
                cb.rectangle(0, 0, width, height);
                cb.fill();
                cb.endMarkedContentSequence();
            }
            int i = 0;
            while (i < items.size()) {
                Drawing d = items.get(i);
                if (d instanceof Drawing.Text t) {
                    // Consecutive runs of one element share a marked-content sequence and a text object.
                    int end = i + 1;
                    while (end < items.size() && items.get(end) instanceof Drawing.Text n && n.tag() == t.tag()) {
                        end++;
                    }
                    begin(cb, t.tag());
                    cb.beginText();
                    for (int k = i; k < end; k++) {
                        text(cb, (Drawing.Text) items.get(k));
                    }
                    cb.endText();
                    cb.endMarkedContentSequence();
                    i = end;
                    continue;
                }
                if (d instanceof Drawing.Rule r) {
                    cb.beginMarkedContentSequence(ARTIFACT);
                    color(cb, r.color(), true);
                    cb.setLineWidth(r.width());
                    cb.moveTo(r.x1(), r.y1());
                    cb.lineTo(r.x2(), r.y2());
                    cb.stroke();
                    cb.endMarkedContentSequence();
                } else if (d instanceof Drawing.Picture p) {
                    Image image = resources.image(p.image());
                    begin(cb, p.tag());
                    cb.addImage(image, p.width(), 0, 0, p.height(), p.x(), p.y());
                    cb.endMarkedContentSequence();
                } else if (d instanceof Drawing.LinkArea l) {
                    link(l);
                } else if (d instanceof Drawing.Empty e) {
                    element(e.tag());
                } else if (d instanceof Drawing.Bookmark b) {
                    bookmark(b);
                }
                i++;
            }
        }

        private void text(PdfContentByte cb, Drawing.Text t) {
            cb.setFontAndSize(resources.font(t.face()), t.size());
            cb.setCharacterSpacing(t.charSpacing());
            color(cb, t.color(), false);
            if (t.emboldened()) {
                // Fill and stroke the outlines: a one-weight font still shows emphasis and headings as bold.
                color(cb, t.color(), true);
                cb.setLineWidth(t.size() * 0.04f);
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            } else {
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
            }
            cb.setTextMatrix(t.x(), t.y());
            cb.showText(t.text());
        }

        private void begin(PdfContentByte cb, Tag tag) {
            if (tag == null) {
                cb.beginMarkedContentSequence(ARTIFACT);
            } else {
                cb.beginMarkedContentSequence(contentHolder(element(tag)));
            }
        }

        /**
         * The element that takes the next marked content of {@code e}. OpenPDF appends content to an element only
         * while its first kid is content; once a child element came first (a table cell that opens with a link),
         * the text after it goes into a Span of its own, which keeps reading order and the element's language.
         */
        private PdfStructureElement contentHolder(PdfStructureElement e) {
            PdfObject kids = e.get(PdfName.K);
            if (kids instanceof PdfArray array && !array.isEmpty() && !array.getPdfObject(0).isNumber()) {
                return new PdfStructureElement(e, PdfName.SPAN);
            }
            return e;
        }

        /** OpenPDF adds a child element only to an element whose kids are an array, not a single content mark. */
        private PdfStructureElement asParent(PdfStructureElement e) {
            PdfObject kids = e.get(PdfName.K);
            if (kids != null && kids.isNumber()) {
                PdfArray array = new PdfArray();
                array.add(kids);
                e.put(PdfName.K, array);
            }
            return e;
        }

        private PdfStructureElement element(Tag tag) {
            PdfStructureElement e = elements.get(tag);
            if (e == null) {
                PdfName role = new PdfName(tag.role);
                e = tag.parent == null ? new PdfStructureElement(writer.getStructureTreeRoot(), role)
                        : new PdfStructureElement(asParent(element(tag.parent)), role);
                if (tag.lang != null) {
                    e.put(PdfName.LANG, new PdfString(tag.lang));
                }
                if (tag.alt != null) {
                    e.put(PdfName.ALT, new PdfString(tag.alt, PdfString.TEXT_UNICODE));
                }
                if (tag.scope != null) {
                    PdfDictionary attributes = new PdfDictionary();
                    attributes.put(PdfName.O, new PdfName("Table"));
                    attributes.put(new PdfName("Scope"), new PdfName(tag.scope));
                    e.put(PdfName.A, attributes);
                }
                elements.put(tag, e);
            }
            return e;
        }

        /**
         * A link annotation tied into the structure tree: the Link element holds its text (marked content,
         * drawn just before) and an object reference to the annotation, which points back through the
         * parent tree. PDF/UA-1 7.18.5 asks for both, and for /Contents.
         */
        private void link(Drawing.LinkArea l) {
            PdfAnnotation annotation = new PdfAnnotation(writer, l.x1(), l.y1(), l.x2(), l.y2(), new PdfAction(l.uri()));
            annotation.put(PdfName.CONTENTS, new PdfString(l.contents(), PdfString.TEXT_UNICODE));
            annotation.setBorder(new com.lowagie.text.pdf.PdfBorderArray(0, 0, 0));
            annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
            PdfIndirectReference ref = annotation.getIndirectReference();
            int key = writer.getStructureTreeRoot().addExistingObject(elementRef(l.tag()));
            annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
            writer.addAnnotation(annotation);
            PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
            objr.put(PdfName.OBJ, ref);
            objr.put(PdfName.PG, writer.getCurrentPage());
            PdfStructureElement link = element(l.tag());
            PdfObject k = link.get(PdfName.K);
            if (k instanceof PdfArray array) {
                array.add(objr);
            } else {
                PdfArray array = new PdfArray();
                if (k != null) {
                    array.add(k);
                }
                array.add(objr);
                link.put(PdfName.K, array);
            }
        }

        private PdfIndirectReference elementRef(Tag tag) {
            return element(tag).getReference();
        }

        private void bookmark(Drawing.Bookmark b) {
            while (!outlineLevels.isEmpty() && outlineLevels.peek() >= b.level()) {
                outlineLevels.pop();
                outline.pop();
            }
            PdfOutline parent = outline.isEmpty() ? writer.getRootOutline() : outline.peek();
            PdfOutline entry = new PdfOutline(parent, new PdfDestination(PdfDestination.XYZ, 0, b.y(), 0),
                    new PdfString(b.title(), PdfString.TEXT_UNICODE), true);
            outline.push(entry);
            outlineLevels.push(b.level());
        }

        private void color(PdfContentByte cb, int rgb, boolean stroke) {
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int bl = rgb & 0xFF;
            if (stroke) {
                cb.setRGBColorStroke(r, g, bl);
            } else {
                cb.setRGBColorFill(r, g, bl);
            }
        }
    }
}
