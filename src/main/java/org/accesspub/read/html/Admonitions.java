package org.accesspub.read.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Notes, tips and warnings as documentation tools write them: DocBook and Publican
 * ({@code div.note}, {@code div.warning} …), Sphinx and MkDocs ({@code div.admonition.note}),
 * MkDocs Material ({@code details.note}), GitHub ({@code div.markdown-alert-note}) and ARIA
 * ({@code role=note}).
 */
final class Admonitions {
    static final List<String> KINDS = List.of("note", "tip", "hint", "important", "warning", "caution", "danger",
            "attention", "error", "seealso", "todo", "info", "success", "question", "example", "abstract", "bug");
    private static final Set<String> STRONG_KINDS = Set.of("note", "tip", "hint", "important", "warning", "caution",
            "danger", "attention", "seealso");
    private static final String TITLE = ".admonition-title, .admonition_header, .markdown-alert-title, summary, "
            + "> .titlepage .title, > .sidebar-title, > .topic-title, > .callout-title, "
            + "> .title, > h1.title, > h2.title, > h3.title, > h4.title, > h5.title, > h6.title, > div.title, "
            + "> table th";

    private Admonitions() {
    }

    static boolean isAdmonition(Element e) {
        String name = e.normalName();
        if (!Set.of("div", "aside", "section", "details", "blockquote", "table").contains(name)) {
            return false;
        }
        if (e.attr("role").equalsIgnoreCase("note") && !name.equals("table")) {
            return true;
        }
        Set<String> classes = lower(e.classNames());
        if (classes.contains("admonition") || classes.stream().anyMatch(c -> c.startsWith("markdown-alert-"))) {
            return true;
        }
        if (!name.equals("table") && (classes.contains("callout") || classes.stream().anyMatch(c -> c.startsWith("callout-")))) {
            return true;
        }
        if (!name.equals("table") && (classes.contains("sidebar") || classes.contains("topic"))
                && e.selectFirst(SIDEBAR_TITLE) != null) {
            return true; // a boxed passage with its own title; a page's sidebar of links has none
        }
        return !name.equals("table") && classes.stream().anyMatch(STRONG_KINDS::contains);
    }

    private static final Set<String> KIND_WORDS = Set.of("note", "tip", "hint", "important", "warning", "caution",
            "danger", "注意", "提示", "重要", "警告", "小心", "危险", "注", "注释");

    /** The title a DocBook, Publican or Sphinx sidebar or topic carries. */
    private static final String SIDEBAR_TITLE = "> .titlepage .title, > p.title, > div.title, > .sidebar-title, "
            + "> .topic-title";

    /**
     * The kind of a sidebar from its label (Publican's "TIP", "CAUTION", "SECURITY", "提示" …), else
     * the element's classes as {@link #kind}.
     */
    static String kind(Element e, String label) {
        String k = kind(e);
        if (!k.equals("note") || label == null) {
            return k;
        }
        String l = label.toLowerCase(Locale.ROOT);
        if (l.startsWith("tip") || l.startsWith("提示") || l.startsWith("技巧")) {
            return "tip";
        }
        if (l.startsWith("caution") || l.startsWith("beware") || l.startsWith("security") || l.startsWith("小心")
                || l.startsWith("安全") || l.startsWith("警惕")) {
            return "caution";
        }
        if (l.startsWith("warning") || l.startsWith("警告")) {
            return "warning";
        }
        if (l.startsWith("important") || l.startsWith("重要")) {
            return "important";
        }
        return k;
    }

    /**
     * A title's text with the lead label Publican sets in emphasis joined to the rest by a colon:
     * "BACK TO BASICS: Upgrading from Buster", "基本知识：预备知识见附录" (its own text runs them together).
     */
    static String titleText(Element title) {
        Element em = title.selectFirst("em, .emphasis");
        String all = title.text().strip();
        if (em == null) {
            return all;
        }
        String lead = em.text().strip();
        if (lead.isEmpty() || !all.startsWith(lead) || all.length() == lead.length()) {
            return all;
        }
        String rest = all.substring(lead.length()).strip();
        if (KIND_WORDS.contains(lead.toLowerCase(Locale.ROOT).replaceFirst("[:：]$", ""))) {
            return rest; // "NOTE Storage in the domU": the kind's word is shown by every writer already
        }
        boolean han = lead.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return lead + (han ? "：" : ": ") + rest;
    }

    /** The kind: note, tip, warning … or "note" when the source does not say. */
    static String kind(Element e) {
        Set<String> classes = lower(e.classNames());
        for (String k : KINDS) {
            if (classes.contains(k) || classes.contains("markdown-alert-" + k) || classes.contains("admonition-" + k)
                    || classes.contains("callout-" + k)) {
                return k;
            }
        }
        return "note";
    }

    /** The element holding the label the source shows ("Note", "警告"), or null. */
    static Element titleElement(Element e) {
        Element t = e.selectFirst(TITLE);
        if (t == null || t.text().isBlank() || t.text().length() > 80) {
            return null;
        }
        return t;
    }

    private static Set<String> lower(Set<String> classes) {
        Set<String> out = new java.util.HashSet<>();
        classes.forEach(c -> out.add(c.toLowerCase(Locale.ROOT)));
        return out;
    }
}
