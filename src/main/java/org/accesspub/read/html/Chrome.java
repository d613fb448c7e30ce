package org.accesspub.read.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what is never the article: code and embedded objects, form controls, hidden elements,
 * and page chrome named as such by the element (nav, aside, footer, page header), by its ARIA role
 * (navigation, banner, contentinfo, complementary, search, dialog …) or by widely used class and id
 * words ({@link Hints}). An element that holds the page's main heading, {@code <main>},
 * {@code <article>} or schema.org's {@code articleBody} is never removed for its class name, so a
 * page wrapper called {@code has-sidebar} survives. A form is only a wrapper when it holds text
 * (ASP.NET pages put the whole page in one): its controls go, its text stays.
 */
final class Chrome {
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist", "tooltip", "directory");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Containers whose class names are trusted to mark chrome; phrasing elements such as a or code are not. */
    private static final String NAMED = "div, section, aside, ul, ol, dl, span, p, table, form, header, footer, figure, "
            + "nav, details, li";
    private static final String MAIN_MARKERS = "h1, main, article, [itemprop=articleBody], [role=main]";

    private Chrome() {
    }

    /** Removes what never is content, whatever the page: the light pass. */
    static void removeNonContent(Element root) {
        root.select(Tags.NEVER_CONTENT).remove();
        root.select("noscript").remove();
        for (Element e : root.select("[hidden], [aria-hidden=true], [style]")) {
            if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
                    || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                e.remove();
            }
        }
        for (Element form : root.select("form")) {
            if (TextStats.of(form).length(form) < 100) {
                form.remove();
            } else {
                form.unwrap();
            }
        }
    }

    /** Removes page chrome by element, role and class name: the full pass. */
    static void removeChrome(Element root) {
        for (Element e : root.select("nav, aside, footer, [role]")) {
            if (e.parent() == null || Admonitions.isAdmonition(e)) {
                continue;
            }
            String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
            boolean byTag = Set.of("nav", "aside", "footer").contains(e.normalName()) && !role.equals("main");
            if (byTag || CHROME_ROLES.contains(role)) {
                if (!holdsMainMarker(e) || e.normalName().equals("nav")) {
                    e.remove();
                }
            }
        }
        for (Element header : root.select("header")) {
            if (header.parent() != null && (header.selectFirst("h1") == null || header.selectFirst("nav") != null)) {
                if (header.selectFirst("main, article, [itemprop=articleBody]") == null) {
                    header.remove();
                }
            }
        }
        Elements named = root.select(NAMED);
        for (Element e : named) {
            if (e.parent() == null || Admonitions.isAdmonition(e) || Admonitions.isAdmonition(e.parent())
                    || holdsMainMarker(e)) {
                continue; // an aside and its title ("sidebar-title") are text
            }
            if (Hints.isChrome(e) || Hints.isFurniture(e) && e.text().length() < 200
                    && e.selectFirst("p, img, picture, figcaption") == null
                    || Hints.isSidebar(e) && !isProse(e)) {
                e.remove();
            }
        }
    }

    /** Mostly running text: paragraphs of some length, few links. */
    private static boolean isProse(Element e) {
        TextStats stats = TextStats.of(e);
        if (stats.linkDensity(e) > 0.25) {
            return false;
        }
        for (Element p : e.select("p, div.para")) {
            if (stats.length(p) >= 120 && stats.linkDensity(p) < 0.3 && p.closest("a") == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsMainMarker(Element e) {
        return e.selectFirst(MAIN_MARKERS) != null;
    }

    /** True for a short paragraph that only labels chrome: "Advertisement", "Read more", "Share this". */
    static boolean isLabel(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s:：.…»›>|-]+$", "");
        return LABELS.contains(t);
    }

    /**
     * True for a short line that points elsewhere under a label: "READ MORE: …", "Related: …",
     * "Tags: …", "相关阅读：…". Only counted when links make up a good part of it.
     */
    static boolean isPointer(String text, double linkDensity) {
        return linkDensity >= 0.3 && text.length() < 200 && POINTER.matcher(text.strip()).lookingAt();
    }

    private static final Pattern POINTER = Pattern.compile("(?iu)(read more|see more|more|related( \\w+)?|see also"
            + "|also read|read also|don'?t miss|watch|listen|recommended|tags?|topics?|categor(y|ies)|filed under"
            + "|more on this( story)?|click here|相关阅读|相关新闻|相关链接|延伸阅读|推荐阅读|标签|关键词)\\s*[:：|]");

    private static final Set<String> LABELS = Set.copyOf(List.of("advertisement", "advertisements", "advertising", "ad",
            "sponsored", "sponsored content", "scroll to continue with content", "continue reading below",
            "story continues below advertisement", "article continues below", "read more", "read more below",
            "related", "related articles", "related stories", "related posts", "related content", "see also",
            "more stories", "share this", "share this article", "share", "share on facebook", "share on twitter",
            "print", "print this page", "email", "tweet", "subscribe", "sign up", "follow us", "comments",
            "leave a comment", "leave a reply", "skip to content", "skip to main content", "back to top",
            "photo", "photos", "caption", "close", "back to gallery", "next", "previous", "prev", "expand", "enlarge",
            "loading", "sponsored links", "don't miss", "dont miss", "you may also like", "more from", "trending", "most popular",
            "广告", "相关阅读", "相关新闻", "相关文章", "分享到", "分享", "打印", "打印本页", "返回顶部", "评论", "上一篇", "下一篇"));
}
