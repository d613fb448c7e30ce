package org.accesspub.braille;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accesspub.lang.ChineseWords;
import org.accesspub.speech.text.PolyphoneModel;
import org.accesspub.speech.text.ReadingData;

/**
 * Braille for a Han character a Mandarin table lacks (他 in liblouis's zh-tw table, 朓), spelled from its reading:
 * Chinese braille writes syllables, so the character is written as the table writes another character with the
 * same one reading (他 tā as 塌 tā). The stand-in is a character with a single reading in HanLP's dictionary and
 * g2pM's list; where the table writes such characters differently (a contraction such as 他 in 国家通用盲文), the
 * form most of the first few take is used. Cantonese tables are not served: their readings are not Mandarin's.
 * Shared by the articles of a process; thread-safe.
 */
public final class ReadingSpeller {
    private static final int CANDIDATES = 3;
    private static final Map<String, Braille> SPELLED = new HashMap<>();

    private ReadingSpeller() {
    }

    /** The braille of {@code cp}'s reading in the table, or null (no Mandarin table, no reading, no stand-in). */
    public static Braille spell(BrailleTable table, int cp) {
        if (table.script() != BrailleTable.Script.SIMPLIFIED && table.script() != BrailleTable.Script.TRADITIONAL) {
            return null;
        }
        String syllable = reading(cp);
        if (syllable == null) {
            return null;
        }
        synchronized (SPELLED) {
            String key = table.id() + " " + syllable;
            if (!SPELLED.containsKey(key)) {
                SPELLED.put(key, standIn(table, syllable, cp));
            }
            return SPELLED.get(key);
        }
    }

    /** The character's reading: HanLP's, else Unihan's. */
    static String reading(int cp) {
        List<String> p = ChineseWords.pinyin(Character.toString(cp));
        String r = p.isEmpty() ? null : p.get(0);
        return r != null ? r : ReadingData.mandarin(cp);
    }

    private static Braille standIn(BrailleTable table, String syllable, int self) {
        PolyphoneModel model = PolyphoneModel.get();
        Map<String, Integer> votes = new HashMap<>();
        Braille first = null;
        int found = 0;
        for (int cp = 0x4E00; cp <= 0x9FFF && found < CANDIDATES; cp++) {
            if (cp == self || !model.readings(cp).isEmpty() || !syllable.equals(reading(cp)) || !Louis.knows(table, cp)) {
                continue;
            }
            Braille b = Louis.translate(table, Character.toString(cp));
            votes.merge(b.cells(), 1, Integer::sum);
            if (first == null || votes.get(b.cells()) > votes.getOrDefault(first.cells(), 0)) {
                first = b;
            }
            found++;
        }
        return first;
    }
}
