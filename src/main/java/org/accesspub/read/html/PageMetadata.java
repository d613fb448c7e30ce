package org.accesspub.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accesspub.model.Metadata;
import org.accesspub.read.NewsPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the page says about itself: title from {@code og:title}, else the first {@code h1}, else
 * {@code <title>}; author, date, site name and description from the usual meta tags (Open Graph,
 * {@code article:*}, Dublin Core), schema.org JSON-LD and {@code time[datetime]}; the declared
 * language from {@code html@lang}, {@code xml:lang} or {@code Content-Language}.
 */
final class PageMetadata {
    private static final Pattern JSON_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");

    private PageMetadata() {
    }

    static Metadata of(Document doc) {
        Element h1 = doc.selectFirst("h1");
        String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"),
                h1 == null ? null : withoutPermalink(h1), doc.title(), titleElement(doc));
        String author = firstNonBlank(meta(doc, "author"), notUrl(meta(doc, "article:author")), meta(doc, "dc.creator"),
                byline(doc));
        String date = NewsPage.parseDate(firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"),
                meta(doc, "dc.date"), meta(doc, "dcterms.date"), meta(doc, "pubdate"), jsonDate(doc),
                attr(doc, "time[datetime]", "datetime")));
        String source = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "publisher"), meta(doc, "application-name"));
        String description = firstNonBlank(meta(doc, "description"), meta(doc, "og:description"));
        return new Metadata(title, null, author, date, source, declaredLanguage(doc), description);
    }

    /**
     * Every way the page names its article: og:title, twitter:title, the first h1, and
     * {@code <title>} whole and cut at its separators ("Headline | Site", "Headline - Site").
     */
    static List<String> titles(Document doc) {
        List<String> titles = new ArrayList<>();
        for (String t : new String[] {meta(doc, "og:title"), meta(doc, "twitter:title"), meta(doc, "dc.title"),
                doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(), titleElement(doc)}) {
            if (t != null && !t.isBlank()) {
                titles.add(t.strip());
                for (String part : t.split("\\s+[|\\-–—:·•»]\\s+|[｜_]")) {
                    if (part.strip().length() >= 8) {
                        titles.add(part.strip());
                    }
                }
            }
        }
        return titles;
    }

    /** html@lang, xml:lang or the Content-Language header in a meta tag; null when none is given. */
    static String declaredLanguage(Document doc) {
        Element root = doc.selectFirst("html");
        String lang = null;
        if (root != null) {
            lang = firstNonBlank(root.attr("lang"), root.attr("xml:lang"));
        }
        if (lang == null) {
            Element m = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
            lang = m == null ? null : firstNonBlank(m.attr("content").split(",")[0]);
        }
        if (lang == null) {
            Element body = doc.selectFirst("body[lang], body[xml:lang]");
            lang = body == null ? null : firstNonBlank(body.attr("lang"), body.attr("xml:lang"));
        }
        return lang == null || !lang.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") ? null : lang.replace('_', '-');
    }

    private static String titleElement(Document doc) {
        Element t = doc.selectFirst("title");
        return t == null ? null : t.text();
    }

    /** A heading's text without the permalink mark documentation generators put in it (Sphinx's ¶). */
    private static String withoutPermalink(Element heading) {
        Element copy = heading.clone();
        copy.select("a.headerlink, a[title^=Permalink], a[aria-label^=Permalink]").remove();
        return copy.text().replaceFirst("\\s*¶$", "").strip();
    }

    private static String byline(Document doc) {
        Element e = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author");
        if (e == null) {
            return null;
        }
        String t = Byline.name(e.text().replaceFirst("^(?i)(By|作者[:：])\\s*", "").strip());
        return t.length() > 80 ? null : t;
    }

    private static String jsonDate(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_DATE.matcher(s.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String notUrl(String s) {
        return s == null || s.toLowerCase(Locale.ROOT).startsWith("http") ? null : s;
    }

    static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            if (m.attr("property").equalsIgnoreCase(name) || m.attr("name").equalsIgnoreCase(name)) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static String attr(Element root, String css, String attr) {
        Element e = root.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
