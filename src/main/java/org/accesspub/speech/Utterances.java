package org.accesspub.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accesspub.lang.LanguageRuns;
import org.accesspub.lang.Languages;
import org.accesspub.speech.SpokenScript.Part;
import org.accesspub.speech.SpokenScript.Pause;
import org.accesspub.speech.SpokenScript.Source;
import org.accesspub.speech.SpokenScript.Utterance;
import org.accesspub.speech.text.Lexicon;
import org.accesspub.speech.text.MandarinReading;
import org.accesspub.speech.text.Sentences;
import org.accesspub.speech.text.TextNormalizer;

/**
 * How a text is said, for one script: cut into sentences, each sentence into utterances by language (an
 * English passage inside Chinese is its own utterance in {@code en}), the user's readings applied and
 * numbers written out, every utterance naming its {@link Source}.
 */
final class Utterances {
    private final Lexicon lexicon;
    private final String language;
    private final boolean chinese;

    Utterances(Lexicon lexicon, String language) {
        this.lexicon = lexicon;
        this.language = language;
        this.chinese = Languages.isChinese(language);
    }

    /** The article's language, which a text is read against unless said otherwise. */
    String language() {
        return language;
    }

    /** What a sentence reads, from its place among the sentences of its text. */
    interface Sourcing {
        Source of(int index, Sentences.Span span);
    }

    /** A text split into sentences, a short pause between them; the prefix goes before the first. */
    List<Part> sentences(String text, String prefix, Sourcing source) {
        return sentences(text, prefix, language, source);
    }

    /** The same, read against {@code base}: the language of the text apart from its passages in another. */
    List<Part> sentences(String text, String prefix, String base, Sourcing source) {
        List<Part> out = new ArrayList<>();
        String p = prefix;
        List<Sentences.Span> spans = Sentences.spans(text);
        for (int i = 0; i < spans.size(); i++) {
            Sentences.Span span = spans.get(i);
            join(out, ScriptBuilder.BETWEEN_SENTENCES, utterances(text.substring(span.start(), span.end()), p, base, source.of(i, span)));
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
    List<Part> utterances(String sentence, String prefix, Source source) {
        return utterances(sentence, prefix, language, source);
    }

    List<Part> utterances(String sentence, String prefix, String base, Source source) {
        String text = prefix == null ? sentence.strip() : prefix + sentence.strip();
        List<Utterance> out = new ArrayList<>();
        String pending = "";
        for (LanguageRuns.Run run : runs(text, base)) {
            String piece = pending + run.text();
            if (piece.codePoints().noneMatch(Utterances::sayable)) {
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

    /** A letter, a digit or another number (① Ⅻ ½): something a voice says, unlike punctuation. */
    private static boolean sayable(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.OTHER_NUMBER || type == Character.LETTER_NUMBER;
    }

    /** Appends a part list after a pause, when both sides have something to say. */
    static void join(List<Part> parts, int pause, List<Part> next) {
        if (next.isEmpty()) {
            return;
        }
        if (!parts.isEmpty() && !(parts.get(parts.size() - 1) instanceof Pause)) {
            parts.add(new Pause(pause));
        }
        parts.addAll(next);
    }
}
