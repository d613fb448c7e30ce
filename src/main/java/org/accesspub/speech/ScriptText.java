package org.accesspub.speech;

import java.util.Locale;
import org.accesspub.lang.Languages;
import org.accesspub.speech.SpokenScript.Chapter;
import org.accesspub.speech.SpokenScript.Part;
import org.accesspub.speech.SpokenScript.Pause;
import org.accesspub.speech.SpokenScript.Utterance;

/**
 * The script as text for {@code accesspub inspect --speech}: one line per utterance with the words
 * the engine will say, pauses as {@code [pause 0.8 s]}, chapters as {@code == Chapter: … ==}, and
 * utterances in another language than the article marked with it ({@code [en] …}), so a user can
 * check how numbers and names will be read before listening.
 */
public final class ScriptText {
    private ScriptText() {
    }

    public static String render(SpokenScript script) {
        StringBuilder sb = new StringBuilder();
        for (Part part : script.parts()) {
            if (part instanceof Chapter c) {
                sb.append(c.level() == 0 ? "== Chapter: " : "=== Sub-chapter: ").append(c.title())
                        .append(c.level() == 0 ? " ==" : " ===");
            } else if (part instanceof Pause p) {
                sb.append(String.format(Locale.ROOT, "[pause %.1f s]", p.millis() / 1000.0));
            } else if (part instanceof Utterance u) {
                if (!sameLanguage(u.language(), script.language())) {
                    sb.append('[').append(u.language()).append("] ");
                }
                sb.append(u.spoken());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * For {@code accesspub inspect --speech --pinyin}: every Mandarin utterance as written, then on the next
     * line the pinyin with tone digits that the voice will say (polyphones read by word, sandhi applied),
     * a blank line between them. Characters that cannot be read are reported to {@code unreadable}.
     */
    public static String pinyin(SpokenScript script, java.util.function.IntConsumer unreadable) {
        StringBuilder sb = new StringBuilder();
        for (Part part : script.parts()) {
            if (part instanceof Utterance u && Languages.isChinese(u.language()) && !isCantonese(u.language())) {
                String line = org.accesspub.speech.text.MandarinReading.pinyinLine(u.spoken(), unreadable);
                if (!line.isBlank()) {
                    sb.append(u.display().strip()).append('\n').append(line).append("\n\n");
                }
            }
        }
        return sb.toString();
    }

    private static boolean isCantonese(String tag) {
        String t = tag.toLowerCase(Locale.ROOT);
        return t.startsWith("yue") || t.equals("zh-hk") || t.equals("zh-mo") || t.startsWith("zh-yue") || t.startsWith("zh-hant-hk");
    }

    private static boolean sameLanguage(String a, String b) {
        return a.equalsIgnoreCase(b) || (Languages.isChinese(a) && Languages.isChinese(b))
                || primary(a).equals(primary(b));
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
