package org.accesspub.read;

import java.nio.file.Path;
import java.util.Locale;
import org.accesspub.AccesspubException;

/** The kinds of source a reader understands. */
public enum SourceKind {
    TXT, MD, HTML;

    public static SourceKind parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "txt", "text", "plain" -> TXT;
            case "md", "markdown" -> MD;
            case "html", "htm", "xhtml" -> HTML;
            default -> throw AccesspubException.badUsage("unknown source kind '" + text + "': use txt, md or html");
        };
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
        return TXT;
    }
}
