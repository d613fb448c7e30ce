package org.accesspub.write.epub;

import java.util.List;

/**
 * The package's own files, written from the {@link Book}: {@code META-INF/container.xml}, the OPF 3
 * package document, the EPUB 3 navigation document (table of contents and landmarks) and the NCX that
 * EPUB 2 reading systems read instead.
 */
final class PackageFiles {
    static final String OPF = "content.opf";
    static final String NAV = "nav.xhtml";
    static final String NCX = "toc.ncx";
    /** Where the package document lives in the container; every href of the book is relative to this folder. */
    static final String ROOT = "OEBPS/";

    private PackageFiles() {
    }

    static String container() {
        return new Xml()
                .start("container").attr("version", "1.0").attr("xmlns", "urn:oasis:names:tc:opendocument:xmlns:container")
                .start("rootfiles")
                .start("rootfile").attr("full-path", ROOT + OPF).attr("media-type", "application/oebps-package+xml").end()
                .end().end().newline().finish();
    }

    static String opf(Book book) {
        Book.BookMetadata m = book.metadata();
        Xml x = new Xml();
        x.start("package").attr("xmlns", "http://www.idpf.org/2007/opf").attr("version", "3.0")
                .attr("unique-identifier", "uid").attr("xml:lang", m.language()).newline();
        x.start("metadata").attr("xmlns:dc", "http://purl.org/dc/elements/1.1/").newline();
        x.start("dc:identifier").attr("id", "uid").text(m.identifier()).end().newline();
        x.element("dc:title", m.title()).newline();
        x.element("dc:language", m.language()).newline();
        optional(x, "dc:creator", m.creator());
        optional(x, "dc:date", m.date());
        optional(x, "dc:publisher", m.publisher());
        optional(x, "dc:source", m.source());
        optional(x, "dc:description", m.description());
        meta(x, "dcterms:modified", m.modified());
        Book.Accessibility a = m.accessibility();
        a.accessModes().forEach(v -> meta(x, "schema:accessMode", v));
        a.accessModesSufficient().forEach(v -> meta(x, "schema:accessModeSufficient", v));
        a.features().forEach(v -> meta(x, "schema:accessibilityFeature", v));
        a.hazards().forEach(v -> meta(x, "schema:accessibilityHazard", v));
        x.start("meta").attr("property", "schema:accessibilitySummary");
        if (book.labels().foreignTo(m.language())) {
            x.attr("xml:lang", a.summaryLanguage());
        }
        x.text(a.summary()).end().newline();
        meta(x, "dcterms:conformsTo", a.conformsTo());
        if (a.certifiedBy() != null) {
            meta(x, "a11y:certifiedBy", a.certifiedBy()); // only a certification someone named with --certifier
        }
        x.end().newline();

        x.start("manifest").newline();
        x.start("item").attr("id", "nav").attr("href", NAV).attr("media-type", "application/xhtml+xml")
                .attr("properties", "nav").end().newline();
        x.start("item").attr("id", "ncx").attr("href", NCX).attr("media-type", "application/x-dtbncx+xml").end().newline();
        for (Book.Resource r : book.resources()) {
            x.start("item").attr("id", r.id()).attr("href", r.href()).attr("media-type", r.mediaType())
                    .end().newline();
        }
        x.end().newline();

        x.start("spine").attr("toc", "ncx").newline();
        for (String href : book.spine()) {
            x.start("itemref").attr("idref", idOf(book, href)).end().newline();
        }
        x.end().newline();
        x.end().newline();
        return x.finish();
    }

    static String nav(Book book) {
        Book.BookMetadata m = book.metadata();
        Labels labels = book.labels();
        Xml x = new Xml();
        x.raw("<!DOCTYPE html>\n");
        x.start("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("xmlns:epub", "http://www.idpf.org/2007/ops")
                .attr("lang", m.language()).attr("xml:lang", m.language()).newline();
        x.start("head").newline();
        x.start("meta").attr("charset", "UTF-8").end().newline();
        x.element("title", m.title()).newline();
        x.end().newline();
        x.start("body").newline();
        x.start("nav").attr("epub:type", "toc").attr("id", "toc").attr("role", "doc-toc").newline();
        labelled(x, "h1", labels.contents(), labels, m.language());
        navList(x, book.toc());
        x.end().newline();
        x.start("nav").attr("epub:type", "landmarks").attr("id", "landmarks").attr("hidden", "hidden").newline();
        labelled(x, "h2", labels.landmarks(), labels, m.language());
        x.start("ol").newline();
        x.start("li").start("a").attr("epub:type", "bodymatter").attr("href", book.bodyStart())
                .text(labels.startOfContent()).end().end().newline();
        x.end().newline();
        x.end().newline();
        x.end().newline();
        x.end().newline();
        return x.finish();
    }

    static String ncx(Book book) {
        Book.BookMetadata m = book.metadata();
        Xml x = new Xml();
        x.start("ncx").attr("xmlns", "http://www.daisy.org/z3986/2005/ncx/").attr("version", "2005-1")
                .attr("xml:lang", m.language()).newline();
        x.start("head").newline();
        x.start("meta").attr("name", "dtb:uid").attr("content", m.identifier()).end().newline();
        x.start("meta").attr("name", "dtb:depth").attr("content", depth(book.toc())).end().newline();
        x.start("meta").attr("name", "dtb:totalPageCount").attr("content", "0").end().newline();
        x.start("meta").attr("name", "dtb:maxPageNumber").attr("content", "0").end().newline();
        x.end().newline();
        x.start("docTitle").element("text", m.title()).end().newline();
        x.start("navMap").newline();
        navPoints(x, book.toc(), new int[] {0});
        x.end().newline();
        x.end().newline();
        return x.finish();
    }

    private static void navList(Xml x, List<Book.NavPoint> points) {
        x.start("ol").newline();
        for (Book.NavPoint p : points) {
            x.start("li").start("a").attr("href", p.href()).text(p.label()).end();
            if (!p.children().isEmpty()) {
                x.newline();
                navList(x, p.children());
            }
            x.end().newline();
        }
        x.end().newline();
    }

    private static void navPoints(Xml x, List<Book.NavPoint> points, int[] order) {
        for (Book.NavPoint p : points) {
            order[0]++;
            x.start("navPoint").attr("id", "np" + order[0]).attr("playOrder", order[0]).newline();
            x.start("navLabel").element("text", p.label()).end().newline();
            x.start("content").attr("src", p.href()).end().newline();
            navPoints(x, p.children(), order);
            x.end().newline();
        }
    }

    private static int depth(List<Book.NavPoint> points) {
        int d = 0;
        for (Book.NavPoint p : points) {
            d = Math.max(d, 1 + depth(p.children()));
        }
        return Math.max(1, d);
    }

    /** A heading in the labels' language, marked when that differs from the book's. */
    private static void labelled(Xml x, String element, String text, Labels labels, String bookLanguage) {
        x.start(element);
        if (labels.foreignTo(bookLanguage)) {
            x.attr("lang", labels.language()).attr("xml:lang", labels.language());
        }
        x.text(text).end().newline();
    }

    private static void optional(Xml x, String element, String value) {
        if (value != null && !value.isBlank()) {
            x.element(element, value.strip()).newline();
        }
    }

    private static void meta(Xml x, String property, String value) {
        x.start("meta").attr("property", property).text(value).end().newline();
    }

    private static String idOf(Book book, String href) {
        return book.resources().stream().filter(r -> r.href().equals(href)).findFirst()
                .orElseThrow(() -> new IllegalStateException("spine item not in the manifest: " + href)).id();
    }
}
