package org.accesspub.braille;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.accesspub.AccesspubException;

/**
 * The liblouis tables accesspub writes with, the script each serves and the code it follows.
 * Every table is bundled with liblouis 3.27 (org.liblouis:liblouis-java resources).
 */
public enum BrailleTable {
    /** 国家通用盲文 (GF 0019-2018), tones marked where the standard asks; the default for simplified Chinese. */
    ZHCN_CBS("zhcn-cbs", "zhcn-cbs.ctb", Script.SIMPLIFIED),
    /** 现行盲文 (GB/T 15720-2008 current Chinese braille) with a tone on every syllable. */
    ZHCN_G1("zhcn-g1", "zhcn-g1.ctb", Script.SIMPLIFIED),
    /** 國語點字 (Taiwan Mandarin braille, Zhuyin based); the default for traditional Chinese. */
    ZH_TW("zh-tw", "zh-tw.ctb", Script.TRADITIONAL),
    /** Hong Kong Cantonese braille (liblouis zh-hk); the default for zh-HK, zh-MO and yue. */
    ZH_HK("zh-hk", "zh-hk.ctb", Script.CANTONESE),
    /** Unified English Braille grade 2 (contracted); the default for English. */
    UEB_G2("ueb-g2", "en-ueb-g2.ctb,hyph_en_US.dic", Script.LATIN),
    /** Unified English Braille grade 1 (uncontracted). */
    UEB_G1("ueb-g1", "en-ueb-g1.ctb,hyph_en_US.dic", Script.LATIN);

    /** What a table is for: a Chinese article picks by script, passages in Latin letters take the Latin table. */
    /** The table for a character the chosen one lacks: UEB grade 1, letter by letter. */
    public static final BrailleTable FALLBACK = UEB_G1;

    public enum Script { SIMPLIFIED, TRADITIONAL, CANTONESE, LATIN }

    private final String id;
    private final String tableList;
    private final Script script;

    BrailleTable(String id, String tableList, Script script) {
        this.id = id;
        this.tableList = tableList;
        this.script = script;
    }

    /** The name users give with {@code --braille-table}. */
    public String id() {
        return id;
    }

    /** The liblouis table list: the translation table and, for English, the hyphenation dictionary. */
    String tableList() {
        return tableList;
    }

    public Script script() {
        return script;
    }

    /** Whether the table list carries a hyphenation dictionary, so words may break at hyphenation points. */
    boolean hyphenates() {
        return tableList.contains(".dic");
    }

    public static BrailleTable parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (BrailleTable t : values()) {
            if (t.id.equals(wanted) || t.tableList.startsWith(wanted)) {
                return t;
            }
        }
        throw AccesspubException.badUsage("unknown braille table '" + text + "': use "
                + Arrays.stream(values()).map(BrailleTable::id).collect(Collectors.joining(", ")));
    }
}
