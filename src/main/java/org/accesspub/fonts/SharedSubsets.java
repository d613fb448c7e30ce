package org.accesspub.fonts;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The font subsets of one document, cut once for all its writers. Each writer asks for the characters it
 * draws in a face; when they are among the document's characters (its text, the words the tool adds,
 * ASCII) and at least half of those the face covers (the body face), every writer gets the same subset of
 * the face for the whole document, cut by whichever asks first while the others wait. A smaller request
 * (the bold of the headings) or one outside the document gets a subset of its own, which is quick to cut
 * and keeps the files small. Thread-safe.
 */
public final class SharedSubsets {
    private final String universe;
    private final BitSet characters = new BitSet();
    private final Map<FontFace, FutureTask<byte[]>> cut = new ConcurrentHashMap<>();

    /** The subsets for a document whose characters are those of {@code universe}. */
    public SharedSubsets(String universe) {
        this.universe = universe;
        universe.codePoints().forEach(characters::set);
    }

    private BitSet coverage(FontFace face) {
        BitSet b = new BitSet();
        characters.stream().filter(face::covers).forEach(b::set);
        return b;
    }

    /** A TrueType subset of {@code face} with at least the glyphs for {@code text} that it covers. */
    public byte[] subset(FontFace face, String text) {
        BitSet wanted = new BitSet();
        text.codePoints().filter(face::covers).forEach(wanted::set);
        boolean inside = wanted.stream().allMatch(characters::get);
        if (!inside || wanted.cardinality() * 2 < coverage(face).cardinality()) {
            // outside the document's characters, or a small part of them (the bold of the headings): a subset
            // of its own is quick to cut and keeps the file small
            return FontSubsetter.subset(face, text);
        }
        FutureTask<byte[]> task = new FutureTask<>(() -> FontSubsetter.subset(face, universe));
        FutureTask<byte[]> first = cut.putIfAbsent(face, task);
        if (first == null) {
            task.run();
            first = task;
        }
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while cutting " + face, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot subset " + face, e.getCause());
        }
    }
}
