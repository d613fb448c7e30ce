package org.accesspub.read.office;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.accesspub.model.Block;

/**
 * The footnotes and endnotes of one document as they are met: each is numbered 1, 2 … in reading order and
 * waits in {@link #pending()} until the block that refers to it is complete ({@link BlockSink} places it).
 * A note referred to from inside a note is not read (its mark is dropped): no recursion on hostile input.
 */
public final class NoteReader {
    private final List<Block.Note> pending = new ArrayList<>();
    private int count;
    private boolean reading;

    /** Reads a note's blocks and returns its label, or null inside another note. */
    public String read(Supplier<List<Block>> blocks) {
        if (reading) {
            return null;
        }
        String label = String.valueOf(++count);
        reading = true;
        try {
            pending.add(new Block.Note(label, blocks.get()));
        } finally {
            reading = false;
        }
        return label;
    }

    /** The notes read and not yet placed: the list a document's {@link BlockSink} places and empties. */
    public List<Block.Note> pending() {
        return pending;
    }
}
