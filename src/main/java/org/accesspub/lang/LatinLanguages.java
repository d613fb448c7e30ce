package org.accesspub.lang;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells French, Spanish, Portuguese, German, Italian and Catalan from English in text without a language
 * tag (a scraped page, a plain-text file), by the short words each uses most. Cautious: a text too short to
 * tell, or whose words do not clearly lean to one language away from English and from the others, stays
 * English, the default it always had. (Italian and Catalan are told so that they are not taken for Spanish
 * or Portuguese.)
 */
final class LatinLanguages {
    /** The most frequent short words of each language; words the languages share count for each. */
    private static final Map<String, Set<String>> WORDS = new LinkedHashMap<>();

    static {
        words("en", "the and of to is that it for with was are this be on by not from have has which were will can you"
                + " in a an as at or");
        words("fr", "le la les des et est une un du de pour dans qui sur pas au avec ce sont aux été être ont mais cette"
                + " leur nous vous que il elle en par plus se ne");
        words("es", "el la los las una un del de y con está pero muy fue sus hay también entre cuando desde sobre ya"
                + " puede que en por para se es no al lo como más");
        words("pt", "não uma um os as ao dos das em com pelo pela são é à foi seu sua mas às nos nas isso também pode"
                + " você de do da que o e no na para se por como mais");
        words("de", "der die und das ist nicht mit den von zu ein eine auch sich dem im für auf wird werden nach bei"
                + " oder sie es des in zum zur aus wie kann");
        words("it", "di che il per non sono è della delle degli nel nella gli anche più questo questa alla dei la le un"
                + " una del e in con si da come");
        words("ca", "els amb per és una dels les però aquest aquesta també són pel seu hi ha va al que de la el i en no es");
    }

    private static void words(String language, String words) {
        WORDS.put(language, Set.copyOf(List.of(words.split(" "))));
    }

    private LatinLanguages() {
    }

    /**
     * The language whose words the text uses clearly more than English's (half as many again, and a tenth of
     * all its words) and than any other's (a quarter more), else {@code en}.
     */
    static String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (w.isEmpty() || w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            words++;
            for (Map.Entry<String, Set<String>> e : WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = "en";
        int bestHits = 0;
        int second = 0;
        for (String language : WORDS.keySet()) {
            int h = hits.getOrDefault(language, 0);
            if (language.equals("en")) {
                continue;
            }
            if (h > bestHits) {
                second = bestHits;
                best = language;
                bestHits = h;
            } else if (h > second) {
                second = h;
            }
        }
        int english = hits.getOrDefault("en", 0);
        boolean clear = words >= 12 && bestHits * 10 >= words && bestHits * 2 >= english * 3 && bestHits * 4 >= second * 5;
        return clear ? best : "en";
    }
}
