package org.accesspub.write.narrated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.speech.SpokenScript;
import org.accesspub.speech.SpokenScript.Source;
import org.accesspub.write.epub.TextMarks;

/**
 * Which element of the book shows each utterance of the spoken script, taken from the script itself: every
 * utterance names its {@link Source} (the title, the announcement, a sentence of a heading or paragraph, or a
 * block read as a whole). Each sentence of a heading or paragraph gets its own span, cut from the block's inline
 * content where the script builder cut its text; a block read as a whole gets one id. Nothing is read again and
 * nothing is counted: an utterance without a source (a script made by hand) is simply not highlighted.
 */
final class ReadingPlan {
    /** One sentence said and the element that shows it; a whole element may have several, one per sentence. */
    record Piece(String id, List<Integer> parts) {
        Piece {
            parts = List.copyOf(parts);
        }
    }

    private final List<Piece> pieces;
    private final Map<Object, String> ids;
    private final Map<Identity, List<TextMarks.Sentence>> sentences;
    private final boolean complete;

    private ReadingPlan(List<Piece> pieces, Map<Object, String> ids, Map<Identity, List<TextMarks.Sentence>> sentences,
                        boolean complete) {
        this.pieces = List.copyOf(pieces);
        this.ids = Map.copyOf(ids);
        this.sentences = Map.copyOf(sentences);
        this.complete = complete;
    }

    /** The plan of a script: the elements its utterances name, in reading order. */
    static ReadingPlan of(SpokenScript script) {
        return new Builder().plan(script);
    }

    /** Every sentence said, in reading order. */
    List<Piece> pieces() {
        return pieces;
    }

    /** True when every utterance of the script names what it reads. */
    boolean complete() {
        return complete;
    }

    /** The id of an element read as a whole (a block, or a title-page key of {@link TextMarks}), or null. */
    String id(Object owner) {
        return owner instanceof String s ? ids.get(s) : ids.get(new Identity(owner));
    }

    /** The sentences of a heading's or paragraph's inline content with their ids, or null when it is not cut. */
    List<TextMarks.Sentence> sentences(Object owner) {
        return sentences.get(new Identity(owner));
    }

    /** Model records compare by value; two equal paragraphs are still two elements. */
    private record Identity(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    private static final class Builder {
        private final List<Piece> pieces = new ArrayList<>();
        private final Map<Object, String> ids = new HashMap<>();
        /** Per heading or paragraph, the id and start of each of its sentences said, by sentence index. */
        private final Map<Identity, Map<Integer, Cut>> cuts = new LinkedHashMap<>();
        private int next = 1;

        private record Cut(String id, int start) {
        }

        ReadingPlan plan(SpokenScript script) {
            boolean complete = true;
            Source current = null;
            String id = null;
            List<Integer> parts = new ArrayList<>();
            for (int i = 0; i < script.parts().size(); i++) {
                if (!(script.parts().get(i) instanceof SpokenScript.Utterance u)) {
                    continue;
                }
                if (u.source() == null) {
                    complete = false;
                    continue;
                }
                if (!Source.same(u.source(), current)) {
                    if (!parts.isEmpty()) {
                        pieces.add(new Piece(id, parts));
                    }
                    current = u.source();
                    id = idOf(current);
                    parts = new ArrayList<>();
                }
                parts.add(i);
            }
            if (!parts.isEmpty()) {
                pieces.add(new Piece(id, parts));
            }
            return new ReadingPlan(pieces, ids, sentences(), complete);
        }

        /** The id of the element that shows a source, made the first time it is named. */
        private String idOf(Source source) {
            if (source instanceof Source.Front f) {
                return switch (f) {
                    case TITLE -> TextMarks.TITLE;
                    case SUBTITLE -> ids.computeIfAbsent(TextMarks.SUBTITLE, k -> id());
                    case ANNOUNCEMENT -> ids.computeIfAbsent(TextMarks.META, k -> id());
                };
            }
            if (source instanceof Source.Whole w) {
                return ids.computeIfAbsent(new Identity(w.block()), k -> id());
            }
            Source.Sentence s = (Source.Sentence) source;
            return cuts.computeIfAbsent(new Identity(s.block()), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(s.index(), k -> new Cut(id(), s.start())).id();
        }

        /**
         * Each heading's or paragraph's content cut at the start of each sentence said: a sentence keeps the
         * whitespace after it, the first sentence whatever comes before it.
         */
        private Map<Identity, List<TextMarks.Sentence>> sentences() {
            Map<Identity, List<TextMarks.Sentence>> out = new HashMap<>();
            cuts.forEach((owner, byIndex) -> {
                List<Cut> said = new ArrayList<>(byIndex.values());
                List<Integer> at = said.stream().skip(1).map(Cut::start).toList();
                List<List<Inline>> pieces = InlineSentences.cut(content((Block) owner.o()), at);
                List<TextMarks.Sentence> marked = new ArrayList<>();
                for (int i = 0; i < said.size(); i++) {
                    marked.add(new TextMarks.Sentence(said.get(i).id(), pieces.get(i)));
                }
                out.put(owner, marked);
            });
            return out;
        }

        private static List<Inline> content(Block b) {
            if (b instanceof Block.Heading h) {
                return h.content();
            }
            if (b instanceof Block.Paragraph p) {
                return p.content();
            }
            throw new IllegalArgumentException("only a heading or paragraph is read sentence by sentence: " + b);
        }

        private String id() {
            return "r" + next++;
        }
    }
}
