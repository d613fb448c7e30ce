package org.accesspub.write.narrated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.accesspub.speech.ScriptBuilder;
import org.accesspub.speech.SpokenScript;
import org.accesspub.write.epub.TextMarks;

/**
 * Which words of the text each utterance of the spoken script says: the bridge between the script and the
 * book's markup. Every element read aloud gets an id (a sentence of a paragraph, heading or list item gets
 * its own span; a figure, table or code block is read as a whole), and the utterances that say it.
 *
 * <p>The script builder decides what is said; this plan never guesses it. It asks the same builder how many
 * utterances each part of the article gives when read on its own (the title, the announcement, each block,
 * each sentence), and takes that many from the script in reading order. Where the sentences of a block do not
 * add up to the block (a number read before a list item's first sentence, a sentence the builder cuts
 * differently) the block is read as one element instead: coarser, never misplaced.
 */
final class ReadingPlan {
    private static final ScriptBuilder COUNTER = ScriptBuilder.builder().build();
    private static final String BASELINE_TITLE = "T";

    /** One stretch of speech and the element that shows it; a whole element may have several, one per sentence said. */
    record Piece(String id, List<Integer> parts) {
        Piece {
            parts = List.copyOf(parts);
        }
    }

    private final List<Piece> pieces;
    private final Map<Object, String> ids;
    private final Map<Object, List<TextMarks.Sentence>> sentences;
    private final boolean complete;

    private ReadingPlan(Builder b) {
        this.pieces = List.copyOf(b.pieces);
        this.ids = b.ids;
        this.sentences = b.sentences;
        this.complete = b.cursor == b.utterances.size();
    }

    /** The plan for an article and the script it was read from. */
    static ReadingPlan of(Article article, SpokenScript script) {
        Builder b = new Builder(script);
        b.header(article.metadata());
        for (Block block : article.blocks()) {
            b.block(block);
        }
        return new ReadingPlan(b);
    }

    /** The plan, with a warning when some of the speech found no element to highlight. */
    static ReadingPlan of(Article article, SpokenScript script, Warnings warnings) {
        ReadingPlan plan = of(article, script);
        if (!plan.complete()) {
            warnings.warn("some of the speech could not be matched to the text; those sentences are not highlighted");
        }
        return plan;
    }

    /** Every stretch of speech, in reading order. */
    List<Piece> pieces() {
        return pieces;
    }

    /** True when every utterance of the script found its element. */
    boolean complete() {
        return complete;
    }

    /** The id of an element read as a whole, or null. */
    String id(Object owner) {
        return owner instanceof String s ? ids.get(s) : ids.get(new Identity(owner));
    }

    /** The sentences of an owner's inline content with their ids, or null when it is not cut into sentences. */
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
        private final SpokenScript script;
        private final String language;
        private final List<Integer> utterances = new ArrayList<>();
        private final List<Piece> pieces = new ArrayList<>();
        private final Map<Object, String> ids = new HashMap<>();
        private final Map<Object, List<TextMarks.Sentence>> sentences = new HashMap<>();
        private int cursor;
        private int next = 1;

        Builder(SpokenScript script) {
            this.script = script;
            this.language = script.language();
            for (int i = 0; i < script.parts().size(); i++) {
                if (script.parts().get(i) instanceof SpokenScript.Utterance) {
                    utterances.add(i);
                }
            }
        }

        /** The title, the subtitle, then the one announcement of date, source and author. */
        void header(Metadata m) {
            int title = count(new Article(Metadata.of(m.title(), language), List.of()));
            int subtitle = count(new Article(Metadata.of(m.title(), language).withSubtitle(m.subtitle()), List.of()))
                    - title;
            int all = count(new Article(m.withLanguage(language), List.of()));
            whole(TextMarks.TITLE, TextMarks.TITLE, title);
            whole(TextMarks.SUBTITLE, id(), subtitle);
            // The announcement of date, source and author highlights the first line of the metadata line.
            whole(TextMarks.META, id(), all - title - subtitle);
        }

        void block(Block b) {
            int n = count(b);
            if (b instanceof Block.Heading h) {
                text(h, h.content(), n);
            } else if (b instanceof Block.Paragraph p) {
                text(p, p.content(), n);
            } else if (b instanceof Block.BulletList l) {
                for (Block.ListItem item : l.items()) {
                    item(item, count(new Block.BulletList(List.of(item))));
                }
            } else if (b instanceof Block.OrderedList l) {
                for (int i = 0; i < l.items().size(); i++) {
                    Block.ListItem item = l.items().get(i);
                    item(item, count(new Block.OrderedList(l.start() + i, List.of(item))));
                }
            } else if (b instanceof Block.BlockQuote q && sum(q.blocks()) == n) {
                q.blocks().forEach(this::block);
            } else {
                whole(b, id(), n); // a figure, table, code block, or anything read in one piece
            }
        }

        private void item(Block.ListItem item, int n) {
            if (item.blocks().size() == 1 && item.blocks().get(0) instanceof Block.Paragraph p) {
                text(p, p.content(), n);
            } else if (sum(item.blocks()) == n) {
                item.blocks().forEach(this::block);
            } else {
                whole(item, id(), n);
            }
        }

        /** A heading or paragraph: one span per sentence when the sentences add up to the block, else one span. */
        private void text(Object owner, List<Inline> content, int n) {
            List<List<Inline>> cut = InlineSentences.split(content);
            List<Integer> counts = new ArrayList<>();
            int total = 0;
            for (List<Inline> s : cut) {
                int c = count(new Block.Paragraph(s));
                counts.add(c);
                total += c;
            }
            if (total != n) {
                cut = List.of(content);
                counts = List.of(n);
            }
            List<TextMarks.Sentence> marked = new ArrayList<>();
            for (int i = 0; i < cut.size(); i++) {
                String id = id();
                marked.add(new TextMarks.Sentence(id, cut.get(i)));
                take(id, counts.get(i), false);
            }
            sentences.put(new Identity(owner), marked);
        }

        /** An element read as a whole: one piece per sentence said. */
        private void whole(Object owner, String id, int n) {
            if (n <= 0) {
                return;
            }
            ids.put(owner instanceof String s ? s : new Identity(owner), id);
            take(id, n, true);
        }

        /** Takes the next n utterances of the script for the element with this id. */
        private void take(String id, int n, boolean bySentence) {
            List<Integer> parts = new ArrayList<>();
            for (int i = 0; i < n && cursor < utterances.size(); i++) {
                int part = utterances.get(cursor++);
                if (bySentence && !parts.isEmpty() && !(script.parts().get(part - 1) instanceof SpokenScript.Utterance)) {
                    pieces.add(new Piece(id, parts)); // a pause or chapter came between: a new sentence
                    parts = new ArrayList<>();
                }
                parts.add(part);
            }
            if (!parts.isEmpty()) {
                pieces.add(new Piece(id, parts));
            }
        }

        private int sum(List<Block> blocks) {
            return blocks.stream().mapToInt(this::count).sum();
        }

        /** A block read on its own, under a fixed title (an untitled article would be titled by its first words). */
        private int count(Block b) {
            Metadata titled = Metadata.of(BASELINE_TITLE, language);
            return count(new Article(titled, List.of(b))) - count(new Article(titled, List.of()));
        }

        /** How many utterances the script builder makes of this (part of the) article. */
        private static int count(Article a) {
            return (int) COUNTER.build(a).parts().stream().filter(p -> p instanceof SpokenScript.Utterance).count();
        }

        private String id() {
            return "r" + next++;
        }
    }
}
