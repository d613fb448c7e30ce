package org.accesspub.write.epub;

import java.util.Optional;
import org.accesspub.model.Block;
import org.accesspub.prepare.PreparedDocument;

/**
 * Writes an image: a {@code figure} with its {@code img} and {@code figcaption} when the book embeds it, else
 * (remote, missing, unsupported) the prepared stand-in ({@code 图片：…}) and caption as paragraphs.
 */
final class FigureRenderer {
    private final PreparedDocument document;
    private final ImageStore images;
    private final InlineRenderer inline;
    private final TextMarks marks;
    private final String language;

    FigureRenderer(PreparedDocument document, ImageStore images, InlineRenderer inline, TextMarks marks) {
        this.document = document;
        this.images = images;
        this.inline = inline;
        this.marks = marks;
        this.language = document.language();
    }

    void image(Xml x, Block.Image i) {
        String src = images.embed(i);
        Optional<String> caption = document.caption(i);
        if (src != null) {
            x.start("figure").attr("id", marks.id(i)).newline();
            x.start("img").attr("src", src).attr("alt", i.alt()).end().newline();
            if (caption.isPresent()) {
                x.start("figcaption");
                inline.text(x, caption.get(), false, language);
                x.end().newline();
            }
            x.end().newline();
            return;
        }
        // Not embedded (remote, missing, unsupported): the prepared stand-in takes its place.
        Optional<String> standIn = document.imageStandIn(i);
        if (standIn.isPresent()) {
            x.start("p").attr("class", "image-alt").attr("id", marks.id(i));
            inline.text(x, standIn.get(), false, language);
            x.end().newline();
        }
        if (caption.isPresent()) {
            x.start("p").attr("class", "caption").attr("id", standIn.isEmpty() ? marks.id(i) : null);
            inline.text(x, caption.get(), false, language);
            x.end().newline();
        }
    }
}
