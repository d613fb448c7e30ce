package org.accesspub.write.docx;

import java.util.List;
import java.util.Locale;
import org.accesspub.lang.LanguageRuns;
import org.accesspub.lang.Languages;
import org.accesspub.prepare.PreparedDocument;

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

    /**
     * Text in {@code base} (a paragraph's prepared language) split into runs by language: against {@code base}
     * when the article or the paragraph is Chinese, else one run in {@code base}.
     */
    List<LanguageRuns.Run> runs(PreparedDocument document, String text, String base) {
        return chinese || Languages.isChinese(base) ? document.runs(text, base) : List.of(new LanguageRuns.Run(text, base));
    }

    /**
     * The {@code w:lang} a run in {@code runLanguage} carries, or null when the document's defaults say it: Han
     * text takes the East Asian default; Latin text in a Chinese article always names its language (en-US),
     * in another article only when it differs from the article's.
     */
    String runTag(String runLanguage) {
        if (Languages.isChinese(runLanguage)) {
            return null;
        }
        String tag = latinTag(runLanguage);
        return chinese || !tag.equalsIgnoreCase(latin) ? tag : null;
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
