package org.accesspub.write.epub;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.accesspub.Warnings;
import org.accesspub.fonts.FontChain;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.prepare.DocumentInfo;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.write.RenderContext;

/**
 * Decides what goes in the book: the pages (a title page that opens the article, then one page per
 * top-level section when the article is long), the table of contents, the font subsets, the images
 * and the metadata, including the accessibility claims. Writes no zip: that is {@link EpubZip}'s job.
 */
final class BookAssembler {
    static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";
    private static final String CSS = "book.css";
    /** About 150 KB of Chinese XHTML: under the 300 KB some older reading systems can open. */
    static final int MAX_PAGE_CHARS = 50_000;

    private final LargePrintProfile profile;
    private final FontChain fonts;
    private final String certifier;
    private final Instant modified;
    private final int splitLongerThan;

    BookAssembler(LargePrintProfile profile, FontChain fonts, String certifier, Instant modified, int splitLongerThan) {
        this.profile = profile;
        this.fonts = fonts;
        this.certifier = certifier;
        this.modified = modified;
        this.splitLongerThan = splitLongerThan;
    }

    /**
     * The book, its text marked and its overlays added by {@code marks} (a narrated book; else
     * {@link TextMarks#NONE}); characters no font has are reported to {@code warnings}.
     */
    Book assemble(PreparedDocument document, TextMarks marks, Warnings warnings, RenderContext.StopCheck stop)
            throws java.io.IOException {
        Article article = document.article();
        DocumentInfo m = document.info();
        String language = document.language();
        Labels labels = new Labels(document.terms());
        String title = m.title();
        TextUse use = new TextUse();
        ImageStore images = new ImageStore(document);
        ContentRenderer renderer = new ContentRenderer(document, labels, images, use, marks);

        List<Book.Resource> xhtml = pages(document, renderer, title, stop);
        List<String> spine = xhtml.stream().map(Book.Resource::href).toList();
        fonts.reportUncovered(use.allText(), warnings);
        FontPlan plan = FontPlan.plan(fonts, use, document.fontSubsets());

        TextMarks.Overlays overlays = marks.overlays();
        String css = StyleSheet.css(profile, plan) + (overlays == null ? "" : overlays.css());
        List<Book.Resource> resources = new ArrayList<>(xhtml);
        resources.add(new Book.Resource("css", CSS, "text/css", css.getBytes(StandardCharsets.UTF_8)));
        int n = 0;
        for (FontPlan.Subset s : plan.subsets()) {
            resources.add(new Book.Resource("font-" + (++n), s.href(), "font/ttf", s.data()));
        }
        List<Book.Resource> embedded = images.resources();
        resources.addAll(embedded);
        if (overlays != null) {
            overlays.files().forEach(f -> resources.add(new Book.Resource(f.id(), f.href(), f.mediaType(), f.data(), f.file())));
        }

        List<Book.NavPoint> toc = toc(document.outline(), spine.get(0), renderer.headingAnchors());
        Book.BookMetadata meta = new Book.BookMetadata(m.identifier(), title, language, m.creator(), m.isoDay(),
                m.publisher(), m.sourceApartFromPublisher(), m.description(), w3c(modified),
                accessibility(labels, !embedded.isEmpty(), images.anyAlternativeText(), images.anyFlashing(),
                        certifier, overlays));
        return new Book(meta, resources, spine, toc, spine.get(0), labels, overlays);
    }

    /** The XHTML pages in reading order; the first opens with the title, byline and date/source line. */
    private List<Book.Resource> pages(PreparedDocument document, ContentRenderer renderer, String title,
                                      RenderContext.StopCheck stop) throws java.io.IOException {
        Article article = document.article();
        List<List<Block>> pages = split(article, 2);
        List<Book.Resource> xhtml = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String href = "page-" + (i + 1) + ".xhtml";
            renderer.page(href);
            Xml x = startPage(document.language(), i == 0 ? title : pageTitle(document, pages.get(i), title));
            if (i == 0) {
                titlePage(x, renderer, document);
            }
            renderer.blocks(x, pages.get(i), stop);
            x.end().newline().end().newline();
            xhtml.add(new Book.Resource("page-" + (i + 1), href, "application/xhtml+xml",
                    x.finish().getBytes(StandardCharsets.UTF_8)));
        }
        return xhtml;
    }

    /** {@code dcterms:modified}: the time of conversion (or SOURCE_DATE_EPOCH), in UTC to the second. */
    static String w3c(Instant t) {
        return DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC)
                .format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    private static Book.Accessibility accessibility(Labels labels, boolean images, boolean alternativeText,
                                                    boolean flashing, String certifier, TextMarks.Overlays overlays) {
        List<String> modes = new ArrayList<>(images ? List.of("textual", "visual") : List.of("textual"));
        List<String> features = new ArrayList<>(List.of("structuralNavigation", "tableOfContents", "readingOrder",
                "displayTransformability"));
        if (alternativeText) {
            features.add("alternativeText");
        }
        features.add("largePrint");
        List<String> sufficient = List.of("textual");
        if (overlays != null) {
            modes.addAll(overlays.accessModes());
            features.addAll(overlays.features());
            sufficient = overlays.sufficient();
        }
        // a kept animation that flashes is declared; otherwise the book has no hazard
        List<String> hazards = flashing ? List.of("flashing", "noMotionSimulationHazard", "noSoundHazard")
                : List.of("none");
        return new Book.Accessibility(modes, sufficient, features, hazards,
                labels.accessibilitySummary(images), labels.language(), CONFORMS_TO,
                certifier == null || certifier.isBlank() ? null : certifier.strip());
    }

    /**
     * One page, or for a long article the opening plus one page per top-level section; a page still
     * longer than {@link #MAX_PAGE_CHARS} (a long article without headings) continues on further pages,
     * cut between blocks, because some reading systems cannot open very large XHTML files.
     */
    private List<List<Block>> split(Article article, int topLevel) {
        List<List<Block>> sections = new ArrayList<>();
        sections.add(new ArrayList<>());
        boolean bySection = article.allText().length() > splitLongerThan;
        for (Block b : article.blocks()) {
            if (bySection && b instanceof Block.Heading h && h.level() == topLevel
                    && !sections.get(sections.size() - 1).isEmpty()) {
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).add(b);
        }
        List<List<Block>> pages = new ArrayList<>();
        for (List<Block> section : sections) {
            List<Block> page = new ArrayList<>();
            int chars = 0;
            for (Block b : section) {
                int n = Blocks.plainText(b).length();
                if (!page.isEmpty() && chars + n > MAX_PAGE_CHARS) {
                    pages.add(page);
                    page = new ArrayList<>();
                    chars = 0;
                }
                page.add(b);
                chars += n;
            }
            pages.add(page);
        }
        return pages;
    }

    /** A page's title: the heading that opens it, else the book's. */
    private static String pageTitle(PreparedDocument document, List<Block> blocks, String bookTitle) {
        return !blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h ? document.outlineEntry(h).text() : bookTitle;
    }

    private Xml startPage(String language, String title) {
        Xml x = new Xml();
        x.raw("<!DOCTYPE html>\n");
        x.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("xmlns:epub", "http://www.idpf.org/2007/ops")
                .attr("lang", language).attr("xml:lang", language).newline();
        x.start("head").newline();
        x.start("meta").attr("charset", "UTF-8").end().newline();
        x.element("title", title).newline();
        x.start("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", CSS).end().newline();
        x.end().newline();
        x.start("body").newline();
        return x;
    }

    /** The title, subtitle and metadata line (date, author, source, one to a line) that open the book. */
    private static void titlePage(Xml x, ContentRenderer r, PreparedDocument document) {
        x.start("header").newline();
        r.title(x, "title", document.info().title());
        if (document.info().subtitle() != null) {
            x.start("p").attr("class", "subtitle").attr("id", r.markId(TextMarks.SUBTITLE));
            r.text(x, document.info().subtitle(), false);
            x.end().newline();
        }
        // One part a line: in large print a shared line breaks mid-phrase.
        for (String part : document.metadataLine()) {
            r.labelParagraph(x, "meta", part);
        }
        x.end().newline();
    }

    /** A table-of-contents entry while the tree is being built. */
    private record Node(int level, String label, String href, List<Node> children) {
        Book.NavPoint freeze() {
            return new Book.NavPoint(label, href, children.stream().map(Node::freeze).toList());
        }
    }

    /** The prepared outline, nested by its levels: the title on the first page, each heading where it was written. */
    private static List<Book.NavPoint> toc(List<PreparedDocument.OutlineEntry> outline, String firstPage,
                                           List<String> anchors) {
        if (anchors.size() != outline.size() - 1) {
            throw new IllegalStateException("the book shows " + anchors.size() + " headings of the outline's "
                    + (outline.size() - 1));
        }
        List<Node> flat = new ArrayList<>();
        for (int i = 0; i < outline.size(); i++) {
            PreparedDocument.OutlineEntry e = outline.get(i);
            flat.add(new Node(e.level(), e.text(), i == 0 ? firstPage : anchors.get(i - 1), new ArrayList<>()));
        }
        List<Node> roots = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        for (Node n : flat) {
            while (!stack.isEmpty() && stack.peek().level() >= n.level()) {
                stack.pop();
            }
            (stack.isEmpty() ? roots : stack.peek().children()).add(n);
            stack.push(n);
        }
        return roots.stream().map(Node::freeze).toList();
    }
}
