package org.accesspub.fonts;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The font subsets of one document, cut once for all its writers. Each writer asks for the characters it
 * draws in a face; when they are all among the document's characters (its text, the words the tool adds,
 * ASCII), every writer gets the same subset of the face for the whole document, cut by whichever asks first
 * while the others wait. Characters outside it (rare) get a subset of their own. Thread-safe.
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

    /** A TrueType subset of {@code face} with at least the glyphs for {@code text} that it covers. */
    public byte[] subset(FontFace face, String text) {
        boolean inside = text.codePoints().allMatch(cp -> characters.get(cp) || !face.covers(cp));
        if (!inside) {
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
