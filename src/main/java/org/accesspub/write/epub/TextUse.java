package org.accesspub.write.epub;

import java.util.ArrayList;
import java.util.List;

/**
 * The text the book shows, as the renderer wrote it: each run with its weight and whether it sits in
 * Chinese text (then quotes and dashes take the full-width forms). The font plan subsets from this,
 * so every glyph shown is a glyph embedded.
 */
final class TextUse {
    /** A run of text; {@code mono} for code, set in the monospace face where it has the character. */
    record Segment(String text, boolean bold, boolean chinese, boolean mono) {
    }

    private final List<Segment> segments = new ArrayList<>();

    void add(String text, boolean bold, boolean chinese) {
        if (!text.isEmpty()) {
            segments.add(new Segment(text, bold, chinese, false));
        }
    }

    /** Code, shown in the monospace face. */
    void addCode(String text, boolean bold) {
        if (!text.isEmpty()) {
            segments.add(new Segment(text, bold, true, true));
        }
    }

    List<Segment> segments() {
        return List.copyOf(segments);
    }

    /** All text shown, for reporting characters that no font has. */
    String allText() {
        StringBuilder sb = new StringBuilder();
        segments.forEach(s -> sb.append(s.text()).append('\n'));
        return sb.toString();
    }
}
