package org.accesspub.braille;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accesspub.lang.Languages;

/**
 * The table for each script: national common braille for simplified Chinese, Taiwan braille for
 * traditional Chinese, Hong Kong Cantonese braille for zh-HK, zh-MO and yue, UEB grade 2 for English, each replaceable with {@code --braille-table}.
 * Immutable.
 */
public final class BrailleTables {
    private final Map<BrailleTable.Script, BrailleTable> bySript;

    private BrailleTables(Map<BrailleTable.Script, BrailleTable> byScript) {
        this.bySript = new EnumMap<>(byScript);
    }

    public static BrailleTables defaults() {
        return of(List.of());
    }

    /** The defaults, with each named table taking the place of the default for its script. */
    public static BrailleTables of(List<BrailleTable> chosen) {
        Map<BrailleTable.Script, BrailleTable> m = new EnumMap<>(BrailleTable.Script.class);
        m.put(BrailleTable.Script.SIMPLIFIED, BrailleTable.ZHCN_CBS);
        m.put(BrailleTable.Script.TRADITIONAL, BrailleTable.ZH_TW);
        m.put(BrailleTable.Script.CANTONESE, BrailleTable.ZH_HK);
        m.put(BrailleTable.Script.LATIN, BrailleTable.UEB_G2);
        chosen.forEach(t -> m.put(t.script(), t));
        return new BrailleTables(m);
    }

    public BrailleTable forScript(BrailleTable.Script script) {
        return bySript.get(script);
    }

    /**
     * The table for text in a language: Chinese by its written form ({@code zh-TW}, {@code zh-HK},
     * {@code zh-Hant} are traditional), anything else the Latin table.
     */
    public BrailleTable forLanguage(String tag) {
        if (!Languages.isChinese(tag)) {
            return forScript(BrailleTable.Script.LATIN);
        }
        if (isCantonese(tag)) {
            return forScript(BrailleTable.Script.CANTONESE);
        }
        return forScript(isTraditional(tag) ? BrailleTable.Script.TRADITIONAL : BrailleTable.Script.SIMPLIFIED);
    }

    /** Hong Kong, Macau and Cantonese tags: Cantonese braille, as their speech is Cantonese. */
    static boolean isCantonese(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.startsWith("yue") || t.startsWith("zh-yue") || t.endsWith("-hk") || t.endsWith("-mo");
    }

    static boolean isTraditional(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.contains("hant") || t.endsWith("-tw") || t.endsWith("-hk") || t.endsWith("-mo");
    }
}
