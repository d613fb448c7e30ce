package org.accesspub.read.office;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Block;

/**
 * Where the paragraphs of a word-processor body become blocks: list paragraphs gather into lists, adjacent
 * code paragraphs into one code block, adjacent quote paragraphs into one quote; anything else closes the
 * open group. Footnotes met on the way ({@link #note}) follow the block that refers to them, once that block
 * (a whole list or table) is complete. One sink per body: the document, a table cell, a text box, a note.
 */
public final class BlockSink {
    private final List<Block> out = new ArrayList<>();
    private final List<Block.Note> notes;
    private final ListEntries list = new ListEntries();
    private StringBuilder code;
    private List<Block> quote;

    /** @param notes the document's pending notes, or null for a sink whose notes the enclosing sink places */
    public BlockSink(List<Block.Note> notes) {
        this.notes = notes;
    }

    public void add(Block b) {
        closeAll();
        out.add(b);
        flushNotes();
    }

    public void listItem(ListEntries.Entry e) {
        closeCode();
        closeQuote();
        list.add(e);
    }

    public boolean inList() {
        return !list.isEmpty();
    }

    /** A paragraph continuing the last list item. */
    public void continueList(Block b) {
        list.continueLast(b);
    }

    /** One line (or several, {@code \n}-separated) of a code block. */
    public void codeLine(String line) {
        closeList();
        closeQuote();
        if (code == null) {
            code = new StringBuilder();
        } else {
            code.append('\n');
        }
        code.append(line);
    }

    public void quote(Block b) {
        closeList();
        closeCode();
        if (quote == null) {
            quote = new ArrayList<>();
        }
        quote.add(b);
    }

    /** The last block added, or null (an image a caption may belong to). */
    public Block last() {
        return list.isEmpty() && code == null && quote == null && !out.isEmpty() ? out.get(out.size() - 1) : null;
    }

    public void replaceLast(Block b) {
        out.set(out.size() - 1, b);
    }

    public void closeAll() {
        closeList();
        closeCode();
        closeQuote();
    }

    private void closeList() {
        if (!list.isEmpty()) {
            out.addAll(list.take());
            flushNotes();
        }
    }

    private void closeCode() {
        if (code != null) {
            String c = code.toString().replaceAll("\\s+$", "");
            code = null;
            if (!c.isBlank()) {
                out.add(new Block.CodeBlock(null, c.replaceAll("^(\\s*\\n)+", "")));
            }
            flushNotes();
        }
    }

    private void closeQuote() {
        if (quote != null) {
            out.add(new Block.BlockQuote(quote));
            quote = null;
            flushNotes();
        }
    }

    private void flushNotes() {
        if (notes != null && !notes.isEmpty() && list.isEmpty() && code == null && quote == null) {
            out.addAll(notes);
            notes.clear();
        }
    }

    /** Every block, groups closed and the notes placed. */
    public List<Block> blocks() {
        closeAll();
        flushNotes();
        return out;
    }
}
