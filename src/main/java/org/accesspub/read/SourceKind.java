package org.accesspub.read;

import java.nio.file.Path;
import java.util.Locale;
import org.accesspub.AccesspubException;

/**
 * The kinds of source a reader understands. DOCX and ODT are also recognised by their content, whatever the
 * file is called; URL means the input is a web address (its page is read as HTML).
 */
public enum SourceKind {
    TXT, MD, HTML, DOCX, ODT, URL;

    public static SourceKind parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "txt", "text", "plain" -> TXT;
            case "md", "markdown" -> MD;
            case "html", "htm", "xhtml" -> HTML;
            case "docx", "word" -> DOCX;
            case "odt", "opendocument" -> ODT;
            case "url", "web" -> URL;
            default -> throw AccesspubException.badUsage("unknown source kind '" + text
                    + "': use txt, md, html, docx, odt or url");
        };
    }

    /** Whether this kind is a package of XML parts (a ZIP), not text. */
    public boolean isPackage() {
        return this == DOCX || this == ODT;
    }

    /** By file extension; anything unknown is read as plain text. */
    public static SourceKind of(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MD;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".docx") || name.endsWith(".docm") || name.endsWith(".dotx")) {
            return DOCX;
        }
        if (name.endsWith(".odt") || name.endsWith(".ott")) {
            return ODT;
        }
        return TXT;
    }
}
