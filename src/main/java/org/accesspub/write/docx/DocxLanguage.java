package org.accesspub.write.docx;

import java.util.Locale;
import org.accesspub.lang.Languages;

/**
 * The two languages Word records for text: {@code w:val} for Latin-script text and {@code w:eastAsia}
 * for Han. A Chinese article is zh-CN or zh-TW in East Asian text and English in its Latin words;
 * an English article keeps zh-CN for any Chinese it quotes (never eastAsia en-US on Chinese).
 *
 * @param latin    tag for Latin-script runs, such as en-US
 * @param eastAsia tag for Han runs, zh-CN or zh-TW
 * @param chinese  whether the article itself is Chinese
 */
record DocxLanguage(String latin, String eastAsia, boolean chinese) {

    static DocxLanguage of(String articleLanguage) {
        String tag = articleLanguage == null ? "und" : articleLanguage;
        if (Languages.isChinese(tag)) {
            return new DocxLanguage("en-US", traditional(tag) ? "zh-TW" : "zh-CN", true);
        }
        return new DocxLanguage(latinTag(tag), "zh-CN", false);
    }

    /** zh-TW, zh-HK, zh-MO and any zh-Hant tag are written in traditional characters. */
    private static boolean traditional(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.contains("hant") || t.endsWith("-tw") || t.endsWith("-hk") || t.endsWith("-mo");
    }

    /** Word expects language-REGION; a bare {@code en} (or an unknown or ill-formed tag) becomes en-US. */
    private static String latinTag(String tag) {
        String t = tag.replace('_', '-');
        if (t.equalsIgnoreCase("und") || t.equalsIgnoreCase("en") || !Languages.isWellFormedTag(t)) {
            return "en-US";
        }
        return t;
    }
}
