package org.accesspub.write.epub;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.accesspub.lang.DateText;
import org.accesspub.lang.Languages;

/**
 * The few words the book adds around the article, in the book's language: simplified or traditional
 * Chinese, else English.
 */
final class Labels {
    private final boolean chinese;
    private final boolean traditional;
    /** The language these labels are written in, for {@code xml:lang} where it differs from the book's. */
    private final String language;

    private Labels(boolean chinese, boolean traditional) {
        this.chinese = chinese;
        this.traditional = traditional;
        this.language = traditional ? "zh-Hant" : chinese ? "zh-CN" : "en";
    }

    static Labels forLanguage(String bookLanguage) {
        String tag = bookLanguage.toLowerCase(Locale.ROOT);
        boolean traditional = Languages.isChinese(tag)
                && (tag.contains("hant") || tag.endsWith("-tw") || tag.endsWith("-hk") || tag.endsWith("-mo"));
        return new Labels(Languages.isChinese(tag), traditional);
    }

    /** The same words in simplified Chinese, traditional Chinese and English. */
    private String pick(String simplified, String traditionalForm, String english) {
        return traditional ? traditionalForm : chinese ? simplified : english;
    }

    String language() {
        return language;
    }

    /** Whether text in these labels needs its own {@code lang} inside a book in {@code bookLanguage}. */
    boolean foreignTo(String bookLanguage) {
        if (Languages.isChinese(bookLanguage)) {
            return !chinese;
        }
        return chinese || !primarySubtag(bookLanguage).equals("en");
    }

    private static String primarySubtag(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The word labelling a note, tip or warning without a title of its own. */
    String admonition(org.accesspub.model.Block.Admonition.Kind kind) {
        String simplified = org.accesspub.lang.BlockWords.admonition(kind, true);
        return pick(simplified, simplified.replace("险", "險"), org.accesspub.lang.BlockWords.admonition(kind, false));
    }

    String contents() {
        return pick("目录", "目錄", "Contents");
    }

    String landmarks() {
        return pick("导航", "導覽", "Landmarks");
    }

    String startOfContent() {
        return pick("正文", "正文", "Start of content");
    }

    String imagePrefix() {
        return pick("图片：", "圖片：", "Image: ");
    }

    String byline(String author) {
        return pick("作者：", "作者：", "By ") + author;
    }

    /** {@code 发布时间：2024年3月18日 08:57} or {@code Published 18 March 2024, 08:57}; null without a day. */
    String published(Optional<LocalDate> day, Optional<LocalTime> time) {
        if (day.isEmpty()) {
            return null;
        }
        return pick("发布时间：", "發佈時間：", "Published ") + DateText.of(day.get(), time, chinese);
    }

    /** {@code 来源：新吴区人民政府} or {@code Source: …}; null without a source. */
    String source(String source) {
        return source == null || source.isBlank() ? null : pick("来源：", "來源：", "Source: ") + source.strip();
    }

    String accessibilitySummary(boolean images) {
        return pick("本书为大字版电子书，可以通过标题和目录导航，阅读顺序与原文一致，阅读软件可以自由调整字号、字体、行距和颜色。"
                        + (images ? "每张图片都附有文字说明。" : "本书不含图片，全部内容均为文字。")
                        + "本书符合 EPUB 无障碍 1.1 与 WCAG 2.2 AA 级要求。",
                "本書為大字版電子書，可以透過標題和目錄導覽，閱讀順序與原文一致，閱讀軟體可以自由調整字級、字型、行距和顏色。"
                        + (images ? "每張圖片都附有文字說明。" : "本書不含圖片，全部內容均為文字。")
                        + "本書符合 EPUB 無障礙 1.1 與 WCAG 2.2 AA 級要求。",
                "A large-print e-book with headings and a table of contents for navigation. The reading order follows"
                        + " the article, and reading systems may change the text size, font, line spacing and colours freely. "
                        + (images ? "Every image has a text alternative. " : "The book has no images; all content is text. ")
                        + "It meets EPUB Accessibility 1.1 and WCAG 2.2 Level AA.");
    }
}
