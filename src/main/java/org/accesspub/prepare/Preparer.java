package org.accesspub.prepare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accesspub.Warnings;
import org.accesspub.lang.Languages;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Metadata;

/**
 * Turns a read article into the {@link PreparedDocument} every writer renders: the outline, the typed
 * date, the images, the links, the terms and the paragraph decisions, each made here once (the metadata
 * decisions in {@link InfoDecisions}, the blocks' in one {@link BlockRewrite} pass). Built once
 * with {@link #builder()}; immutable; {@link #prepare} may run for many articles.
 */
public final class Preparer {
    private final Path folder;
    private final Warnings warnings;
    private final ImageLimits limits;
    private final String identifier;
    private final String publisher;

    private Preparer(Builder b) {
        this.folder = b.folder;
        this.warnings = b.warnings;
        this.limits = b.limits;
        this.identifier = b.identifier;
        this.publisher = b.publisher;
    }

    public static Builder builder() {
        return new Builder();
    }

    public PreparedDocument prepare(Article read) {
        Article article = Characters.normalise(read, warnings);
        Metadata m = article.metadata();
        String language = "und".equals(m.language()) ? Languages.detect(article.allText()) : m.language();
        Terms terms = Terms.forLanguage(language);
        if (!Terms.covers(language)) {
            warnings.warn("accesspub has no words for language " + language + " (labels, announcements, the untitled"
                    + " title): they are in English; it has them for " + String.join(", ", Terms.LOCALES));
        }
        InfoDecisions.Title title = InfoDecisions.title(m, article.blocks(), terms);
        ImageResolver images = new ImageResolver(folder, warnings, limits);
        BlockRewrite rewrite = new BlockRewrite(language, images, warnings);
        List<Block> blocks = rewrite.top(withoutRepeatedTitle(article.blocks(), title.text()));

        List<PreparedDocument.OutlineEntry> outline = new ArrayList<>();
        outline.add(new PreparedDocument.OutlineEntry(1, title.text()));
        outline.addAll(rewrite.outline());
        Article prepared = new Article(m, blocks);
        DocumentInfo info = new InfoDecisions(identifier, publisher, warnings).info(prepared, title, language, terms);
        return new PreparedDocument(prepared, info, terms, images, rewrite.styles(), outline, rewrite.headings());
    }

    /**
     * The blocks without their opening heading when it repeats the title: every output shows the title once,
     * and the article's headings start one level under it (no outline skips a level).
     */
    static List<Block> withoutRepeatedTitle(List<Block> blocks, String title) {
        for (int i = 0; i < blocks.size(); i++) {
            String text = InfoDecisions.clean(Blocks.plainText(blocks.get(i)));
            if (text == null) {
                continue; // an empty block says nothing: the next one opens the article
            }
            if (blocks.get(i) instanceof Block.Heading && sameText(text, title)) {
                List<Block> rest = new ArrayList<>(blocks);
                rest.remove(i);
                return rest;
            }
            return blocks;
        }
        return blocks;
    }

    /** The same words: spaces and punctuation aside. */
    static boolean sameText(String a, String b) {
        String words = a.replaceAll("[\\s\\p{P}]", "");
        return !words.isEmpty() && words.equals(b.replaceAll("[\\s\\p{P}]", ""));
    }

    /** How a paragraph of this text is set; {@code flow} for the article's own paragraphs (not nested). */
    static ParagraphStyle style(String text, String articleLanguage, boolean flow) {
        String detected = Languages.detect(text);
        boolean chinese = Languages.isChinese(detected);
        String language = chinese == Languages.isChinese(articleLanguage) ? articleLanguage : detected;
        return new ParagraphStyle(language, chinese, chinese && flow, chinese);
    }

    public static final class Builder {
        private Path folder = Path.of(""); // the working directory
        private Warnings warnings = Warnings.collecting(); // collected, not printed
        private ImageLimits limits = ImageLimits.DEFAULT; // 20 MB, 10 MB of data: text, 40 million pixels
        private String identifier; // derived from the content
        private String publisher; // the article's source

        /** The article's folder: images are taken only from inside it. */
        public Builder folder(Path v) {
            folder = Objects.requireNonNull(v);
            return this;
        }

        public Builder warnings(Warnings v) {
            warnings = Objects.requireNonNull(v);
            return this;
        }

        public Builder imageLimits(ImageLimits v) {
            limits = Objects.requireNonNull(v);
            return this;
        }

        /** The user's identifier ({@code --identifier}) for every output; by default one derived from the content. */
        public Builder identifier(String v) {
            identifier = v == null || v.isBlank() ? null : v.strip();
            return this;
        }

        /** The user's publisher ({@code --publisher}) for every output; by default the article's source. */
        public Builder publisher(String v) {
            publisher = v == null || v.isBlank() ? null : v.strip();
            return this;
        }

        public Preparer build() {
            return new Preparer(this);
        }
    }
}
