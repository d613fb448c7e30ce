package org.accesspub.write.epub;

import java.util.List;
import org.accesspub.lang.LanguageRuns;
import org.accesspub.lang.Languages;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.prepare.PreparedDocument;

/**
 * Writes inline content as XHTML: emphasis, links, code, note references, and text split into language
 * runs against the language of the element it stands in (a paragraph's prepared language, else the
 * book's), a run in another language in a span with {@code lang} and {@code xml:lang}. Every run of text
 * shown is recorded in {@link TextUse}, for the font subsets.
 */
final class InlineRenderer {
    private final PreparedDocument document;
    private final TextUse use;

    InlineRenderer(PreparedDocument document, TextUse use) {
        this.document = document;
        this.use = use;
    }

    /** Inline content in an element whose language is {@code language}. */
    void inlines(Xml x, List<Inline> inlines, boolean bold, String language) {
        InlineWriter w = new InlineWriter(x, bold, language);
        for (Inline in : inlines) {
            in.accept(w);
        }
    }

    /** Text split into language runs; runs in another language than {@code language} get their own lang. */
    void text(Xml x, String text, boolean bold, String language) {
        for (LanguageRuns.Run run : document.runs(text, language)) {
            use.add(run.text(), bold, Languages.isChinese(run.language()));
            if (run.language().equals(language)) {
                x.text(run.text());
            } else {
                x.start("span").lang(run.language()).text(run.text()).end();
            }
        }
    }

    /** Code shown in the monospace face. */
    void code(String code, boolean bold) {
        use.addCode(code, bold);
    }

    /** The id of a note's aside; its reference is the same id with {@code -ref}. */
    static String noteId(String label) {
        return "note-" + label.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private final class InlineWriter implements Inline.Visitor<Void> {
        private final Xml x;
        private final boolean bold;
        private final String language;

        InlineWriter(Xml x, boolean bold, String language) {
            this.x = x;
            this.bold = bold;
            this.language = language;
        }

        @Override
        public Void visit(Inline.Text t) {
            text(x, t.text(), bold, language);
            return null;
        }

        @Override
        public Void visit(Inline.Emphasis e) {
            x.start("em");
            inlines(x, e.content(), true, language); // emphasis is bold in every output
            x.end();
            return null;
        }

        @Override
        public Void visit(Inline.Strong s) {
            x.start("strong");
            inlines(x, s.content(), true, language);
            x.end();
            return null;
        }

        @Override
        public Void visit(Inline.Code c) {
            code(c.text(), bold);
            x.start("code").attr("class", c.text().length() > 20 ? "address" : null).text(c.text()).end();
            return null;
        }

        @Override
        public Void visit(Inline.Link l) {
            x.start("a").attr("href", l.href()); // kept by the link policy: safe, absolute, never nested
            String shown = Blocks.plainText(l.content()).strip();
            if (shown.length() > 20 && shown.matches("(?i)(https?://|ftp://|www\\.|/)\\S+")) {
                x.attr("class", "address"); // an address may break anywhere, so the Han text around is not spaced out
            }
            inlines(x, l.content(), bold, language);
            x.end();
            return null;
        }

        @Override
        public Void visit(Inline.LineBreak b) {
            x.start("br").end();
            return null;
        }

        @Override
        public Void visit(Inline.NoteRef r) {
            String id = noteId(r.label());
            x.start("a").attr("epub:type", "noteref").attr("role", "doc-noteref").attr("id", id + "-ref")
                    .attr("href", "#" + id).attr("class", "noteref");
            text(x, r.label(), bold, language);
            x.end();
            return null;
        }
    }
}
