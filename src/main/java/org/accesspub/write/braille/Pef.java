package org.accesspub.write.braille;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes PEF 2008-1, the DAISY Portable Embosser Format: one volume, one section, a page element per
 * page and a row per line of Unicode braille, with Dublin Core metadata in the head.
 */
final class Pef {
    static final String NS = "http://www.daisy.org/ns/2008/pef";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private Pef() {
    }

    static void write(BrailleDocument doc, OutputStream out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.setDefaultNamespace(NS);
        x.setPrefix("dc", DC);
        x.writeStartElement(NS, "pef");
        x.writeDefaultNamespace(NS);
        x.writeAttribute("version", "2008-1");
        x.writeStartElement(NS, "head");
        x.writeStartElement(NS, "meta");
        x.writeNamespace("dc", DC);
        dc(x, "format", "application/x-pef+xml");
        dc(x, "identifier", doc.identifier());
        dc(x, "title", doc.title());
        dc(x, "creator", doc.author());
        dc(x, "language", doc.language());
        dc(x, "date", doc.date());
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement(NS, "body");
        x.writeStartElement(NS, "volume");
        x.writeAttribute("cols", Integer.toString(doc.page().cells()));
        x.writeAttribute("rows", Integer.toString(doc.page().lines()));
        x.writeAttribute("rowgap", "0");
        x.writeAttribute("duplex", "false");
        x.writeStartElement(NS, "section");
        for (var page : doc.pages()) {
            x.writeCharacters("\n");
            x.writeStartElement(NS, "page");
            for (String row : page) {
                x.writeCharacters("\n");
                x.writeStartElement(NS, "row");
                x.writeCharacters(row.replaceAll("\u2800+$", ""));
                x.writeEndElement();
            }
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.close();
    }

    private static void dc(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        x.writeStartElement(DC, name);
        x.writeCharacters(xmlText(value.strip()));
        x.writeEndElement();
    }

    /** Drops what XML 1.0 cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
    static String xmlText(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
