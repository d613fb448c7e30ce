package org.accesspub.read.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.accesspub.AccesspubException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The XML of a document package, parsed with the JDK's DOM parser hardened: a DOCTYPE is refused outright, so
 * no entity (XXE, billion laughs) and no external DTD is ever processed, and nothing is fetched. Plus the
 * few element helpers both office readers use; elements are matched by local name.
 */
public final class SafeXml {
    private static final DocumentBuilderFactory FACTORY = factory();

    private SafeXml() {
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance(); // the JDK's, whatever else is on the class path
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses one part; a DOCTYPE or broken XML is a one-line error naming the part. */
    public static Document parse(byte[] bytes, String part, String name) {
        try {
            DocumentBuilder b = FACTORY.newDocumentBuilder();
            b.setErrorHandler(null);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return b.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("DOCTYPE")) {
                throw AccesspubException.badInput("cannot read " + name + ": its part " + part
                        + " declares a DTD, which is never processed (a crafted file?)");
            }
            throw AccesspubException.badInput("cannot read " + name + ": its part " + part + " is not well-formed XML ("
                    + why.lines().findFirst().orElse("") + ")");
        } catch (IOException | ParserConfigurationException e) {
            throw AccesspubException.badInput("cannot read " + name + ": " + e.getMessage());
        }
    }

    /** The element children of {@code parent}, in order. */
    public static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element of that local name, or null. */
    public static Element child(Node parent, String local) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The first child by a path of local names, or null. */
    public static Element path(Node parent, String... locals) {
        Node at = parent;
        for (String l : locals) {
            at = at == null ? null : child(at, l);
        }
        return (Element) at;
    }

    /** An attribute by local name, whatever its namespace; null when absent. */
    public static String attr(Element e, String local) {
        if (e == null) {
            return null;
        }
        var attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String l = a.getLocalName() != null ? a.getLocalName() : a.getNodeName();
            if (local.equals(l)) {
                return a.getNodeValue();
            }
        }
        return null;
    }

    /** The {@code val} attribute of the named child, or null. */
    public static String val(Element parent, String local) {
        return attr(child(parent, local), "val");
    }

    /** Every descendant element of that local name, in document order. */
    public static List<Element> descendants(Element root, String local) {
        List<Element> out = new ArrayList<>();
        var list = root.getElementsByTagNameNS("*", local);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
