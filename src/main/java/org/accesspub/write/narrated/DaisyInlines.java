package org.accesspub.write.narrated;

import java.util.List;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.write.epub.Xml;

/** The DAISY text's inline markup; a link keeps its text only: a talking-book player cannot open a web address. */
final class DaisyInlines implements Inline.Visitor<Void> {
    private final Xml x;

    private DaisyInlines(Xml x) {
        this.x = x;
    }

    /** Writes the content into {@code x}. */
    static void write(Xml x, List<Inline> content) {
        new DaisyInlines(x).inlines(content);
    }

    private void inlines(List<Inline> content) {
        for (Inline in : content) {
            in.accept(this);
        }
    }

    @Override
    public Void visit(Inline.Text t) {
        x.text(t.text());
        return null;
    }

    @Override
    public Void visit(Inline.Emphasis e) {
        x.start("em");
        inlines(e.content());
        x.end();
        return null;
    }

    @Override
    public Void visit(Inline.Strong s) {
        x.start("strong");
        inlines(s.content());
        x.end();
        return null;
    }

    @Override
    public Void visit(Inline.Code c) {
        x.start("code").text(c.text()).end();
        return null;
    }

    @Override
    public Void visit(Inline.Link l) {
        inlines(l.content());
        return null;
    }

    @Override
    public Void visit(Inline.LineBreak b) {
        x.start("br").end();
        return null;
    }

    @Override
    public Void visit(Inline.NoteRef r) {
        x.text(Blocks.plainText(List.of(r)));
        return null;
    }
}
