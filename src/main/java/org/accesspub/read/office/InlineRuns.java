package org.accesspub.read.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accesspub.model.Inline;

/**
 * Collects the runs of one paragraph of a word-processor file (text with its bold, italic, code and link)
 * and turns them into the model's inlines: neighbouring runs of the same kind are joined, so a word split
 * over many runs (spell-check marks, revisions) reads as one text.
 */
public final class InlineRuns {
    /** How a run is shown; {@code href} is the link around it, or null. */
    public record Style(boolean bold, boolean italic, boolean code, String href) {
        public static final Style PLAIN = new Style(false, false, false, null);

        public Style withHref(String h) {
            return new Style(bold, italic, code, h);
        }
    }

    private sealed interface Seg permits TextSeg, BreakSeg, NoteSeg {
        String href();
    }

    private record TextSeg(String text, Style style) implements Seg {
        public String href() {
            return style.href();
        }
    }

    private record BreakSeg(String href) implements Seg {
    }

    private record NoteSeg(String label) implements Seg {
        public String href() {
            return null;
        }
    }

    private final List<Seg> segs = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();

    public void text(String text, Style style) {
        if (text.isEmpty()) {
            return;
        }
        plain.append(text);
        if (!segs.isEmpty() && segs.get(segs.size() - 1) instanceof TextSeg last && last.style().equals(style)) {
            segs.set(segs.size() - 1, new TextSeg(last.text() + text, style));
        } else {
            segs.add(new TextSeg(text, style));
        }
    }

    public void lineBreak(String href) {
        plain.append('\n');
        segs.add(new BreakSeg(href));
    }

    public void noteRef(String label) {
        segs.add(new NoteSeg(label));
    }

    /** The text so far, line breaks as {@code \n}. */
    public String plainText() {
        return plain.toString();
    }

    public boolean hasNotes() {
        return segs.stream().anyMatch(s -> s instanceof NoteSeg);
    }

    /** The inlines, outer white space and line breaks trimmed. */
    public List<Inline> build() {
        List<Seg> s = new ArrayList<>(segs);
        while (!s.isEmpty() && s.get(0) instanceof BreakSeg) {
            s.remove(0);
        }
        while (!s.isEmpty() && s.get(s.size() - 1) instanceof BreakSeg) {
            s.remove(s.size() - 1);
        }
        List<Inline> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            String href = s.get(i).href();
            int j = i;
            while (j < s.size() && Objects.equals(s.get(j).href(), href)) {
                j++;
            }
            List<Inline> run = new ArrayList<>();
            for (Seg seg : s.subList(i, j)) {
                run.add(inline(seg));
            }
            if (href == null) {
                out.addAll(run);
            } else {
                out.add(new Inline.Link(href, run));
            }
            i = j;
        }
        return trim(out);
    }

    private static Inline inline(Seg seg) {
        if (seg instanceof BreakSeg) {
            return new Inline.LineBreak();
        }
        if (seg instanceof NoteSeg n) {
            return new Inline.NoteRef(n.label());
        }
        TextSeg t = (TextSeg) seg;
        Style st = t.style();
        if (st.code() && !t.text().isBlank()) {
            return new Inline.Code(t.text());
        }
        Inline in = new Inline.Text(t.text());
        if (t.text().isBlank()) {
            return in;
        }
        if (st.italic()) {
            in = new Inline.Emphasis(List.of(in));
        }
        if (st.bold()) {
            in = new Inline.Strong(List.of(in));
        }
        return in;
    }

    /** Leading white space of the first text and trailing of the last removed. */
    private static List<Inline> trim(List<Inline> in) {
        if (in.isEmpty()) {
            return in;
        }
        List<Inline> out = new ArrayList<>(in);
        if (out.get(0) instanceof Inline.Text t) {
            String v = t.text().stripLeading();
            if (v.isEmpty()) {
                out.remove(0);
            } else {
                out.set(0, new Inline.Text(v));
            }
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
            String v = t.text().stripTrailing();
            if (v.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, new Inline.Text(v));
            }
        }
        return out;
    }
}
