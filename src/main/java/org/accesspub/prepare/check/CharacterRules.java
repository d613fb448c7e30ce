package org.accesspub.prepare.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.accesspub.braille.BrailleCoverage;
import org.accesspub.braille.BrailleTables;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.fonts.FontChain;
import org.accesspub.lang.Languages;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.speech.ScriptBuilder;
import org.accesspub.speech.SpokenScript;
import org.accesspub.speech.text.MandarinReading;

/**
 * The rules about single characters, each asked of the layer that draws, says or brailles them: a
 * character no font has (the font chain's coverage), one the speech cannot say (the spoken script as
 * the audio writer speaks it, read by {@link MandarinReading}), one a braille table lacks
 * ({@link BrailleCoverage}). One finding per character, placed where it first occurs.
 */
final class CharacterRules {
    private final PreparedDocument document;
    private final List<Spots.Spot> spots;
    private final Say say;

    CharacterRules(PreparedDocument document, List<Spots.Spot> spots, Say say) {
        this.document = document;
        this.spots = spots;
        this.say = say;
    }

    void glyphs(FontChain fonts) {
        Map<Integer, Integer> missing = fonts.uncovered(text(), false);
        missing.forEach((cp, n) -> {
            Spots.Spot at = first(cp);
            say.add(Rule.GLYPH_MISSING, Level.ERROR, headings(at), excerpt(at, cp), "glyph-missing.font",
                    chr(cp), name(cp), n);
        });
    }

    /** What the speech cannot say: the spoken script built as the audio writer builds it. */
    void readings(SpeechOptions options) {
        SpokenScript script = ScriptBuilder.forOptions(options).build(document);
        Map<Integer, Integer> unread = new TreeMap<>();
        for (SpokenScript.Part part : script.parts()) {
            if (part instanceof SpokenScript.Utterance u && u.spoken() != null) {
                if (Languages.isChinese(u.language()) && !u.language().toLowerCase(Locale.ROOT).startsWith("yue")) {
                    MandarinReading.read(u.spoken(), cp -> unread.merge(cp, 1, Integer::sum));
                } else {
                    MandarinReading.plain(u.spoken()).codePoints().filter(cp -> !MandarinReading.isReadable(cp))
                            .forEach(cp -> unread.merge(cp, 1, Integer::sum));
                }
            }
        }
        unread.forEach((cp, n) -> {
            Spots.Spot at = first(cp);
            say.add(Rule.READING_UNKNOWN, Level.WARNING, headings(at), excerpt(at, cp),
                    Languages.isHan(cp) ? "reading-unknown.han" : "reading-unknown.symbol", chr(cp), name(cp), n);
        });
    }

    void braille(BrailleTables tables) {
        Map<BrailleCoverage.Missing, Integer> missing = BrailleCoverage.missing(tables, document.language(), text());
        missing.forEach((m, n) -> {
            Spots.Spot at = first(m.codePoint());
            say.add(Rule.BRAILLE_UNTRANSLATED, Level.WARNING, headings(at), excerpt(at, m.codePoint()),
                    "braille-untranslated.table", m.table(), chr(m.codePoint()), name(m.codePoint()), n, m.writtenAs());
        });
    }

    /** The article's text, metadata included, as the outputs show it. */
    private String text() {
        StringBuilder sb = new StringBuilder(document.article().allText());
        document.metadataLine().forEach(s -> sb.append('\n').append(s));
        sb.append('\n').append(document.info().title());
        return sb.toString();
    }

    private Spots.Spot first(int cp) {
        for (Spots.Spot s : spots) {
            if (s.text().indexOf(new String(Character.toChars(cp))) >= 0) {
                return s;
            }
        }
        return null;
    }

    private static List<String> headings(Spots.Spot at) {
        return at == null ? List.of() : at.headings();
    }

    /** The text around the character's first occurrence. */
    private String excerpt(Spots.Spot at, int cp) {
        String text = at != null ? at.text() : document.info().title();
        String c = chr(cp);
        int i = text.indexOf(c);
        if (i < 0) {
            return Spots.excerpt(text, 40);
        }
        int from = Math.max(0, i - 12);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        int to = Math.min(text.length(), i + c.length() + 12);
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }

    private static String chr(int cp) {
        return new String(Character.toChars(cp));
    }

    static String name(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " " + name);
    }
}
