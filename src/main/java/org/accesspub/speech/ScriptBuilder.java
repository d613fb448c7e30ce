package org.accesspub.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accesspub.lang.LanguageRuns;
import org.accesspub.lang.Languages;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.prepare.DocumentInfo;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.Term;
import org.accesspub.prepare.Terms;
import org.accesspub.speech.SpokenScript.Chapter;
import org.accesspub.speech.SpokenScript.Part;
import org.accesspub.speech.SpokenScript.Pause;
import org.accesspub.speech.SpokenScript.Source;
import org.accesspub.speech.SpokenScript.Utterance;
import org.accesspub.speech.text.Lexicon;
import org.accesspub.speech.text.MandarinReading;
import org.accesspub.speech.text.Sentences;
import org.accesspub.speech.text.TextNormalizer;

/**
 * Decides what is said, in which order and with which pauses: the title (a chapter), one
 * announcement of date and source, the body (a chapter, and one more at every heading), the
 * closing credit last. Each sentence becomes one or more utterances (an English passage inside
 * Chinese is its own utterance in {@code en}); utterances of one sentence follow each other with no
 * pause between them, and every sentence boundary has one, so the audio writer can time one
 * transcript cue per sentence. Every utterance names its {@link Source}: the title, the announcement, or the
 * sentence of the block it reads, so the talking books show and highlight what is being said from the script
 * itself.
 *
 * <p>Built once with {@link #builder()}, immutable, safe to share.
 */
public final class ScriptBuilder {
    /** Silence before a heading, after a heading, between paragraphs, between sentences (ms). */
    public static final int BEFORE_HEADING = 1200;
    public static final int AFTER_HEADING = 600;
    public static final int BETWEEN_PARAGRAPHS = 800;
    public static final int BETWEEN_ITEMS = 600;
    public static final int BETWEEN_SENTENCES = 400;
    /** Silence at the end of each line of verse or an address (ms). */
    public static final int BETWEEN_LINES = 500;
    /** A code block of at most this many lines and characters is read out; a longer one is announced and skipped. */
    public static final int SHORT_CODE_LINES = 5;
    public static final int SHORT_CODE_CHARS = 200;

    private final Lexicon lexicon;

    private ScriptBuilder(Builder b) {
        this.lexicon = b.lexicon;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The builder the user's options ask for: their {@code --lexicon} file, if any, is loaded here
     * (a bad line is a bad-input error naming the line). Used by the audio writer and by
     * {@code accesspub inspect --speech}, so both say the same thing.
     */
    public static ScriptBuilder forOptions(SpeechOptions options) {
        Builder b = builder();
        if (options.lexicon() != null) {
            b.lexicon(Lexicon.load(options.lexicon()));
        }
        return b.build();
    }

    public static final class Builder {
        private Lexicon lexicon = Lexicon.empty(); // no user readings

        public Builder lexicon(Lexicon v) {
            lexicon = v == null ? Lexicon.empty() : v;
            return this;
        }

        public ScriptBuilder build() {
            return new ScriptBuilder(this);
        }
    }

    public SpokenScript build(PreparedDocument document) {
        return new Run(document).script(document);
    }

    /** The state of building one script. */
    private final class Run {
        private final PreparedDocument document;
        private final String language;
        private final boolean chinese;
        private final Terms terms;

        Run(PreparedDocument document) {
            this.document = document;
            this.language = document.language();
            this.chinese = Languages.isChinese(language);
            this.terms = document.terms();
        }

        SpokenScript script(PreparedDocument document) {
            DocumentInfo md = document.info();
            List<Part> parts = new ArrayList<>();
            String title = md.title();
            parts.add(new Chapter(title));
            parts.addAll(sentences(title, null, (i, span) -> Source.Front.TITLE));
            if (md.subtitle() != null) {
                join(parts, BETWEEN_SENTENCES, sentences(md.subtitle(), null, (i, span) -> Source.Front.SUBTITLE));
            }
            join(parts, BETWEEN_PARAGRAPHS, announcement(md));

            List<Block> blocks = document.blocks();
            Block previous = null;
            boolean bodyStarted = false;
            boolean underHeading = false;
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (!bodyStarted && title != null && block instanceof Block.Heading h
                        && sameText(Blocks.plainText(h.content()), title)) {
                    continue; // the title is read once, even when the first heading repeats it
                }
                List<Part> said = new ArrayList<>(block.accept(new BlockReader(null)));
                if (said.isEmpty()) {
                    if (block instanceof Block.ThematicBreak) {
                        previous = block;
                    }
                    continue;
                }
                if (block instanceof Block.Heading) {
                    underHeading = true;
                } else {
                    // a chapter per paragraph: a sub-chapter under a heading, else one of its own
                    said.add(0, new Chapter(chapterTitle(said), underHeading ? 1 : 0));
                }
                if (!bodyStarted) {
                    bodyStarted = true;
                    parts.add(new Pause(BEFORE_HEADING));
                    parts.addAll(said);
                } else {
                    join(parts, gap(previous, block, i == blocks.size() - 1), said);
                }
                previous = block;
            }
            trimPauses(parts);
            return new SpokenScript(language, parts);
        }

        /**
         * A paragraph's chapter title: its first sentence as written, cut to about twenty characters (Chinese) or
         * forty (other languages, at a word).
         */
        private String chapterTitle(List<Part> said) {
            StringBuilder sb = new StringBuilder();
            for (Part p : said) {
                if (p instanceof Utterance u) {
                    sb.append(u.display());
                } else if (p instanceof Pause && sb.length() > 0) {
                    break;
                }
            }
            String t = sb.toString().strip().replaceAll("\\s+", " ");
            int max = chinese ? 22 : 40;
            if (t.codePointCount(0, t.length()) <= max + 2) {
                return t;
            }
            String cut = t.substring(0, t.offsetByCodePoints(0, max));
            int space = cut.lastIndexOf(' ');
            if (!chinese && space > max / 2) {
                cut = cut.substring(0, space);
            }
            return cut.strip() + "…";
        }

        private static boolean sameText(String a, String b) {
            return a.replaceAll("[\\s\\p{P}]", "").equals(b.replaceAll("[\\s\\p{P}]", ""));
        }

        private int gap(Block previous, Block next, boolean last) {
            if (next instanceof Block.Heading || previous instanceof Block.ThematicBreak || (last && credit(next))) {
                return BEFORE_HEADING;
            }
            return previous instanceof Block.Heading ? AFTER_HEADING : BETWEEN_PARAGRAPHS;
        }

        /**
         * A closing credit: a paragraph that names the source as the metadata line does, with the locale's word
         * for it ({@code 来源：…}, {@code 來源：…}, {@code Source: …}).
         */
        private boolean credit(Block block) {
            if (!(block instanceof Block.Paragraph p)) {
                return false;
            }
            String label = terms.source("").replaceAll("[\\s:：]+$", "");
            String text = Blocks.plainText(p.content()).strip();
            return !label.isEmpty() && text.regionMatches(true, 0, label, 0, label.length())
                    && text.substring(label.length()).stripLeading().matches("(?s)[:：].*");
        }

        /**
         * 发布时间二零二四年三月十八日，来源新吴区人民政府 / Published 18 March 2024, source …: the metadata line
         * in the speech terms; the transcript shows it as printed (发布时间：…).
         */
        private List<Part> announcement(DocumentInfo md) {
            List<String> spoken = new ArrayList<>();
            if (md.date() != null) {
                spoken.add(terms.get(Term.SPEECH_PUBLISHED, terms.spokenDate(md.date().day())));
            } else if (md.dateText() != null) {
                spoken.add(terms.get(Term.SPEECH_PUBLISHED, md.dateText()));
            }
            if (md.author() != null) {
                spoken.add(terms.get(Term.SPEECH_AUTHOR, md.author()));
            }
            if (md.source() != null) {
                spoken.add(terms.get(Term.SPEECH_SOURCE, md.source()));
            }
            if (spoken.isEmpty()) {
                return List.of();
            }
            String said = String.join(terms.get(Term.SPEECH_SEPARATOR), spoken);
            said = said.substring(0, 1).toUpperCase(Locale.ROOT) + said.substring(1);
            List<Part> parts = utterances(said, null, Source.Front.ANNOUNCEMENT);
            if (parts.size() == 1 && parts.get(0) instanceof Utterance u) {
                String shown = String.join(terms.get(Term.SPEECH_SEPARATOR), md.metadataLine(terms));
                return List.of(new Utterance(shown, u.spoken(), u.language(), u.source()));
            }
            return parts;
        }

        /**
         * Reads each block type as a listener expects it, naming the source of every sentence: a heading's or
         * paragraph's own sentence, or, inside a block read as a whole (a figure, table, listing, verse,
         * definition list, note), that block.
         */
        private final class BlockReader implements Block.Visitor<List<Part>> {
            /** The block read as a whole this reader is inside, or null. */
            private final Block whole;
            /** Sentences said so far for {@link #whole}. */
            private int said;

            BlockReader(Block whole) {
                this.whole = whole;
            }

            /** The reader for a block read as a whole: this one when already inside one, else a reader of its own. */
            private BlockReader within(Block b) {
                return whole != null ? this : new BlockReader(b);
            }

            /** The next sentence said inside {@link #whole}. */
            private Source next() {
                return new Source.Whole(whole, said++);
            }

            /** A block's text: one sentence after the other, each its own source (or the whole block's). */
            private List<Part> text(Block owner, String text, String prefix) {
                return text(owner, text, prefix, language);
            }

            /** A paragraph's text, read against the language prepared for it (an English paragraph's numbers in English). */
            private List<Part> text(Block.Paragraph p, String prefix) {
                return text(p, Blocks.plainText(p.content()), prefix, document.paragraph(p).language());
            }

            private List<Part> text(Block owner, String text, String prefix, String base) {
                return sentences(text, prefix, base,
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
                    join(out, BETWEEN_ITEMS, item(item, null));
                }
                return out;
            }

            public List<Part> visit(Block.OrderedList l) {
                List<Part> out = new ArrayList<>();
                for (int i = 0; i < l.items().size(); i++) {
                    // An item is read with its number, as it is printed: 一、… / one. …
                    String number = terms.get(Term.SPEECH_ITEM, l.start() + i);
                    join(out, BETWEEN_ITEMS, item(l.items().get(i), number));
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
                    join(out, BETWEEN_SENTENCES, said);
                }
                return out;
            }

            public List<Part> visit(Block.BlockQuote q) {
                List<Part> out = new ArrayList<>();
                for (Block b : q.blocks()) {
                    join(out, BETWEEN_PARAGRAPHS, b.accept(this));
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
                    out.addAll(utterances(terms.image(alt), null, next()));
                }
                if (i.caption() != null && !i.caption().isBlank()) {
                    join(out, BETWEEN_SENTENCES, text(i, i.caption(), out.isEmpty() ? terms.image("") : null));
                }
                return out; // an image without alt text or caption is decoration: nothing is said
            }

            public List<Part> visit(Block.Table t) {
                return within(t).table(t);
            }

            private List<Part> table(Block.Table t) {
                List<Part> out = new ArrayList<>();
                int rows = t.rows().size();
                out.addAll(utterances(rows == 1 ? terms.get(Term.SPEECH_TABLE_ONE) : terms.get(Term.SPEECH_TABLE, rows), null, next()));
                if (rows == 0 && !t.header().isEmpty()) {
                    join(out, BETWEEN_SENTENCES, utterances(row(List.of(), t.header()), null, next()));
                }
                for (List<List<Inline>> r : t.rows()) {
                    String line = row(t.header(), r);
                    if (!line.isBlank()) {
                        join(out, BETWEEN_SENTENCES, utterances(line, null, next()));
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
                if (lines.size() > SHORT_CODE_LINES || String.join("", lines).length() > SHORT_CODE_CHARS) {
                    return utterances(terms.get(Term.SPEECH_CODE_SKIPPED, lines.size()), null, next());
                }
                List<Part> out = new ArrayList<>();
                String prefix = terms.get(Term.SPEECH_CODE);
                for (String line : lines) {
                    join(out, BETWEEN_SENTENCES, utterances(line, prefix, next()));
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
                        join(out, BETWEEN_LINES, utterances(text, null, next()));
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
                        join(said, BETWEEN_SENTENCES, b.accept(this));
                    }
                    join(out, BETWEEN_ITEMS, said);
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
                List<Part> out = new ArrayList<>(utterances(terms.get(Term.SPEECH_LABEL, label), null, next()));
                for (Block b : blocks) {
                    join(out, BETWEEN_SENTENCES, b.accept(this));
                }
                return out;
            }

            public List<Part> visit(Block.ThematicBreak b) {
                return List.of();
            }
        }

        /** What a sentence reads, from its place among the sentences of its text. */
        private interface Sourcing {
            Source of(int index, Sentences.Span span);
        }

        /** A text split into sentences, a short pause between them; the prefix goes before the first. */
        private List<Part> sentences(String text, String prefix, Sourcing source) {
            return sentences(text, prefix, language, source);
        }

        /** The same, read against {@code base}: the language of the text apart from its passages in another. */
        private List<Part> sentences(String text, String prefix, String base, Sourcing source) {
            List<Part> out = new ArrayList<>();
            String p = prefix;
            List<Sentences.Span> spans = Sentences.spans(text);
            for (int i = 0; i < spans.size(); i++) {
                Sentences.Span span = spans.get(i);
                join(out, BETWEEN_SENTENCES, utterances(text.substring(span.start(), span.end()), p, base, source.of(i, span)));
                p = null;
            }
            return out;
        }

        /**
         * The language runs of a sentence, a sentence too long for one utterance first cut into pieces
         * ({@link UtteranceCuts}): an engine never holds more than a piece, whatever the punctuation.
         */
        private List<LanguageRuns.Run> runs(String text, String base) {
            List<LanguageRuns.Run> runs = new ArrayList<>();
            for (String piece : UtteranceCuts.cut(text)) {
                runs.addAll(LanguageRuns.split(piece, base));
            }
            return runs;
        }

        /** One sentence as utterances, one per language run; punctuation-only runs join their neighbour. */
        private List<Part> utterances(String sentence, String prefix, Source source) {
            return utterances(sentence, prefix, language, source);
        }

        private List<Part> utterances(String sentence, String prefix, String base, Source source) {
            String text = prefix == null ? sentence.strip() : prefix + sentence.strip();
            List<Utterance> out = new ArrayList<>();
            String pending = "";
            for (LanguageRuns.Run run : runs(text, base)) {
                String piece = pending + run.text();
                if (piece.codePoints().noneMatch(ScriptBuilder::sayable)) {
                    if (out.isEmpty()) {
                        pending = piece;
                    } else {
                        Utterance last = out.remove(out.size() - 1);
                        out.add(new Utterance(last.display() + piece, last.spoken() + piece.strip(), last.language(), source));
                    }
                    continue;
                }
                pending = "";
                String reading = lexicon.apply(piece);
                String lang = run.language();
                // A reading may change the script (GDP=国内生产总值): read it in the language it is written in.
                if (!Languages.isChinese(lang) && reading.codePoints().anyMatch(Languages::isHan)
                        && reading.codePoints().noneMatch(Languages::isLatinLetter)) {
                    lang = chinese ? language : "zh";
                }
                String spoken = MandarinReading.normalize(reading, TextNormalizer.forLanguage(lang)).strip();
                if (out.isEmpty() && !spoken.isEmpty() && Character.isDigit(piece.strip().charAt(0))) {
                    // A sentence that starts with a number starts with a capital when written out.
                    spoken = spoken.substring(0, 1).toUpperCase(Locale.ROOT) + spoken.substring(1);
                }
                out.add(new Utterance(piece, spoken, lang, source));
            }
            if (!pending.isEmpty() && !pending.isBlank()) {
                out.add(new Utterance(pending, pending.strip(), base, source));
            }
            return new ArrayList<>(out);
        }
    }

    /** A letter, a digit or another number (① Ⅻ ½): something a voice says, unlike punctuation. */
    private static boolean sayable(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER;
    }

    /** Appends a part list after a pause, when both sides have something to say. */
    private static void join(List<Part> parts, int pause, List<Part> next) {
        if (next.isEmpty()) {
            return;
        }
        if (!parts.isEmpty() && !(parts.get(parts.size() - 1) instanceof Pause)) {
            parts.add(new Pause(pause));
        }
        parts.addAll(next);
    }

    /** Two pauses in a row become the longer one; a script neither starts nor ends with silence. */
    private static void trimPauses(List<Part> parts) {
        for (int i = parts.size() - 1; i > 0; i--) {
            if (parts.get(i) instanceof Pause a && parts.get(i - 1) instanceof Pause b) {
                parts.set(i - 1, new Pause(Math.max(a.millis(), b.millis())));
                parts.remove(i);
            }
        }
        while (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof Pause) {
            parts.remove(parts.size() - 1);
        }
        while (!parts.isEmpty() && parts.get(0) instanceof Pause) {
            parts.remove(0);
        }
    }
}
