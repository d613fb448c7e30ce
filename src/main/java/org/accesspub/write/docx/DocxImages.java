package org.accesspub.write.docx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.accesspub.Warnings;
import org.accesspub.model.Block;
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
 * Only local files (relative to the base directory) are embedded; a remote or missing picture is
 * replaced by its alt text, with a warning.
 */
final class DocxImages {
    private static final Map<String, PictureType> TYPES = Map.of(
            "png", PictureType.PNG, "jpg", PictureType.JPEG, "jpeg", PictureType.JPEG,
            "gif", PictureType.GIF, "bmp", PictureType.BMP);
    private static final double PIXELS_PER_POINT = 96.0 / 72;

    private final Path baseDirectory;
    private final double textWidthPt;
    private final double maxHeightPt;
    private final DocxLanguage language;
    private final Warnings warnings;
    private int count;

    DocxImages(Path baseDirectory, double textWidthPt, double maxHeightPt, DocxLanguage language, Warnings warnings) {
        this.baseDirectory = baseDirectory;
        this.textWidthPt = textWidthPt;
        this.maxHeightPt = maxHeightPt;
        this.language = language;
        this.warnings = warnings;
    }

    void add(BodyWriter body, Block.Image image) {
        String alt = image.alt().strip();
        if (alt.isEmpty()) {
            warnings.warn("image " + image.src() + " has no alt text, so it is marked decorative;"
                    + " if it carries information, describe it in the source");
        } else if (looksLikeFileName(alt)) {
            warnings.warn("image " + image.src() + " has a file name as alt text (" + alt + "); describe the picture instead");
        }
        Optional<Picture> picture = load(image.src());
        if (picture.isPresent()) {
            place(body, picture.get(), alt);
        } else if (!alt.isEmpty()) {
            body.styledText(DocxStyles.CAPTION, (language.chinese() ? "图片：" : "Image: ") + alt, false);
        }
        if (image.caption() != null && !image.caption().isBlank()) {
            body.styledText(DocxStyles.CAPTION, image.caption().strip(), false);
        }
    }

    private void place(BodyWriter body, Picture picture, String alt) {
        double widthPt = picture.width() / PIXELS_PER_POINT;
        double heightPt = picture.height() / PIXELS_PER_POINT;
        double scale = Math.min(1, Math.min(textWidthPt / widthPt, maxHeightPt / heightPt));
        XWPFParagraph p = body.paragraph(DocxStyles.FIGURE);
        XWPFRun run = p.createRun();
        count++;
        try {
            // POI writes its "file name" argument as the picture's own description: give it the alt text.
            run.addPicture(new ByteArrayInputStream(picture.data()), picture.type(), alt,
                    Units.toEMU(widthPt * scale), Units.toEMU(heightPt * scale));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("cannot add a picture POI accepted the type of", e);
        }
        CTNonVisualDrawingProps docPr = run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr();
        docPr.setId(count); // unique drawing ids; POI leaves them all 0
        docPr.setName((language.chinese() ? "图片 " : "Picture ") + count);
        docPr.setDescr(alt);
        if (alt.isEmpty()) {
            markDecorative(docPr);
        }
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

    private record Picture(byte[] data, PictureType type, int width, int height) {
    }

    private Optional<Picture> load(String src) {
        String lower = src.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//") || lower.startsWith("data:")) {
            warnings.warn("image " + shorten(src) + " is not a local file; its alt text stands in for it in the DOCX");
            return Optional.empty();
        }
        Optional<Path> path = resolve(src);
        if (path.isEmpty()) {
            warnings.missingImage(src, baseDirectory);
            return Optional.empty();
        }
        String name = path.get().getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        PictureType type = TYPES.get(ext);
        try {
            byte[] data = Files.readAllBytes(path.get());
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(data));
            if (type == null || img == null) {
                warnings.warn("image " + src + " is not PNG, JPEG, GIF or BMP; its alt text stands in for it in the DOCX");
                return Optional.empty();
            }
            return Optional.of(new Picture(data, type, img.getWidth(), img.getHeight()));
        } catch (IOException e) {
            warnings.warn("cannot read image " + src + ": " + e.getMessage() + "; its alt text stands in for it");
            return Optional.empty();
        }
    }

    private Optional<Path> resolve(String src) {
        try {
            Path p;
            if (src.toLowerCase(Locale.ROOT).startsWith("file:")) {
                p = Path.of(URI.create(src));
            } else {
                p = baseDirectory.resolve(src);
                if (!Files.isRegularFile(p)) {
                    p = baseDirectory.resolve(URLDecoder.decode(src, StandardCharsets.UTF_8));
                }
            }
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return Optional.empty();
        }
    }

    private static boolean looksLikeFileName(String alt) {
        return alt.matches("(?i).*\\.(png|jpe?g|gif|bmp|svg|webp)") || alt.matches("(?i)(img|image|dsc|pic)[_-]?\\d+.*");
    }

    private static String shorten(String src) {
        return src.length() > 80 ? src.substring(0, 77) + "…" : src;
    }
}
