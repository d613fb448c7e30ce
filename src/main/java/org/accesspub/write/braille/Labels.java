package org.accesspub.write.braille;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.accesspub.lang.BlockWords;
import org.accesspub.lang.DateText;
import org.accesspub.lang.Languages;
import org.accesspub.model.Block;

/** The few words the braille edition adds, in the article's language: simplified or traditional Chinese, else English. */
final class Labels {
    private final boolean chinese;
    private final boolean traditional;

    private Labels(boolean chinese, boolean traditional) {
        this.chinese = chinese;
        this.traditional = traditional;
    }

    static Labels forLanguage(String tag) {
        return new Labels(Languages.isChinese(tag), Languages.isChinese(tag) && BrailleTables.isTraditional(tag));
    }

    private String pick(String simplified, String traditionalForm, String english) {
        return traditional ? traditionalForm : chinese ? simplified : english;
    }

    String image(String alt) {
        return pick("图：", "圖：", "Image: ") + alt;
    }

    String table() {
        return pick("表格：", "表格：", "Table:");
    }

    /** One row of a table: each cell after its column's header, {@code 项目：内容；…} or {@code Item: text; …}. */
    String cell(String header, String text) {
        return header == null || header.isBlank() ? text : header + pick("：", "：", ": ") + text;
    }

    String cellSeparator() {
        return pick("；", "；", "; ");
    }

    String bullet() {
        return "•";
    }

    /** {@code 注意：标题} or {@code Warning: Title}; the label alone without a title. */
    String admonition(Block.Admonition.Kind kind, String title) {
        String label = BlockWords.admonition(kind, chinese);
        return title == null || title.isBlank() || title.strip().equalsIgnoreCase(label) ? label
                : label + pick("：", "：", ": ") + title.strip();
    }

    String byline(String author) {
        return pick("作者：", "作者：", "By ") + author;
    }

    String published(Optional<LocalDate> day, Optional<LocalTime> time) {
        return day.map(d -> pick("发布时间：", "發佈時間：", "Published ") + DateText.of(d, time, chinese)).orElse(null);
    }

    String source(String source) {
        return source == null || source.isBlank() ? null : pick("来源：", "來源：", "Source: ") + source.strip();
    }
}
