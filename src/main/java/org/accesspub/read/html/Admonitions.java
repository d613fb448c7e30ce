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
        return !name.equals("table") && classes.stream().anyMatch(STRONG_KINDS::contains);
    }

    /** The kind: note, tip, warning … or "note" when the source does not say. */
    static String kind(Element e) {
        Set<String> classes = lower(e.classNames());
        for (String k : KINDS) {
            if (classes.contains(k) || classes.contains("markdown-alert-" + k) || classes.contains("admonition-" + k)) {
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
