package org.accesspub.read.docx;

import static org.accesspub.read.office.SafeXml.attr;
import static org.accesspub.read.office.SafeXml.child;
import static org.accesspub.read.office.SafeXml.children;
import static org.accesspub.read.office.SafeXml.val;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the styles of a DOCX say about structure: heading levels (by outline level or by name, in English,
 * German, French, Spanish, Italian, Dutch, Russian, Chinese, Japanese and Korean), title, subtitle, code,
 * quote, caption and table-of-contents paragraphs, numbering carried by a style, monospace and bold/italic
 * character styles, tables whose style formats a header row. Looks (size, colour) are never used to guess
 * a heading.
 */
final class DocxStyles {
    enum Kind { NORMAL, TITLE, SUBTITLE, AUTHOR, CODE, QUOTE, CAPTION, CONTENTS }

    private static final Pattern HEADING = Pattern.compile(
            "(?:heading|überschrift|uberschrift|titre|título|titulo|titolo|kop|nagłówek|заголовок|标题|標題|見出し|제목"
                    + "|rubrik|otsikko|overskrift|rubrica)\\s*(\\d)");
    private static final Set<String> TITLE = Set.of("title", "titel", "titre", "título", "titulo", "titolo", "标题", "標題",
            "表題", "заголовок", "название");
    private static final Set<String> SUBTITLE = Set.of("subtitle", "untertitel", "sous-titre", "subtítulo", "sottotitolo",
            "副标题", "副標題");
    private static final Pattern CODE = Pattern.compile("source ?code|html preformatted|preformatted( text)?|code( block)?"
            + "|verbatim|plain text|macro text|listing|源代码|代码|程式碼|html 预设格式|html 預設格式|quelltext");
    private static final Pattern QUOTE = Pattern.compile("(intense )?quote|block ?text|quotations?|zitat|citation|cita"
            + "|引用|明显引用|鲜明引用|引文|引言");
    private static final Pattern CAPTION = Pattern.compile("caption|(image|table|figure) caption|beschriftung|légende"
            + "|题注|題注|图注|表注|illustration|drawing");
    private static final Pattern CONTENTS = Pattern.compile("(toc|contents|inhaltsverzeichnis|目录|目錄)\\s*(\\d|heading)?"
            + "|toc heading|contents heading|index heading");
    private static final Pattern MONO_CHAR = Pattern.compile("verbatim char|html code|html typewriter|html keyboard"
            + "|source text|code( char)?|inline code");
    static final Pattern MONO_FONT = Pattern.compile("(?i).*(courier|consolas|mono|menlo|monaco|lucida console"
            + "|source code|fixedsys|andale|inconsolata|fira code|cascadia|ocr-?a|typewriter).*");

    private record Style(String name, String basedOn, Element pPr, Element rPr, boolean tableHeader) {
    }

    private final Map<String, Style> styles = new HashMap<>();
    /** Answers already worked out, by query and style: a long document asks the same few styles thousands of times. */
    private final Map<String, Object> answers = new HashMap<>();
    private String defaultParagraph;
    private String defaultLang;
    private String defaultEastAsiaLang;

    DocxStyles(Document doc) {
        if (doc == null) {
            return;
        }
        Element root = doc.getDocumentElement();
        Element defaults = child(root, "docDefaults");
        Element lang = defaults == null ? null : org.accesspub.read.office.SafeXml.path(defaults, "rPrDefault", "rPr", "lang");
        defaultLang = attr(lang, "val");
        defaultEastAsiaLang = attr(lang, "eastAsia");
        for (Element s : children(root)) {
            if (!"style".equals(s.getLocalName())) {
                continue;
            }
            String id = attr(s, "styleId");
            if (id == null) {
                continue;
            }
            String name = val(s, "name");
            boolean header = false;
            for (Element c : children(s)) {
                header |= "tblStylePr".equals(c.getLocalName()) && "firstRow".equals(attr(c, "type"));
            }
            styles.putIfAbsent(id, new Style(norm(name == null ? id : name), val(s, "basedOn"), child(s, "pPr"), child(s, "rPr"),
                    header));
            if ("paragraph".equals(attr(s, "type")) && attr(s, "default") != null && isOn(attr(s, "default"))) {
                defaultParagraph = id;
            }
        }
    }

    String defaultParagraph() {
        return defaultParagraph;
    }

    String defaultLang() {
        return defaultLang;
    }

    String defaultEastAsiaLang() {
        return defaultEastAsiaLang;
    }

    private static String norm(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The style and those it is based on, nearest first (at most 20: a cycle ends there). */
    private java.util.List<Style> chain(String id) {
        java.util.List<Style> out = new java.util.ArrayList<>();
        for (String at = id; at != null && out.size() < 20; ) {
            Style s = styles.get(at);
            if (s == null) {
                break;
            }
            out.add(s);
            at = s.basedOn();
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String query, String id, java.util.function.Function<String, T> f) {
        String key = query + '\u0000' + id;
        Object v = answers.get(key);
        if (v == null && !answers.containsKey(key)) {
            v = f.apply(id);
            answers.put(key, v);
        }
        return (T) v;
    }

    /** The heading level (1-9) a paragraph style gives, by name or outline level, or 0. */
    int headingLevel(String id) {
        return cached("h", id, this::findHeadingLevel);
    }

    private int findHeadingLevel(String id) {
        for (Style s : chain(id)) {
            Matcher m = HEADING.matcher(s.name());
            if (m.matches()) {
                return Math.max(1, Integer.parseInt(m.group(1)));
            }
            String outline = val(s.pPr(), "outlineLvl");
            if (outline != null && outline.matches("\\d")) {
                int level = Integer.parseInt(outline);
                return level >= 9 ? 0 : level + 1;
            }
        }
        return 0;
    }

    /** What the paragraph style (or one it is based on) marks the paragraph as. */
    Kind kind(String id) {
        return cached("k", id, this::findKind);
    }

    private Kind findKind(String id) {
        for (Style s : chain(id)) {
            String n = s.name();
            if (TITLE.contains(n)) {
                return Kind.TITLE;
            }
            if (SUBTITLE.contains(n)) {
                return Kind.SUBTITLE;
            }
            if (n.equals("author")) {
                return Kind.AUTHOR; // pandoc's title block
            }
            if (CODE.matcher(n).matches()) {
                return Kind.CODE;
            }
            if (QUOTE.matcher(n).matches()) {
                return Kind.QUOTE;
            }
            if (CAPTION.matcher(n).matches()) {
                return Kind.CAPTION;
            }
            if (CONTENTS.matcher(n).matches()) {
                return Kind.CONTENTS;
            }
            if (HEADING.matcher(n).matches()) {
                return Kind.NORMAL;
            }
        }
        return Kind.NORMAL;
    }

    /** The numbering ({@code numPr}) a paragraph style carries, or null. */
    Element numPr(String id) {
        return cached("n", id, this::findNumPr);
    }

    private Element findNumPr(String id) {
        for (Style s : chain(id)) {
            Element numPr = child(s.pPr(), "numPr");
            if (numPr != null) {
                return numPr;
            }
        }
        return null;
    }

    /** Whether a character (or paragraph) style sets its text in a monospace face or is named as code. */
    boolean monospace(String id) {
        return id != null && cached("m", id, this::findMonospace);
    }

    private boolean findMonospace(String id) {
        for (Style s : chain(id)) {
            if (MONO_CHAR.matcher(s.name()).matches() || monoFont(s.rPr())) {
                return true;
            }
        }
        return false;
    }

    /** A character style's bold or italic: {@code b} or {@code i}, by name (Strong, Emphasis) or by its run properties. */
    boolean sets(String id, String property) {
        return id != null && cached(property, id, i -> findSets(i, property));
    }

    private boolean findSets(String id, String property) {
        for (Style s : chain(id)) {
            String n = s.name();
            if (property.equals("b") && (n.equals("strong") || n.equals("strong emphasis"))
                    || property.equals("i") && (n.equals("emphasis") || n.equals("intense emphasis"))) {
                return true;
            }
            Element p = child(s.rPr(), property);
            if (p != null) {
                return isOn(attr(p, "val"));
            }
        }
        return false;
    }

    /** Whether a table style formats its first row as a header. */
    boolean tableHeader(String id) {
        for (Style s : chain(id)) {
            if (s.tableHeader()) {
                return true;
            }
        }
        return false;
    }

    static boolean monoFont(Element rPr) {
        Element fonts = child(rPr, "rFonts");
        String ascii = attr(fonts, "ascii");
        if (ascii == null) {
            ascii = attr(fonts, "hAnsi");
        }
        return ascii != null && MONO_FONT.matcher(ascii).matches();
    }

    /** An on/off property: absent value, {@code true}, {@code 1} and {@code on} are on. */
    static boolean isOn(String v) {
        return v == null || v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on");
    }
}
