package org.accesspub.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it, by widely used naming conventions
 * only (never a particular site's names). The names are split into words at punctuation and
 * camel-case humps, so {@code article-body}, {@code articleBody} and {@code article_body} all give
 * the words {@code article} and {@code body}, and {@code canvas} never reads as {@code nav}.
 */
final class Hints {
    /** Words that mark page chrome: navigation, comments, sharing, promotion, consent. */
    private static final Set<String> CHROME = Set.of(
            "nav", "navbar", "navigation", "navheader", "navfooter", "sphinxsidebar", "headerlink", "toc", "menu", "menubar", "breadcrumb", "breadcrumbs", "crumbs", "skip", "skiplink",
            "footer", "masthead", "sidebars", "widget", "widgets", "toolbar",
            "comment", "comments", "commentlist", "disqus", "respond", "replies", "reply",
            "related", "recommended", "recommendations", "popular", "trending", "outbrain", "taboola", "promo", "promos",
            "share", "sharing", "sharebar", "social", "sociable", "print", "email", "subscribe", "subscription",
            "newsletter", "signup", "login", "cookie", "cookies", "consent", "gdpr", "banner", "popup", "modal",
            "pagination", "pager", "paging", "prevnext", "advert", "advertisement", "adverts", "ad", "ads", "adsense",
            "sponsor", "sponsored", "tags", "tagcloud", "taglist", "byline", "rating", "lightbox");
    /** Pairs of neighbouring words that mark chrome where each word alone does not. */
    private static final Set<String> CHROME_PAIRS = Set.of("more stories", "read next", "see also", "you may",
            "most read", "post meta", "entry meta", "article meta", "post navigation", "author bio", "about author",
            "site header", "page header", "site footer", "page footer", "top bar");
    /** Words that mark the article's own furniture: byline, date line, photo caption and credit. Short ones are chrome. */
    private static final Set<String> FURNITURE = Set.of("author", "authors", "byline", "dateline", "timestamp", "date",
            "published", "posted", "caption", "captions", "credit", "credits", "kicker", "eyebrow");
    /** Words that mark the text itself. */
    private static final Set<String> CONTENT = Set.of("article", "articlebody", "body", "content", "entry", "hentry",
            "main", "post", "story", "text", "blog", "prose", "markdown", "document", "chapter", "section", "sect1",
            "sect2", "sect3", "topic", "rst", "md");

    private Hints() {
    }

    /** The words of an element's class and id, lower case. */
    static List<String> words(Element e) {
        List<String> words = new ArrayList<>();
        split(e.className(), words);
        split(e.id(), words);
        return words;
    }

    private static void split(String s, List<String> out) {
        if (s.isEmpty()) {
            return;
        }
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(s.charAt(i - 1));
            if (!Character.isLetterOrDigit(c) || hump) {
                flush(w, out);
            }
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            }
        }
        flush(w, out);
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
            w.setLength(0);
        }
    }

    /**
     * True when a class or id name of the element names chrome ({@code comments-area},
     * {@code share-bar}) and no other of its names is purely the text ({@code entry-content}).
     */
    static boolean isChrome(Element e) {
        boolean chrome = false;
        boolean content = false;
        for (String name : names(e)) {
            List<String> words = new ArrayList<>();
            split(name, words);
            boolean c = hasChromeWord(words);
            chrome |= c;
            content |= !c && words.stream().anyMatch(CONTENT::contains);
        }
        return chrome && !content;
    }

    /**
     * True when a class or id name says "sidebar": page chrome on a news page, a boxed passage of
     * the text in DocBook. Only a sidebar without prose is chrome.
     */
    static boolean isSidebar(Element e) {
        for (String name : names(e)) {
            List<String> words = new ArrayList<>();
            split(name, words);
            if (words.contains("sidebar")) {
                return true;
            }
        }
        return false;
    }

    /** True when a class or id name marks the article's furniture: a byline, a date line, a photo credit. */
    static boolean isFurniture(Element e) {
        for (String name : names(e)) {
            List<String> words = new ArrayList<>();
            split(name, words);
            if (words.stream().anyMatch(FURNITURE::contains)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(Element e) {
        List<String> names = new ArrayList<>(e.classNames());
        if (!e.id().isEmpty()) {
            names.add(e.id());
        }
        return names;
    }

    private static boolean hasChromeWord(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (CHROME.contains(words.get(i))) {
                return true;
            }
            if (i + 1 < words.size() && CHROME_PAIRS.contains(words.get(i) + " " + words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when the class or id names the element as the text (an article body, an entry's content). */
    static boolean isContent(Element e) {
        for (String w : words(e)) {
            if (CONTENT.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Readability's class weight: +25 for a content name, −25 for a chrome name (both may apply). */
    static int weight(Element e) {
        int w = 0;
        if (isContent(e)) {
            w += 25;
        }
        if (isChrome(e)) {
            w -= 25;
        }
        return w;
    }
}
