package org.accesspub.lang;

/**
 * The marks a line may not start or end with (clreq, 行首行尾禁则), for every writer that breaks lines: the
 * PDF's line breaker and the transcript's cues.
 */
public final class BreakMarks {
    /** Closing punctuation, pauses and units: never at the start of a line. */
    public static final String NOT_AT_LINE_START = "、，。．：；！？）》」』】〕〗〙〉”’…—‥·・％‰℃,.;:!?)]}%";
    /** Opening punctuation: never at the end of a line. */
    public static final String NOT_AT_LINE_END = "（《「『【〔〖〘〈“‘([{";

    private BreakMarks() {
    }
}
