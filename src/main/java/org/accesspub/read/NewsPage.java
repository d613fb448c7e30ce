package org.accesspub.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scraped news page wraps around an article, in Chinese and English: breadcrumbs, the
 * date/source line, and page widgets (font size pickers, print and share buttons).
 */
public final class NewsPage {
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^\\s*(当前位置|您的位置|你的位置|所在位置|当前页面|You are here|Home\\s*[>›»])[:：]?.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB_TRAIL = Pattern.compile(".*\\S\\s*[>›»]\\s*\\S.*[>›»].*");
    /** Widgets in brackets: unmistakable wherever they stand. */
    private static final String BRACKETED = "【\\s*(打印本页|打印|关闭窗口|关闭|收藏|我要纠错|纠错|返回顶部|分享|大|中|小)\\s*】"
            + "|\\[\\s*(打印本页|关闭窗口|大|中|小)\\s*\\]";
    /** Widgets in words: only a cell made of nothing else is a widget ("Share this story with …" is prose). */
    private static final String PHRASE = "选择阅读字号[:：]?\\s*(\\[[^\\]]*\\]|【[^】]*】)?"
            + "|字号[:：]\\s*(\\[?\\s*[大中小]\\s*\\]?\\s*){2,3}"
            + "|分享到[:：]?(\\s*(微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|豆瓣|人人网|Facebook|Twitter|[、|·/]))*"
            + "|扫一扫在手机打开当前页"
            + "|Print this page|Close window|Share this( article| story| page)?|Share on \\w+"
            + "|Font size[:：]?\\s*(A[-+]?\\s*){1,3}";
    private static final Pattern WIDGET = Pattern.compile(BRACKETED + "|" + PHRASE, Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED_WIDGET = Pattern.compile(BRACKETED, Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY_WIDGETS = Pattern.compile("^(?:" + BRACKETED + "|" + PHRASE + "|[\\s|·/])+$",
            Pattern.CASE_INSENSITIVE);
    /** A breadcrumb is a short line: prose that starts "You are here:" is kept. */
    private static final int MAX_BREADCRUMB = 120;
    private static final Pattern SHARE_ONLY = Pattern.compile("^(Share|分享|Print|打印|Email|Tweet|Facebook|微信|微博|\\s|[|·/])+$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CELL_GAP = Pattern.compile("[\\s\\u00A0\\u3000]{2,}|[\\u00A0\\u3000]");

    private static final String DATE_LABEL = "(?:发布时间|发布日期|發佈時間|發布時間|發佈日期|發布日期|日期|时间|時間|Published(?: on)?|Date|Updated)";
    private static final String SOURCE_LABEL = "(?:来源|信息来源|文章来源|來源|資料來源|文章來源|Source)";
    private static final String AUTHOR_LABEL = "(?:作者|编辑|责任编辑|记者|編輯|責任編輯|記者)";
    private static final Pattern HAS_DATE_LABEL = Pattern.compile(DATE_LABEL + "\\s*[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_SOURCE_LABEL = Pattern.compile(SOURCE_LABEL + "\\s*[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_AUTHOR_LABEL = Pattern.compile(AUTHOR_LABEL + "\\s*[:：]|(?:^|[|·•]\\s*)By\\s+\\p{Lu}");
    private static final String STOP = "(?=\\s{2,}|[\\u00A0\\u3000]|\\s*[|｜·•]|\\s+" + DATE_LABEL + "|\\s+" + SOURCE_LABEL
            + "|\\s+" + AUTHOR_LABEL + "|$)";
    private static final Pattern SOURCE = Pattern.compile(SOURCE_LABEL + "\\s*[:：]\\s*(.+?)" + STOP, Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR = Pattern.compile(
            "(?:" + AUTHOR_LABEL + "\\s*[:：]\\s*|(?:^|[|·•]\\s*)By\\s+)(.+?)" + STOP);
    private static final Pattern CREDIT = Pattern.compile("^\\s*(" + SOURCE_LABEL + "|原标题|Originally published)\\s*[:：]?.*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ISO_DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s*(\\d{1,2})[:：](\\d{2}))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})\\s+([A-Z][a-z]+)\\.?\\s+(\\d{4})(?:[,\\s]+(?:at\\s+)?(\\d{1,2}):(\\d{2}))?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "([A-Z][a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?:[,\\s]+(?:at\\s+)?(\\d{1,2}):(\\d{2}))?");

    private NewsPage() {
    }

    static boolean isBreadcrumb(String line) {
        return line.length() < MAX_BREADCRUMB && (BREADCRUMB.matcher(line).matches()
                || BREADCRUMB_TRAIL.matcher(line).matches()
                && (line.contains("首页") || line.toLowerCase(Locale.ROOT).contains("home")));
    }

    /**
     * The line without its widgets; empty when it held nothing else. Scraped pages set widgets apart
     * with runs of spaces, so each space-separated cell is judged on its own, and a cell of nothing
     * but button words ({@code Share}, {@code 打印}) goes too. Cells stay two spaces apart.
     */
    static String withoutWidgets(String line) {
        StringBuilder sb = new StringBuilder();
        for (String cell : CELL_GAP.split(line)) {
            String c = BRACKETED_WIDGET.matcher(cell).replaceAll(" ").strip();
            if (!c.isEmpty() && !ONLY_WIDGETS.matcher(c).matches() && !SHARE_ONLY.matcher(c).matches()) {
                sb.append(sb.length() == 0 ? "" : "  ").append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A date/source line without its widgets, wherever they stand in it: such a line is furniture through
     * and through ({@code 来源：新华社 分享到：}).
     */
    static String metaWithoutWidgets(String line) {
        StringBuilder sb = new StringBuilder();
        for (String cell : CELL_GAP.split(line)) {
            String c = WIDGET.matcher(cell).replaceAll(" ").strip();
            if (!c.isEmpty() && !SHARE_ONLY.matcher(c).matches()) {
                sb.append(sb.length() == 0 ? "" : "  ").append(c);
            }
        }
        return sb.toString();
    }

    /** A date/source/author line: a date label with a source or author label, or (short) a label alone. */
    static boolean isMetaLine(String line) {
        boolean date = HAS_DATE_LABEL.matcher(line).find();
        boolean source = HAS_SOURCE_LABEL.matcher(line).find();
        boolean author = HAS_AUTHOR_LABEL.matcher(line).find();
        return (date && (source || author)) || (date && line.length() < 60 && findDate(line) != null)
                || (author && line.length() < 60 && line.strip().startsWith("By "));
    }

    /** A line crediting the original publication, kept as the last paragraph. */
    static boolean isCredit(String line) {
        return CREDIT.matcher(line).matches() && line.length() < 120;
    }

    static String source(String line) {
        Matcher m = SOURCE.matcher(line);
        return m.find() ? clean(m.group(1)) : null;
    }

    static String author(String line) {
        Matcher m = AUTHOR.matcher(line);
        return m.find() ? clean(m.group(1)) : null;
    }

    private static String clean(String value) {
        String s = value.strip().replaceAll("[\\s\\u00A0\\u3000]+$", "");
        return s.isEmpty() ? null : s;
    }

    /** The first date in the line as ISO 8601 ({@code 2024-03-18T08:57} or {@code 2024-03-18}), or null. */
    static String findDate(String line) {
        Matcher m = ISO_DATE.matcher(line);
        if (m.find()) {
            return iso(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4), m.group(5));
        }
        m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            Integer month = month(m.group(2));
            if (month != null) {
                return iso(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), m.group(4), m.group(5));
            }
        }
        m = MONTH_DAY_YEAR.matcher(line);
        if (m.find()) {
            Integer month = month(m.group(1));
            if (month != null) {
                return iso(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), m.group(4), m.group(5));
            }
        }
        return null;
    }

    private static String iso(int year, int month, int day, String hour, String minute) {
        try {
            if (hour != null) {
                return LocalDateTime.of(year, month, day, Integer.parseInt(hour), Integer.parseInt(minute))
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16);
            }
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null; // not a real date: leave it to the text
        }
    }

    private static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (n.startsWith(months[i])) {
                return i + 1;
            }
        }
        return null;
    }

    /** Reads a date the way front matter and HTML metadata write it: ISO 8601 when it can, else as written. */
    public static String parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip().replace(' ', 'T').replaceAll("(Z|[+-]\\d{2}:?\\d{2})$", ""))
                    .toString().substring(0, 16);
        } catch (DateTimeParseException e) {
            String found = findDate(text);
            // A date no pattern reads is kept as written: the preparer shows it as text and warns.
            return found != null ? found : text.strip();
        }
    }
}
