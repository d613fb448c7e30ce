package org.accesspub.lang;

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
     * when traditional forms dominate; anything else {@code en}.
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
            return "en";
        }
        return traditional > simplified ? "zh-TW" : "zh-CN";
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
