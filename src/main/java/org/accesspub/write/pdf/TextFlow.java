package org.accesspub.write.pdf;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Inline;
import org.accesspub.write.LinkNotes;

/**
 * The inlines of one paragraph, heading or cell flattened to one string with a style for each
 * stretch: emphasis and strong both set bold (never italic), links underlined and followed by their
 * URL in parentheses, since paper cannot be clicked; a line break becomes {@code \n}.
 */
final class TextFlow {
    /**
     * How a stretch {@code [start, end)} of the text is set; {@code href} is the link target, or null;
     * {@code mono} for code, set in the monospace face.
     */
    record Span(int start, int end, boolean bold, String href, boolean mono) {
        boolean link() {
            return href != null;
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();
    private String built; // text.toString(), kept while the text does not grow
    private LinkNotes notes;
    private final java.util.BitSet placeholders = new java.util.BitSet();

    private TextFlow() {
    }

    static TextFlow of(List<Inline> inlines, boolean bold) {
        return of(inlines, bold, null);
    }

    /**
     * A flow whose link addresses are not printed inline but numbered in {@code notes} ("[1]"), to be
     * printed after the block (a table's cells); null prints them inline.
     */
    static TextFlow of(List<Inline> inlines, boolean bold, LinkNotes notes) {
        TextFlow flow = new TextFlow();
        flow.notes = notes;
        flow.add(inlines, bold, null);
        return flow;
    }

    static TextFlow plain(String text, boolean bold) {
        TextFlow flow = new TextFlow();
        flow.append(text, bold, null, false);
        return flow;
    }

    /** One line of a code block, in the monospace face, its spaces kept. */
    static TextFlow code(String line) {
        TextFlow flow = new TextFlow();
        flow.append(line, false, null, true);
        return flow;
    }

    /** The whole text; built once and kept, since the layout asks for it for every run of every line. */
    String text() {
        if (built == null || built.length() != text.length()) {
            built = text.toString();
        }
        return built;
    }

    List<Span> spans() {
        return spans;
    }

    /** Whether the character at {@code index} belongs to a placeholder for a character no font draws. */
    boolean placeholder(int index) {
        return placeholders.get(index);
    }

    /**
     * This flow with every character {@code missing} accepts (no font has it) replaced by its code point,
     * {@code U+20BB7}, marked as a placeholder that the page draws in a frame: never a blank or a box.
     */
    TextFlow withPlaceholders(java.util.function.IntPredicate missing) {
        String t = text();
        if (t.codePoints().noneMatch(missing)) {
            return this;
        }
        TextFlow out = new TextFlow();
        out.notes = notes;
        for (Span s : spans) {
            StringBuilder run = new StringBuilder();
            for (int i = s.start(); i < s.end(); ) {
                int cp = t.codePointAt(i);
                if (missing.test(cp)) {
                    out.raw(run.toString(), s);
                    run.setLength(0);
                    int at = out.text.length();
                    out.raw(String.format("U+%04X", cp), s);
                    out.placeholders.set(at, out.text.length());
                } else {
                    run.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
            out.raw(run.toString(), s);
        }
        return out;
    }

    /** Appends text as it is in the style of {@code like}, as a span of its own. */
    private void raw(String s, Span like) {
        if (s.isEmpty()) {
            return;
        }
        int start = text.length();
        text.append(s);
        spans.add(new Span(start, text.length(), like.bold(), like.href(), like.mono()));
    }

    /** The style of the character at {@code index}. */
    Span spanAt(int index) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (index < s.start()) {
                hi = mid - 1;
            } else if (index >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        throw new IndexOutOfBoundsException(index);
    }

    private void append(String s, boolean bold, String link, boolean mono) {
        if (s.isEmpty()) {
            return;
        }
        // Line breaks inside source text are spaces; only LineBreak inlines break lines.
        String clean = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        int start = text.length();
        text.append(clean);
        Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        if (last != null && last.bold() == bold && java.util.Objects.equals(last.href(), link) && last.mono() == mono
                && last.end() == start) {
            spans.set(spans.size() - 1, new Span(last.start(), text.length(), bold, link, mono));
        } else {
            spans.add(new Span(start, text.length(), bold, link, mono));
        }
    }

    private void add(List<Inline> inlines, boolean bold, String link) {
        for (Inline in : inlines) {
            in.accept(new Inline.Visitor<Void>() {
                public Void visit(Inline.Text t) {
                    append(t.text(), bold, link, false);
                    return null;
                }

                public Void visit(Inline.Emphasis e) {
                    add(e.content(), true, link);
                    return null;
                }

                public Void visit(Inline.Strong s) {
                    add(s.content(), true, link);
                    return null;
                }

                public Void visit(Inline.Code c) {
                    append(c.text(), bold, link, true);
                    return null;
                }

                public Void visit(Inline.Link l) {
                    add(l.content(), bold, l.href());
                    String url = LinkNotes.printed(l);
                    if (url != null) {
                        append(notes == null ? " (" + url + ")" : "\u00A0[" + notes.number(l.href()) + "]",
                                bold, null, false);
                    }
                    return null;
                }

                /** A note's mark, in brackets at the text's size (a superscript would be too small to read). */
                public Void visit(Inline.NoteRef r) {
                    append("[" + r.label() + "]", bold, link, false);
                    return null;
                }

                public Void visit(Inline.LineBreak b) {
                    int start = text.length();
                    text.append('\n');
                    spans.add(new Span(start, start + 1, bold, null, false));
                    return null;
                }
            });
        }
    }
}
