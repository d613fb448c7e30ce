package org.accesspub.read.odt;

import static org.accesspub.read.office.SafeXml.attr;
import static org.accesspub.read.office.SafeXml.child;
import static org.accesspub.read.office.SafeXml.children;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The styles of an OpenDocument text (named ones from {@code styles.xml}, automatic ones from
 * {@code content.xml}): what a paragraph style marks (title, code, quote, caption, contents, heading level),
 * which text styles are bold, italic or monospace, and which list styles number their items.
 */
final class OdtStyles {
    enum Kind { NORMAL, TITLE, SUBTITLE, AUTHOR, CODE, QUOTE, CAPTION, CONTENTS }

    private static final Pattern CODE = Pattern.compile("preformatted text|source code|source text|code|verbatim"
            + "|html preformatted|listing|源代码|代码");
    private static final Pattern QUOTE = Pattern.compile("quotations?|quote|block text|intense quote|zitat|引用|引文");
    private static final Pattern CAPTION = Pattern.compile("caption|illustration|figure|drawing|table|text|image caption"
            + "|table caption|题注|beschriftung|abbildung|tabelle");
    private static final Pattern CONTENTS = Pattern.compile("(contents|toc|index|目录)( heading| \\d+)?|table of contents");
    private static final Pattern MONO = Pattern.compile("(?i).*(courier|consolas|mono|menlo|monaco|lucida console|source code"
            + "|inconsolata|fira code|cascadia|typewriter).*");

    private record Style(String name, String display, String parent, String family, Element textProps, String listStyle,
                         String outline) {
    }

    private final Map<String, Style> styles = new HashMap<>();
    private final Map<String, Element> listStyles = new HashMap<>();
    private final Map<String, String> fontFamilies = new HashMap<>();
    private String lang;
    private String asianLang;

    OdtStyles(Document stylesXml, Document contentXml) {
        for (Document d : new Document[] {stylesXml, contentXml}) {
            if (d == null) {
                continue;
            }
            for (Element section : children(d.getDocumentElement())) {
                String l = section.getLocalName();
                if (l.equals("font-face-decls")) {
                    for (Element f : children(section)) {
                        fontFamilies.put(attr(f, "name"), String.valueOf(attr(f, "font-family")));
                    }
                } else if (l.equals("styles") || l.equals("automatic-styles")) {
                    for (Element s : children(section)) {
                        read(s);
                    }
                }
            }
        }
    }

    private void read(Element s) {
        switch (s.getLocalName()) {
            case "style" -> {
                String name = attr(s, "name");
                if (name != null) {
                    styles.put(name, new Style(name, attr(s, "display-name"), attr(s, "parent-style-name"),
                            attr(s, "family"), child(s, "text-properties"), attr(s, "list-style-name"),
                            attr(s, "default-outline-level")));
                }
            }
            case "list-style" -> listStyles.put(attr(s, "name"), s);
            case "default-style" -> {
                Element tp = child(s, "text-properties");
                if ("paragraph".equals(attr(s, "family")) && tp != null) {
                    lang = tag(attr(tp, "language"), attr(tp, "country"));
                    asianLang = tag(attr(tp, "language-asian"), attr(tp, "country-asian"));
                }
            }
            default -> {
            }
        }
    }

    private static String tag(String language, String country) {
        if (language == null || language.equals("none") || !language.matches("[A-Za-z]{2,3}")) {
            return null;
        }
        return country == null || country.equals("none") || !country.matches("[A-Za-z]{2}|\\d{3}") ? language
                : language + "-" + country;
    }

    /** The style and those it is based on, nearest first (at most 20: a cycle ends there). */
    private java.util.List<Style> chain(String name) {
        java.util.List<Style> out = new java.util.ArrayList<>();
        for (String at = name; at != null && out.size() < 20; ) {
            Style s = styles.get(at);
            if (s == null) {
                break;
            }
            out.add(s);
            at = s.parent();
        }
        return out;
    }

    String lang() {
        return lang;
    }

    String asianLang() {
        return asianLang;
    }

    private static String norm(Style s) {
        String n = s.display() != null ? s.display() : s.name().replace("_20_", " ").replace("_", " ");
        return n.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private final Map<String, Kind> kinds = new HashMap<>();
    private final Map<String, Boolean> monospaced = new HashMap<>();

    Kind kind(String name) {
        return name == null ? Kind.NORMAL : kinds.computeIfAbsent(name, this::findKind);
    }

    private Kind findKind(String name) {
        for (Style s : chain(name)) {
            String n = norm(s);
            if (n.equals("title")) {
                return Kind.TITLE;
            }
            if (n.equals("subtitle")) {
                return Kind.SUBTITLE;
            }
            if (n.equals("author")) {
                return Kind.AUTHOR; // pandoc's title block, kept by LibreOffice
            }
            if (CODE.matcher(n).matches()) {
                return Kind.CODE;
            }
            if (QUOTE.matcher(n).matches()) {
                return Kind.QUOTE;
            }
            if (CAPTION.matcher(n).matches() && !n.equals("text")) {
                return Kind.CAPTION;
            }
            if (CONTENTS.matcher(n).matches()) {
                return Kind.CONTENTS;
            }
            if (s.outline() != null || n.startsWith("heading")) {
                return Kind.NORMAL;
            }
        }
        return Kind.NORMAL;
    }

    /** The outline level a paragraph style gives (Heading 2 → 2), or 0. */
    int outlineLevel(String name) {
        for (Style s : chain(name)) {
            if (s.outline() != null && s.outline().matches("\\d{1,2}")) {
                return Integer.parseInt(s.outline());
            }
        }
        return 0;
    }

    /** The list style a paragraph style carries, or null. */
    String listStyle(String name) {
        for (Style s : chain(name)) {
            if (s.listStyle() != null && !s.listStyle().isEmpty()) {
                return s.listStyle();
            }
        }
        return null;
    }

    /** A text property of a style or the styles it is based on: {@code font-weight}, {@code font-style}. */
    private String property(String name, String property) {
        for (Style s : chain(name)) {
            String v = attr(s.textProps(), property);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    boolean bold(String name) {
        String w = property(name, "font-weight");
        return w != null && (w.equals("bold") || w.matches("[6-9]00"));
    }

    boolean italic(String name) {
        String s = property(name, "font-style");
        return s != null && (s.equals("italic") || s.equals("oblique"));
    }

    boolean monospace(String name) {
        return name != null && monospaced.computeIfAbsent(name, this::findMonospace);
    }

    private boolean findMonospace(String name) {
        Style s = styles.get(name);
        if (s != null && norm(s).matches("source text|teletype|example|code|verbatim char|html code|inline code")) {
            return true;
        }
        String font = property(name, "font-name");
        String family = font == null ? property(name, "font-family") : fontFamilies.getOrDefault(font, font);
        return family != null && MONO.matcher(family).matches();
    }

    /** Whether the list style numbers items at this level (1-based), and its start value. */
    int[] numbering(String listStyle, int level) {
        Element ls = listStyles.get(listStyle);
        if (ls == null) {
            return new int[] {0, 1};
        }
        for (Element l : children(ls)) {
            if (String.valueOf(level).equals(attr(l, "level"))) {
                boolean number = l.getLocalName().equals("list-level-style-number")
                        && attr(l, "num-format") != null && !attr(l, "num-format").isEmpty();
                String start = attr(l, "start-value");
                return new int[] {number ? 1 : 0, start != null && start.matches("\\d{1,6}") ? Integer.parseInt(start) : 1};
            }
        }
        return new int[] {0, 1};
    }
}
