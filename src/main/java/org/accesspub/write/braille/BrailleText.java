package org.accesspub.write.braille;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.braille.BrailleTable;
import org.accesspub.braille.BrailleTables;
import org.accesspub.braille.Louis;
import org.accesspub.braille.Braille;
import org.accesspub.braille.PrintText;
import org.accesspub.braille.ReadingSpeller;
import org.accesspub.lang.ChineseWords;
import org.accesspub.lang.LanguageRuns;
import org.accesspub.lang.Languages;
import org.accesspub.prepare.PreparedDocument;

/**
 * Print text to braille cells: spaces normalised, the text cut into language runs (an English
 * passage in a Chinese article takes the English table and the other way round), Chinese segmented
 * into words written apart (分词连写), each run translated by its table. A Han character a Mandarin
 * table lacks is spelled from its reading ({@link ReadingSpeller}); another character the table lacks
 * goes to UEB grade 1 if that has it, else is written as its code point, and is counted for the
 * report. Not thread-safe: one per article.
 */
final class BrailleText {
    static final BrailleTable FALLBACK = BrailleTable.FALLBACK;
    private static final String CLAUSE_ENDS = "。？！；：";
    private static final String OPENING = "“‘（《「『【〔";
    /** The longest text handed to liblouis at once. */
    static final int CHUNK = 2000;
    private static final Braille BLANK_CELL = new Braille(String.valueOf(Braille.BLANK), new java.util.BitSet());

    private final BrailleTables tables;
    private final String language;
    /** Splits a text into language runs against a base language: the prepared document's rule. */
    private final java.util.function.BiFunction<String, String, List<LanguageRuns.Run>> runs;
    private final UnknownCharacters unknown;
    private final java.util.Map<Integer, Braille> standIns = new java.util.HashMap<>();

    /** Braille of a prepared document: its language runs as prepared ({@link PreparedDocument#runs}). */
    BrailleText(BrailleTables tables, PreparedDocument document, UnknownCharacters unknown) {
        this(tables, document.language(), document::runs, unknown);
    }

    /** Braille of text in {@code language} alone, runs split against it (tests and code listings). */
    BrailleText(BrailleTables tables, String language, UnknownCharacters unknown) {
        this(tables, language, LanguageRuns::split, unknown);
    }

    private BrailleText(BrailleTables tables, String language,
                        java.util.function.BiFunction<String, String, List<LanguageRuns.Run>> runs,
                        UnknownCharacters unknown) {
        this.tables = tables;
        this.language = language;
        this.runs = runs;
        this.unknown = unknown;
    }

    /** The same translator for code: Latin text uncontracted, so that code reads letter by letter. */
    BrailleText forCode() {
        List<BrailleTable> chosen = new ArrayList<>();
        for (BrailleTable.Script s : BrailleTable.Script.values()) {
            chosen.add(s == BrailleTable.Script.LATIN ? BrailleTable.UEB_G1 : tables.forScript(s));
        }
        return new BrailleText(BrailleTables.of(chosen), language, runs, unknown);
    }

    String language() {
        return language;
    }

    /** Braille for text in the article's language, with passages in the other language switched. */
    Braille translate(String text) {
        return translate(text, language);
    }

    /** Braille for a paragraph in its prepared language ({@code ParagraphStyle.language()}), other passages switched. */
    Braille translate(String text, String paragraphLanguage) {
        String clean = PrintText.normalise(text);
        if (clean.isEmpty()) {
            return Braille.EMPTY;
        }
        List<Braille> parts = new ArrayList<>();
        for (LanguageRuns.Run run : runs.apply(clean, paragraphLanguage)) {
            parts.add(translateRun(run.text(), tables.forLanguage(run.language())));
        }
        return tidy(Braille.concat(parts));
    }

    private Braille translateRun(String text, BrailleTable table) {
        List<Braille> parts = new ArrayList<>();
        StringBuilder known = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || Louis.knows(table, cp)) {
                known.appendCodePoint(cp);
                continue;
            }
            parts.add(translateKnown(known.toString(), table));
            known.setLength(0);
            Braille spelled = Languages.isHan(cp) ? ReadingSpeller.spell(table, cp) : null;
            if (spelled != null) {
                parts.add(spelled); // Chinese braille writes syllables: a character the table lacks, by its reading
            } else if (Languages.isLatinLetter(cp) && Louis.knows(FALLBACK, cp)) {
                // a lone letter such as the X of 6+2+X: the table for Latin letters writes it, as for English passages
                parts.add(Louis.translate(FALLBACK, new String(Character.toChars(cp))));
            } else {
                parts.add(standIn(table, cp));
            }
        }
        parts.add(translateKnown(known.toString(), table));
        return Braille.concat(parts);
    }

    private Braille translateKnown(String text, BrailleTable table) {
        if (text.isEmpty()) {
            return Braille.EMPTY;
        }
        if (text.length() > CHUNK) {
            return inChunks(text, table);
        }
        String words = table.script() == BrailleTable.Script.LATIN ? text : spaceWords(text);
        return Louis.translate(table, words);
    }

    /**
     * liblouis takes time that grows faster than the text (a paragraph of 2 MB took minutes): a long text is
     * translated in pieces of at most {@link #CHUNK} characters, cut after a sentence, else at a space (which
     * becomes one blank cell between the pieces), else after a Chinese clause mark, else anywhere.
     */
    private Braille inChunks(String text, BrailleTable table) {
        List<Braille> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + CHUNK);
            boolean space = false;
            if (end < text.length()) {
                int sentence = -1;
                int blank = -1;
                int clause = -1;
                for (int i = end - 1; i > start + CHUNK / 2; i--) {
                    char c = text.charAt(i);
                    if (c == ' ' && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                        sentence = i;
                        break;
                    }
                    if (c == ' ' && blank < 0) {
                        blank = i;
                    }
                    if (clause < 0 && "。！？；，、".indexOf(c) >= 0) {
                        clause = i + 1;
                    }
                }
                if (sentence > 0 || blank > 0) {
                    end = sentence > 0 ? sentence : blank;
                    space = true;
                } else if (clause > 0) {
                    end = clause;
                } else if (Character.isHighSurrogate(text.charAt(end - 1))) {
                    end--;
                }
            }
            parts.add(translateKnown(text.substring(start, end), table));
            if (space) {
                parts.add(BLANK_CELL);
            }
            start = space ? end + 1 : end;
        }
        return Braille.concat(parts);
    }

    /** What stands for a character the table lacks: UEB grade 1 if it has it, else its code point. */
    private Braille standIn(BrailleTable table, int cp) {
        boolean fallback = table != FALLBACK && Louis.knows(FALLBACK, cp);
        unknown.count(table, cp, fallback);
        return standIns.computeIfAbsent(cp, c -> Louis.translate(FALLBACK,
                fallback ? new String(Character.toChars(c)) : UnknownCharacters.codePoint(c)));
    }

    /**
     * Chinese words written apart: a space between two words and after a mark that ends a sentence
     * or clause (。？！；：) before the next word; none before punctuation. The tables add the blank
     * after 、 and ， themselves.
     */
    static String spaceWords(String text) {
        StringBuilder sb = new StringBuilder(text.length() + text.length() / 2);
        String previous = null;
        for (String word : ChineseWords.segment(text)) {
            if (previous != null && !word.isBlank() && !previous.isBlank()) {
                int last = previous.codePointBefore(previous.length());
                int first = word.codePointAt(0);
                if ((isWordy(last) || CLAUSE_ENDS.indexOf(last) >= 0) && (isWordy(first) || OPENING.indexOf(first) >= 0)) {
                    sb.append(' ');
                }
            }
            sb.append(word);
            previous = word;
        }
        return sb.toString();
    }

    private static boolean isWordy(int cp) {
        return Languages.isHan(cp) || Character.isLetterOrDigit(cp);
    }

    /** One blank between words, none at the ends. */
    private static Braille tidy(Braille b) {
        String cells = b.cells();
        StringBuilder sb = new StringBuilder(cells.length());
        java.util.BitSet breaks = new java.util.BitSet();
        for (int i = 0; i < cells.length(); i++) {
            char c = cells.charAt(i);
            if (c == Braille.BLANK && (sb.length() == 0 || sb.charAt(sb.length() - 1) == Braille.BLANK)) {
                continue;
            }
            if (b.breakAfter(i)) {
                breaks.set(sb.length());
            }
            sb.append(c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == Braille.BLANK) {
            end--;
        }
        sb.setLength(end);
        return new Braille(sb.toString(), breaks.get(0, Math.max(0, end)));
    }
}
