package org.accesspub.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accesspub.lang.Languages;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
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
        private final Utterances say;

        Run(PreparedDocument document) {
            this.document = document;
            this.language = document.language();
            this.chinese = Languages.isChinese(language);
            this.terms = document.terms();
            this.say = new Utterances(lexicon, language);
        }

        SpokenScript script(PreparedDocument document) {
            DocumentInfo md = document.info();
            List<Part> parts = new ArrayList<>();
            String title = md.title();
            parts.add(new Chapter(title));
            parts.addAll(say.sentences(title, null, (i, span) -> Source.Front.TITLE));
            if (md.subtitle() != null) {
                Utterances.join(parts, BETWEEN_SENTENCES, say.sentences(md.subtitle(), null, (i, span) -> Source.Front.SUBTITLE));
            }
            Utterances.join(parts, BETWEEN_PARAGRAPHS, announcement(md));

            List<Block> blocks = document.blocks();
            Block previous = null;
            boolean bodyStarted = false;
            boolean underHeading = false;
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                List<Part> said = new ArrayList<>(block.accept(new BlockReading(document, say, null)));
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
                    Utterances.join(parts, gap(previous, block, i == blocks.size() - 1), said);
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
                spoken.add(terms.get(Term.SPEECH_PUBLISHED, terms.spokenDate(md.date().day(), md.date().time())));
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
            List<Part> parts = say.utterances(said, null, Source.Front.ANNOUNCEMENT);
            if (parts.size() == 1 && parts.get(0) instanceof Utterance u) {
                String shown = String.join(terms.get(Term.SPEECH_SEPARATOR), md.metadataLine(terms));
                return List.of(new Utterance(shown, u.spoken(), u.language(), u.source()));
            }
            return parts;
        }
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
