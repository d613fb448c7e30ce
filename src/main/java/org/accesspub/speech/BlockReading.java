package org.accesspub.speech;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.Term;
import org.accesspub.prepare.Terms;
import org.accesspub.speech.SpokenScript.Chapter;
import org.accesspub.speech.SpokenScript.Part;
import org.accesspub.speech.SpokenScript.Source;

/**
 * Reads each block type as a listener expects it, naming the source of every sentence: a heading's or
 * paragraph's own sentence, or, inside a block read as a whole (a figure, table, listing, verse,
 * definition list, note), that block.
 */
final class BlockReading implements Block.Visitor<List<Part>> {
    private final PreparedDocument document;
    private final Terms terms;
    private final Utterances say;
    /** The block read as a whole this reader is inside, or null. */
    private final Block whole;
    /** Sentences said so far for {@link #whole}. */
    private int said;

    BlockReading(PreparedDocument document, Utterances say, Block whole) {
        this.document = document;
        this.terms = document.terms();
        this.say = say;
        this.whole = whole;
    }

    /** The reader for a block read as a whole: this one when already inside one, else a reader of its own. */
    private BlockReading within(Block b) {
        return whole != null ? this : new BlockReading(document, say, b);
    }

    /** The next sentence said inside {@link #whole}. */
    private Source next() {
        return new Source.Whole(whole, said++);
    }

    /** A block's text: one sentence after the other, each its own source (or the whole block's). */
    private List<Part> text(Block owner, String text, String prefix) {
        return text(owner, text, prefix, say.language());
    }

    /** A paragraph's text, read against the language prepared for it (an English paragraph's numbers in English). */
    private List<Part> text(Block.Paragraph p, String prefix) {
        return text(p, Blocks.plainText(p.content()), prefix, document.paragraph(p).language());
    }

    private List<Part> text(Block owner, String text, String prefix, String base) {
        return say.sentences(text, prefix, base,
                (i, span) -> whole != null ? next() : new Source.Sentence(owner, i, span.start(), span.end()));
    }

    public List<Part> visit(Block.Heading h) {
        String text = Blocks.plainText(h.content());
        List<Part> out = new ArrayList<>();
        if (!text.isBlank()) {
            out.add(new Chapter(text.strip()));
            out.addAll(text(h, text, null));
        }
        return out;
    }

    public List<Part> visit(Block.Paragraph p) {
        return text(p, null);
    }

    public List<Part> visit(Block.BulletList l) {
        List<Part> out = new ArrayList<>();
        for (Block.ListItem item : l.items()) {
            Utterances.join(out, ScriptBuilder.BETWEEN_ITEMS, item(item, null));
        }
        return out;
    }

    public List<Part> visit(Block.OrderedList l) {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            // An item is read with its number, as it is printed: 一、… / one. …
            String number = terms.get(Term.SPEECH_ITEM, l.start() + i);
            Utterances.join(out, ScriptBuilder.BETWEEN_ITEMS, item(l.items().get(i), number));
        }
        return out;
    }

    private List<Part> item(Block.ListItem item, String number) {
        List<Part> out = new ArrayList<>();
        String prefix = number;
        for (Block b : item.blocks()) {
            List<Part> said = b instanceof Block.Paragraph p ? text(p, prefix) : b.accept(this);
            if (!said.isEmpty()) {
                prefix = null;
            }
            Utterances.join(out, ScriptBuilder.BETWEEN_SENTENCES, said);
        }
        return out;
    }

    public List<Part> visit(Block.BlockQuote q) {
        List<Part> out = new ArrayList<>();
        for (Block b : q.blocks()) {
            Utterances.join(out, ScriptBuilder.BETWEEN_PARAGRAPHS, b.accept(this));
        }
        return out;
    }

    public List<Part> visit(Block.Image i) {
        return within(i).image(i);
    }

    private List<Part> image(Block.Image i) {
        List<Part> out = new ArrayList<>();
        String alt = i.alt().strip();
        if (!alt.isEmpty()) {
            out.addAll(say.utterances(terms.image(alt), null, next()));
        }
        if (i.caption() != null && !i.caption().isBlank()) {
            Utterances.join(out, ScriptBuilder.BETWEEN_SENTENCES, text(i, i.caption(), out.isEmpty() ? terms.image("") : null));
        }
        return out; // an image without alt text or caption is decoration: nothing is said
    }

    public List<Part> visit(Block.Table t) {
        return within(t).table(t);
    }

    private List<Part> table(Block.Table t) {
        List<Part> out = new ArrayList<>();
        int rows = t.rows().size();
        out.addAll(say.utterances(rows == 1 ? terms.get(Term.SPEECH_TABLE_ONE) : terms.get(Term.SPEECH_TABLE, rows), null, next()));
        if (rows == 0 && !t.header().isEmpty()) {
            Utterances.join(out, ScriptBuilder.BETWEEN_SENTENCES, say.utterances(row(List.of(), t.header()), null, next()));
        }
        for (List<List<Inline>> r : t.rows()) {
            String line = row(t.header(), r);
            if (!line.isBlank()) {
                Utterances.join(out, ScriptBuilder.BETWEEN_SENTENCES, say.utterances(line, null, next()));
            }
        }
        return out;
    }

    /** One row with its header labels: 姓名：张三，年龄：30 / Name: Zhang San, Age: 30. */
    private String row(List<List<Inline>> header, List<List<Inline>> cells) {
        List<String> said = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String cell = Blocks.plainText(cells.get(c)).replace('\n', ' ').strip();
            if (cell.isEmpty()) {
                continue;
            }
            String label = c < header.size() ? Blocks.plainText(header.get(c)).replace('\n', ' ').strip() : "";
            said.add(label.isEmpty() ? cell : terms.get(Term.SPEECH_CELL, label, cell));
        }
        return String.join(terms.get(Term.SPEECH_CELLS), said);
    }

    /** A short listing is read line by line after 代码： / Code:; a long one is announced with its size. */
    public List<Part> visit(Block.CodeBlock c) {
        return within(c).code(c);
    }

    private List<Part> code(Block.CodeBlock c) {
        List<String> lines = c.code().lines().filter(l -> !l.isBlank()).map(String::strip).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        if (lines.size() > ScriptBuilder.SHORT_CODE_LINES || String.join("", lines).length() > ScriptBuilder.SHORT_CODE_CHARS) {
            return say.utterances(terms.get(Term.SPEECH_CODE_SKIPPED, lines.size()), null, next());
        }
        List<Part> out = new ArrayList<>();
        String prefix = terms.get(Term.SPEECH_CODE);
        for (String line : lines) {
            Utterances.join(out, ScriptBuilder.BETWEEN_SENTENCES, say.utterances(line, prefix, next()));
            prefix = null;
        }
        return out;
    }

    /** Verse and addresses: every line its own utterance, with a pause at each line end. */
    public List<Part> visit(Block.LineBlock l) {
        return within(l).lines(l);
    }

    private List<Part> lines(Block.LineBlock l) {
        List<Part> out = new ArrayList<>();
        for (List<Inline> line : l.lines()) {
            String text = Blocks.plainText(line).strip();
            if (!text.isEmpty()) {
                Utterances.join(out, ScriptBuilder.BETWEEN_LINES, say.utterances(text, null, next()));
            }
        }
        return out;
    }

    /** Each term, then its definition. */
    public List<Part> visit(Block.DefinitionList d) {
        return within(d).definitions(d);
    }

    private List<Part> definitions(Block.DefinitionList d) {
        List<Part> out = new ArrayList<>();
        for (Block.Definition item : d.items()) {
            List<Part> said = new ArrayList<>(text(d, Blocks.plainText(item.term()), null));
            for (Block b : item.definition()) {
                Utterances.join(said, ScriptBuilder.BETWEEN_SENTENCES, b.accept(this));
            }
            Utterances.join(out, ScriptBuilder.BETWEEN_ITEMS, said);
        }
        return out;
    }

    /** A note or warning opens with its label: 注意：… / Warning: … */
    public List<Part> visit(Block.Admonition a) {
        return within(a).labelled(terms.admonitionLabel(a), a.blocks());
    }

    /** A footnote, read where the reader placed it (after its paragraph): 注释：… / Note: … */
    public List<Part> visit(Block.Note n) {
        return within(n).labelled(terms.footnote(), n.blocks());
    }

    private List<Part> labelled(String label, List<Block> blocks) {
        List<Part> out = new ArrayList<>(say.utterances(terms.get(Term.SPEECH_LABEL, label), null, next()));
        for (Block b : blocks) {
            Utterances.join(out, ScriptBuilder.BETWEEN_SENTENCES, b.accept(this));
        }
        return out;
    }

    public List<Part> visit(Block.ThematicBreak b) {
        return List.of();
    }
}
