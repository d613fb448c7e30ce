package org.accesspub.write.epub;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny streaming XML writer: every text and attribute value goes through one escaping routine,
 * and elements close in order, so the XHTML, OPF, NCX and nav files are well-formed by construction.
 * Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped.
 */
public final class Xml {
    private final StringBuilder sb = new StringBuilder();
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;

    public Xml() {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Raw markup that is known to be well-formed, such as a doctype. */
    public Xml raw(String markup) {
        closeStartTag();
        sb.append(markup);
        return this;
    }

    /** Opens an element; attributes follow with {@link #attr}. */
    public Xml start(String name) {
        closeStartTag();
        sb.append('<').append(name);
        open.push(name);
        inStartTag = true;
        return this;
    }

    /** Adds an attribute to the element just opened; a null value adds nothing. */
    public Xml attr(String name, Object value) {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        if (value != null) {
            sb.append(' ').append(name).append("=\"");
            escape(String.valueOf(value), true);
            sb.append('"');
        }
        return this;
    }

    /** Says the element just opened is in {@code tag}: {@code lang} and {@code xml:lang}; a null tag adds nothing. */
    public Xml lang(String tag) {
        return attr("lang", tag).attr("xml:lang", tag);
    }

    public Xml text(String text) {
        closeStartTag();
        escape(text, false);
        return this;
    }

    /** Closes the innermost open element, as {@code <x/>} when it is empty. */
    public Xml end() {
        String name = open.pop();
        if (inStartTag) {
            sb.append("/>");
            inStartTag = false;
        } else {
            sb.append("</").append(name).append('>');
        }
        return this;
    }

    /** An element holding only text. */
    public Xml element(String name, String text) {
        return start(name).text(text).end();
    }

    public Xml newline() {
        closeStartTag();
        sb.append('\n');
        return this;
    }

    /** The document; every element must be closed. */
    public String finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return sb.toString();
    }

    private void closeStartTag() {
        if (inStartTag) {
            sb.append('>');
            inStartTag = false;
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n', '\t', '\r' -> sb.append(attribute ? "&#" + cp + ";" : String.valueOf((char) cp));
                default -> {
                    if (isXmlChar(cp)) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
    }

    static boolean isXmlChar(int cp) {
        return (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
