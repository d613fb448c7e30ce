package org.accesspub.braille;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.liblouis.CompilationException;
import org.liblouis.DisplayException;
import org.liblouis.DisplayTable;
import org.liblouis.TranslationException;
import org.liblouis.TranslationResult;
import org.liblouis.Translator;

/**
 * The one door to liblouis (through liblouis-java and JNA). Output is always asked for as Unicode
 * braille: without a display table some tables give empty strings. liblouis keeps global state, so
 * every call goes through one lock; compiled tables are kept for the life of the process.
 */
public final class Louis {
    private static final Object LOCK = new Object();
    private static final Map<BrailleTable, Translator> TRANSLATORS = new EnumMap<>(BrailleTable.class);
    private static final Map<BrailleTable, Map<Integer, Boolean>> KNOWN = new EnumMap<>(BrailleTable.class);

    static {
        java.nio.file.Path library = org.accesspub.BundledNatives.liblouis();
        if (library != null) {
            org.liblouis.Louis.setLibraryPath(library.toFile());
        }
        PackedTables tables = PackedTables.bundled();
        if (tables != null) {
            org.liblouis.Louis.setTableResolver(tables);
        }
    }

    private Louis() {
    }

    /**
     * Translates text that holds only characters the table knows and ordinary spaces. With a
     * hyphenation dictionary in the table list, the result marks where words may be hyphenated.
     */
    public static Braille translate(BrailleTable table, String text) {
        if (text.isEmpty()) {
            return Braille.EMPTY;
        }
        synchronized (LOCK) {
            Translator tr = translator(table);
            try {
                int[] inter = table.hyphenates() ? hyphenPoints(tr, text) : null;
                TranslationResult r = tr.translate(text, null, null, inter, DisplayTable.StandardDisplayTables.UNICODE);
                BitSet breaks = new BitSet();
                int[] out = r.getInterCharacterAttributes();
                if (out != null) {
                    for (int i = 0; i < out.length; i++) {
                        if ((out[i] & Translator.SHY) != 0) {
                            breaks.set(i);
                        }
                    }
                }
                return new Braille(r.getBraille(), breaks);
            } catch (TranslationException | DisplayException e) {
                throw new IllegalStateException("liblouis " + table.id() + " could not translate: " + e.getMessage(), e);
            }
        }
    }

    /** Back-translation to print, for checks. */
    public static String backTranslate(BrailleTable table, String unicodeBraille) {
        synchronized (LOCK) {
            try {
                return translator(table).backTranslate(unicodeBraille);
            } catch (TranslationException e) {
                throw new IllegalStateException("liblouis " + table.id() + " could not back-translate", e);
            }
        }
    }

    /**
     * Whether the table has six-dot braille of its own for a character. liblouis writes a character
     * it lacks as an escape such as {@code \x3400\} in eight-dot cells, or drops it (zhcn-g1); cells
     * with dots 7 or 8 cannot be embossed on a six-dot page either.
     */
    public static boolean knows(BrailleTable table, int codePoint) {
        synchronized (LOCK) {
            return KNOWN.computeIfAbsent(table, t -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
                String cells = translate(table, new String(Character.toChars(cp))).cells();
                boolean any = false;
                for (int i = 0; i < cells.length(); i++) {
                    char c = cells.charAt(i);
                    if (c < '\u2800' || c > '\u283F') {
                        return false;
                    }
                    any |= c != Braille.BLANK;
                }
                return any;
            });
        }
    }

    private static int[] hyphenPoints(Translator tr, String text) {
        int length = text.codePointCount(0, text.length());
        if (length < 2) {
            return null;
        }
        try {
            byte[] h = tr.hyphenate(text);
            int[] inter = new int[length - 1];
            for (int i = 0; i < inter.length && i < h.length; i++) {
                inter[i] = h[i] == 1 ? Translator.SHY : 0;
            }
            return inter;
        } catch (TranslationException | RuntimeException e) {
            return null; // no hyphenation points: words are kept whole
        }
    }

    private static Translator translator(BrailleTable table) {
        return TRANSLATORS.computeIfAbsent(table, t -> {
            try {
                return new Translator(t.tableList());
            } catch (CompilationException e) {
                throw new IllegalStateException("liblouis cannot compile " + t.tableList(), e);
            }
        });
    }
}
