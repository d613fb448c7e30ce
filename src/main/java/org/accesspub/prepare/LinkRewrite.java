package org.accesspub.prepare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accesspub.Warning;
import org.accesspub.Warnings;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;

/**
 * Links as {@link LinkPolicy} allows them; a refused link leaves its text, a nested link its text too, and a
 * link whose text is its address is warned about. Made per block (it tracks whether it is inside a link).
 */
final class LinkRewrite implements Inline.Visitor<List<Inline>> {
    private final Warnings warnings;
    private boolean inLink;

    LinkRewrite(Warnings warnings) {
        this.warnings = warnings;
    }

    List<Inline> all(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline in : inlines) {
            out.addAll(in.accept(this));
        }
        return out;
    }

    public List<Inline> visit(Inline.Text t) {
        return List.of(t);
    }

    public List<Inline> visit(Inline.Emphasis e) {
        return List.of(new Inline.Emphasis(all(e.content())));
    }

    public List<Inline> visit(Inline.Strong s) {
        return List.of(new Inline.Strong(all(s.content())));
    }

    public List<Inline> visit(Inline.Code c) {
        return List.of(c);
    }

    public List<Inline> visit(Inline.Link l) {
        Optional<String> target = inLink ? Optional.empty() : LinkPolicy.target(l.href());
        boolean outer = inLink;
        inLink = true;
        List<Inline> content = all(l.content());
        inLink = outer;
        String text = Blocks.plainText(content).strip();
        if (target.isEmpty() || text.isEmpty()) {
            return content;
        }
        if (text.equals(l.href()) || text.matches("(?i)https?://\\S+|www\\.\\S+")) {
            warnings.warn(Warning.keyed(Warnings.GENERAL, "link.address", "a link's text is its address ("
                    + Shown.src(text) + "); screen readers spell it out, so give it words", Shown.src(text))
                    .alsoFinding("link-text"));
        }
        return List.of(new Inline.Link(target.get(), content));
    }

    public List<Inline> visit(Inline.LineBreak b) {
        return List.of(b);
    }

    public List<Inline> visit(Inline.NoteRef r) {
        return List.of(r);
    }
}
