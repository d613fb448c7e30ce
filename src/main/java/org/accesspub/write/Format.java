package org.accesspub.write;

import java.util.Locale;
import org.accesspub.AccesspubException;

/** The outputs. */
public enum Format {
    PDF, EPUB, DOCX, AUDIO, BRAILLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Format parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AccesspubException.badUsage("unknown format '" + text + "': use pdf, epub, docx, audio or braille");
        }
    }
}
