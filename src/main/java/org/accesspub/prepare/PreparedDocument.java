package org.accesspub.prepare;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.accesspub.fonts.SharedSubsets;
import org.accesspub.lang.LanguageRuns;
import org.accesspub.lang.Languages;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;

/**
 * The one document every writer renders, with every decision more than one output needs already
 * made by {@link Preparer}:
 * <ul>
 * <li>{@link #article()}: the blocks with heading levels renumbered (the title is level 1, the
 *     article's headings start at 2, no level is skipped; headings nested in lists or quotes become
 *     bold paragraphs) and links kept only where {@link LinkPolicy} allows, as ASCII URIs;</li>
 * <li>{@link #info()}: every metadata decision (title, identifier, creator, publisher, description, date and
 * day, source, language) and the metadata line: writers read these and fall back on nothing of their own;</li>
 * <li>{@link #terms()}: the words the tool adds, in the article's locale;</li>
 * <li>{@link #image(Block.Image)}: the bytes to embed, or why the alt text stands in;</li>
 * <li>{@link #paragraph(Block.Paragraph)}: language, indent and justification of each paragraph;</li>
 * <li>{@link #outline()}: the title and headings with their levels, as every output shows them.</li>
 * </ul>
 * Immutable and safe to share between writers running at the same time.
 */
public final class PreparedDocument {
    /** One entry of the outline: level 1 is the title. */
    public record OutlineEntry(int level, String text) {
    }

    private final Article article;
    private final DocumentInfo info;
    private final Terms terms;
    private final ImageResolver images;
    private final Map<Block.Paragraph, ParagraphStyle> paragraphs;
    private final List<OutlineEntry> outline;
    private final Map<Block.Heading, OutlineEntry> headings;
    private SharedSubsets subsets; // made on first use

    PreparedDocument(Article article, DocumentInfo info, Terms terms, ImageResolver images,
                     IdentityHashMap<Block.Paragraph, ParagraphStyle> paragraphs, List<OutlineEntry> outline,
                     IdentityHashMap<Block.Heading, OutlineEntry> headings) {
        this.article = article;
        this.info = info;
        this.terms = terms;
        this.images = images;
        this.paragraphs = new IdentityHashMap<>(paragraphs);
        this.outline = List.copyOf(outline);
        this.headings = new IdentityHashMap<>(headings);
    }

    /** The prepared article: renumbered headings, safe links. Its metadata is the source's, as read. */
    public Article article() {
        return article;
    }

    public List<Block> blocks() {
        return article.blocks();
    }

    public DocumentInfo info() {
        return info;
    }

    public Terms terms() {
        return terms;
    }

    /** The article's language (BCP 47), detected from its text when the source did not say. */
    public String language() {
        return info.language();
    }

    public boolean chinese() {
        return Languages.isChinese(info.language());
    }

    /** The image's bytes to embed, or {@link ImageAsset.Unavailable} when its alt text stands in for it. */
    public ImageAsset image(Block.Image image) {
        return images.resolve(image.src());
    }

    /**
     * The words every output puts where this image is not shown (an output without pictures, or an image
     * that could not be embedded): {@code 图片：…} / {@code Image: …}; empty for an image without alt text,
     * which is decoration.
     */
    public java.util.Optional<String> imageStandIn(Block.Image image) {
        String alt = image.alt().strip();
        return alt.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(terms.image(alt));
    }

    /** The image's caption as every output shows it, or empty. */
    public java.util.Optional<String> caption(Block.Image image) {
        String c = image.caption() == null ? "" : image.caption().strip();
        return c.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(c);
    }

    /** How a paragraph is set; a paragraph the preparer did not see is treated as nested (not indented). */
    public ParagraphStyle paragraph(Block.Paragraph p) {
        ParagraphStyle s = paragraphs.get(p);
        return s != null ? s : Preparer.style(Blocks.plainText(p.content()), info.language(), false);
    }

    /** A text split into runs by language, against the article's language. */
    public List<LanguageRuns.Run> runs(String text) {
        return LanguageRuns.split(text, info.language());
    }

    /**
     * The title (level 1) and every heading of the article with the level each output gives it: every
     * output's table of contents, bookmarks and heading levels come from here.
     */
    public List<OutlineEntry> outline() {
        return outline;
    }

    /** The title's entry: level 1, the title as every output shows it. */
    public OutlineEntry titleEntry() {
        return outline.get(0);
    }

    /**
     * A heading of the prepared article as the outline has it (its level and its text on one line).
     *
     * @throws IllegalArgumentException for a heading this document did not prepare
     */
    public OutlineEntry outlineEntry(Block.Heading heading) {
        OutlineEntry e = headings.get(heading);
        if (e == null) {
            throw new IllegalArgumentException("not a heading of this prepared document: " + heading);
        }
        return e;
    }

    /**
     * The font subsets every writer of this document shares: cut once per face, to every character any
     * writer may draw for it.
     */
    public synchronized SharedSubsets fontSubsets() {
        if (subsets == null) {
            subsets = new SharedSubsets(DocumentCharacters.of(article, info, terms));
        }
        return subsets;
    }

    /** The metadata line's parts: {@code 发布时间：…}, {@code 作者：…}, {@code 来源：…}. */
    public List<String> metadataLine() {
        return info.metadataLine(terms);
    }
}
