package org.accesspub.write.pdf;

import java.nio.charset.StandardCharsets;

/**
 * The XMP metadata packet PDF/UA-1 asks for (dc:title, dc:language and pdfuaid:part 1) with the prepared
 * identifier, creator and description.
 */
final class Xmp {
    private Xmp() {
    }

    static byte[] packet(PdfRenderer.Info info) {
        String title = info.title();
        String language = info.language();
        String author = info.creator();
        String description = info.description();
        StringBuilder sb = new StringBuilder();
        sb.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("<pdfuaid:part>1</pdfuaid:part>\n")
                .append("<dc:format>application/pdf</dc:format>\n")
                .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
                .append("</rdf:li></rdf:Alt></dc:title>\n")
                .append("<dc:language><rdf:Bag><rdf:li>").append(escape(language)).append("</rdf:li></rdf:Bag></dc:language>\n")
                .append("<dc:identifier>").append(escape(info.identifier())).append("</dc:identifier>\n");
        if (author != null && !author.isBlank()) {
            sb.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (description != null && !description.isBlank()) {
            sb.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(description))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (info.date() != null) { // the same date as the Info dictionary's: the article's, never the clock's
            sb.append("<xmp:CreateDate>").append(info.date().iso()).append("</xmp:CreateDate>\n")
                    .append("<xmp:ModifyDate>").append(info.date().iso()).append("</xmp:ModifyDate>\n");
        }
        sb.append("<xmp:CreatorTool>accesspub</xmp:CreatorTool>\n")
                .append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
