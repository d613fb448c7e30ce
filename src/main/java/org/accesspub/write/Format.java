package org.accesspub.write;

import java.util.Locale;
import org.accesspub.AccesspubException;

/** The outputs: the four documents, braille, and the talking books made from the same speech as the audio. */
public enum Format {
    PDF, EPUB, DOCX, AUDIO, BRAILLE,
    /** EPUB 3 with Media Overlays: text and audio synchronised sentence by sentence. */
    NARRATED,
    /** A DAISY 2.02 talking book (full text and audio). */
    DAISY;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Format parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AccesspubException.badUsage("unknown format '" + text + "': use pdf, epub, docx, audio, braille, narrated or daisy");
        }
    }
}
