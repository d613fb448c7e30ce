package org.accesspub.read.html;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns source text into a jsoup tree the way a browser would show it.
 * <ul>
 * <li>XHTML (an XML declaration, or the XHTML namespace on the root) is parsed as XML, so that
 * {@code <a id="x"/>} closes itself instead of swallowing what follows. It must be well formed:
 * the JDK's SAX parser checks that with DTDs and external entities switched off (no XXE, nothing
 * fetched); then jsoup's XML parser builds the tree, decoding HTML's named entities and expanding
 * no others. A page that is not well formed is parsed as HTML, like a browser's fallback.</li>
 * <li>A {@code <noscript>} is text to a browser with scripts on: it ends at the first
 * {@code </noscript>}, even one written inside an attribute. Content after such a trick stays in
 * the page; the noscript's own fallback is dropped.</li>
 * <li>Nesting deeper than {@link #MAX_DEPTH} elements is flattened: the deeper elements are
 * unwrapped into the element at the limit, so their text is kept and nothing recurses deeply.</li>
 * </ul>
 */
final class PageParser {
    /** Deeper elements are unwrapped into their ancestor at this depth. */
    static final int MAX_DEPTH = 120;
    private static final Pattern XHTML_ROOT = Pattern.compile(
            "<html\\b[^>]*\\bxmlns\\s*=\\s*[\"']http://www\\.w3\\.org/1999/xhtml[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_ENTITY = Pattern.compile("&(?!(?:amp|lt|gt|quot|apos);)[A-Za-z][A-Za-z0-9]{0,31};");

    private PageParser() {
    }

    static Document parse(String source) {
        Document doc = looksLikeXhtml(source) && isWellFormedXml(source)
                ? Jsoup.parse(source, "", Parser.xmlParser())
                : Jsoup.parse(source);
        flattenDeepNesting(doc);
        openNoscriptTricks(doc);
        return doc;
    }

    static boolean looksLikeXhtml(String source) {
        String head = source.substring(0, Math.min(source.length(), 4096)).stripLeading();
        return head.startsWith("<?xml") || XHTML_ROOT.matcher(head).find();
    }

    /**
     * Well-formedness by the JDK's SAX parser, safe against XXE: no DTD is loaded, no external entity
     * resolved, secure processing limits entity expansion. HTML's named entities (declared by the
     * XHTML DTD that is not read) are accepted.
     */
    static boolean isWellFormedXml(String source) {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            String checked = NAMED_ENTITY.matcher(source).replaceAll("&#160;");
            f.newSAXParser().parse(new InputSource(new StringReader(checked)), new DefaultHandler());
            return true;
        } catch (Exception notXml) { // a parse error of any kind means: read it as HTML
            return false;
        }
    }

    /**
     * Unwraps every element deeper than {@link #MAX_DEPTH}, without recursion and in linear time: each element
     * at the limit gets, in document order, the text (and other leaves) of everything below it, a line break
     * standing for each deeper block that followed something. (Unwrapping one element at a time moved the
     * growing run of children up one level per element: 20,000 nested lists took minutes and 2 GB.)
     */
    private static void flattenDeepNesting(Document doc) {
        List<Element> limits = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth == MAX_DEPTH && node instanceof Element e && e.childrenSize() > 0) {
                limits.add(e);
            }
        }, doc);
        for (Element limit : limits) {
            List<Node> flat = new ArrayList<>();
            NodeTraversor.traverse((node, depth) -> {
                if (node == limit) {
                    return;
                }
                if (node instanceof Element e) {
                    if (Tags.isBlock(e.normalName()) && hasTextBefore(e)) {
                        flat.add(new Element("br"));
                    }
                } else {
                    flat.add(node.clone()); // a leaf: a stand-alone copy, so nothing is removed from a parent one by one
                }
            }, limit);
            limit.empty();
            holder(limit).appendChildren(flat);
        }
    }

    /** Where text goes in an element: a list or table gets an item or a cell, or the text would not be read. */
    private static Element holder(Element e) {
        return switch (e.normalName()) {
            case "ul", "ol", "menu" -> e.appendElement("li");
            case "dl" -> e.appendElement("dd");
            case "tr" -> e.appendElement("td");
            case "table", "thead", "tbody", "tfoot" -> e.appendElement("tr").appendElement("td");
            default -> e;
        };
    }

    private static boolean hasTextBefore(Element e) {
        Node prev = e.previousSibling();
        return prev != null && !(prev instanceof org.jsoup.nodes.TextNode t && t.isBlank());
    }

    /**
     * In a noscript that holds an attribute containing {@code </noscript}, a browser ends the
     * noscript inside that attribute: what follows the tricked element is page content.
     */
    private static void openNoscriptTricks(Document doc) {
        for (Element noscript : doc.select("noscript")) {
            Element trick = null;
            for (Element e : noscript.getAllElements()) {
                if (e != noscript && hasNoscriptEnd(e)) {
                    trick = e;
                    break;
                }
            }
            if (trick == null) {
                continue;
            }
            // What follows the tricked element, at every level up to the noscript, is content.
            List<Node> after = new ArrayList<>();
            for (Node cur = trick; cur != noscript; cur = cur.parent()) {
                List<Node> siblings = cur.parent().childNodes();
                after.addAll(siblings.subList(cur.siblingIndex() + 1, siblings.size()));
            }
            for (int i = after.size() - 1; i >= 0; i--) {
                noscript.after(after.get(i));
            }
        }
    }

    private static boolean hasNoscriptEnd(Element e) {
        for (Attribute a : e.attributes()) {
            if (a.getValue().toLowerCase(Locale.ROOT).contains("</noscript")) {
                return true;
            }
        }
        return false;
    }
}
