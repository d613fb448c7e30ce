package org.accesspub.lang;

import java.util.List;
import java.util.Locale;

/** Script facts and language guesses shared by readers, writers and speech. */
public final class Languages {
    // Characters that exist in only one of the two written forms, common enough to count on.
    private static final String TRADITIONAL = "這說們國會來時為個學對發經與見開關現體點實長問進動後區書過還機電報務業產際"
            + "東車門馬鳥魚當從將應覺議記設話讀論變們樣寫萬無給與歡聽麼們義頭條雲氣陽陰歲權術員傳價軍農廣鄉"
            + "辦視領選費導歷準確錢數張隊擊則";
    private static final String SIMPLIFIED = "这说们国会来时为个学对发经与见开关现体点实长问进动后区书过还机电报务业产际"
            + "东车门马鸟鱼当从将应觉议记设话读论变样写万无给与欢听么义头条云气阳阴岁权术员传价军农广乡"
            + "办视领选费导历准确钱数张队击则";

    private Languages() {
    }

    /** Han ideographs (the unified blocks and their extensions) and the iteration mark 〇. */
    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    public static boolean isLatinLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    /** True for any Chinese tag (zh, zh-CN, zh-Hant-TW, cmn, yue …). */
    public static boolean isChinese(String tag) {
        String l = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        return l.startsWith("zh") || l.startsWith("cmn") || l.startsWith("yue");
    }

    /**
     * Guesses the language of a text by its script: mostly Han gives {@code zh-CN}, or {@code zh-TW}
     * when traditional forms dominate ({@code zh-HK} when Hong Kong's words do: 港幣, 全港, 嘅); Latin text
     * {@code fr}, {@code es}, {@code pt}, {@code de} or {@code it} when its words clearly say so
     * ({@link LatinLanguages}), else {@code en}.
     */
    public static String detect(String text) {
        int han = 0;
        int latinWords = 0;
        int traditional = 0;
        int simplified = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean latin = isLatinLetter(cp);
            if (latin && !inWord) {
                latinWords++;
            }
            inWord = latin;
            if (isHan(cp)) {
                han++;
                if (TRADITIONAL.indexOf(cp) >= 0) {
                    traditional++;
                } else if (SIMPLIFIED.indexOf(cp) >= 0) {
                    simplified++;
                }
            }
        }
        // One Han character carries about as much as one Latin word.
        if (han == 0 || han < latinWords) {
            return LatinLanguages.guess(text);
        }
        if (traditional <= simplified) {
            return "zh-CN";
        }
        return hongKong(text) ? "zh-HK" : "zh-TW";
    }

    /** Words of Hong Kong's institutions and money, and Cantonese written forms (嘅 咗 啲 唔 係 冇 喺 佢 嚟 嗰). */
    private static final List<String> HONG_KONG = List.of("香港", "港幣", "全港", "港府", "特區政府", "區議會", "港鐵",
            "九龍", "新界", "港島", "社署", "衞生署", "康文署", "食環署", "房委會", "嘅", "咗", "啲", "唔", "係", "冇",
            "喺", "佢", "嚟", "嗰", "澳門", "澳門元");
    /** Words of Taiwan's institutions and money. */
    private static final List<String> TAIWAN = List.of("臺灣", "台灣", "臺北", "台北", "新臺幣", "新台幣", "行政院",
            "立法院", "縣政府", "鄉公所", "國語");

    /** Whether Traditional text is Hong Kong's (or Macau's): its words outnumber Taiwan's, at least twice. */
    static boolean hongKong(String text) {
        int hk = count(text, HONG_KONG);
        return hk >= 2 && hk > count(text, TAIWAN);
    }

    private static int count(String text, List<String> words) {
        int n = 0;
        for (String w : words) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                n++;
            }
        }
        return n;
    }

    /** Whether a language tag is well-formed BCP 47 ({@code zh-CN}, {@code zh-Hant-TW}, {@code en}). */
    public static boolean isWellFormedTag(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 64) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag.strip().replace('_', '-'));
            return true;
        } catch (java.util.IllformedLocaleException e) {
            return false;
        }
    }

    /** A user's {@code --lang}: well-formed BCP 47, or a usage error. */
    public static String requireTag(String tag) {
        if (!isWellFormedTag(tag)) {
            throw org.accesspub.AccesspubException.badUsage("--lang needs a BCP 47 language tag such as zh-CN,"
                    + " zh-TW or en; this one is not well-formed");
        }
        return tag.strip().replace('_', '-');
    }
}
