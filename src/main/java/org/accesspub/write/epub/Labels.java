package org.accesspub.write.epub;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.accesspub.lang.Languages;

/** The few words the book adds around the article, in the book's language (Chinese, else English). */
final class Labels {
    private final boolean chinese;
    /** The language these labels are written in, for {@code xml:lang} where it differs from the book's. */
    private final String language;

    private Labels(boolean chinese) {
        this.chinese = chinese;
        this.language = chinese ? "zh-CN" : "en";
    }

    static Labels forLanguage(String bookLanguage) {
        return new Labels(Languages.isChinese(bookLanguage));
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

    String contents() {
        return chinese ? "目录" : "Contents";
    }

    String landmarks() {
        return chinese ? "导航" : "Landmarks";
    }

    String startOfContent() {
        return chinese ? "正文" : "Start of content";
    }

    String imagePrefix() {
        return chinese ? "图片：" : "Image: ";
    }

    String byline(String author) {
        return chinese ? "作者：" + author : "By " + author;
    }

    /** {@code 发布时间：2024年3月18日 08:57　来源：新吴区人民政府} or {@code Published 18 March 2024, 08:57 · Source: …}. */
    String dateline(Optional<LocalDate> day, Optional<LocalTime> time, String source) {
        StringBuilder sb = new StringBuilder();
        day.ifPresent(d -> {
            if (chinese) {
                sb.append("发布时间：").append(d.getYear()).append('年').append(d.getMonthValue()).append('月')
                        .append(d.getDayOfMonth()).append('日');
            } else {
                sb.append("Published ").append(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).format(d));
            }
            time.ifPresent(t -> sb.append(chinese ? " " : ", ").append(DateTimeFormatter.ofPattern("HH:mm").format(t)));
        });
        if (source != null && !source.isBlank()) {
            if (sb.length() > 0) {
                sb.append(chinese ? "　" : " · ");
            }
            sb.append(chinese ? "来源：" : "Source: ").append(source.strip());
        }
        return sb.toString();
    }

    String accessibilitySummary(boolean images) {
        if (chinese) {
            return "本书为大字版电子书，可以通过标题和目录导航，阅读顺序与原文一致，阅读软件可以自由调整字号、字体、行距和颜色。"
                    + (images ? "每张图片都附有文字说明。" : "本书不含图片，全部内容均为文字。")
                    + "本书符合 EPUB 无障碍 1.1 与 WCAG 2.2 AA 级要求。";
        }
        return "A large-print e-book with headings and a table of contents for navigation. The reading order follows"
                + " the article, and reading systems may change the text size, font, line spacing and colours freely. "
                + (images ? "Every image has a text alternative. " : "The book has no images; all content is text. ")
                + "It meets EPUB Accessibility 1.1 and WCAG 2.2 Level AA.";
    }
}
