package org.accesspub.prepare;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.accesspub.lang.Languages;

/**
 * The words accesspub adds to an article (page numbers, 作者, 来源, 图片, 发布时间 …), per locale:
 * {@code zh-Hans}, {@code zh-Hant} or {@code en}, each read from its own resource file
 * ({@code org/accesspub/prepare/terms/<locale>.properties}), as pandoc keeps one translations file
 * per language, and looked up by a typed {@link Term}. Loading a file checks that it holds exactly the
 * keys of {@link Term}, each with its placeholders. Every writer and the speech script take their
 * words from here and nowhere else.
 */
public final class Terms {
    /** Every locale with a terms file; an article in another language gets English words ({@link #covers}). */
    public static final List<String> LOCALES = List.of("en", "zh-Hans", "zh-Hant", "fr", "es", "de", "pt");
    private static final Map<String, Terms> LOADED = new ConcurrentHashMap<>();

    private final String locale;
    private final Map<Term, String> words;

    private Terms(String locale, Map<Term, String> words) {
        this.locale = locale;
        this.words = words;
    }

    /**
     * The terms for an article language (BCP 47): Traditional Chinese for Hant/TW/HK/MO/yue, else Simplified;
     * French, Spanish, German and Portuguese by their primary subtag; else English.
     */
    public static Terms forLanguage(String language) {
        return forLocale(localeOf(language));
    }

    /** One of {@link #LOCALES}. */
    public static Terms forLocale(String locale) {
        return LOADED.computeIfAbsent(locale, Terms::load);
    }

    static String localeOf(String language) {
        String tag = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (!Languages.isChinese(tag)) {
            String primary = tag.split("[-_]", 2)[0];
            return LOCALES.contains(primary) ? primary : "en";
        }
        boolean traditional = tag.contains("hant") || tag.startsWith("yue") || tag.matches(".*-(tw|hk|mo)(-.*)?");
        return traditional && !tag.contains("hans") ? "zh-Hant" : "zh-Hans";
    }

    /**
     * Whether the words for {@code language} are in that language: false for a language without a terms file
     * (Italian, Russian …), whose articles get the English words.
     */
    public static boolean covers(String language) {
        String tag = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return !localeOf(tag).equals("en") || tag.equals("en") || tag.startsWith("en-") || tag.startsWith("en_");
    }

    private static Terms load(String locale) {
        String name = "terms/" + locale + ".properties";
        try (InputStream in = Terms.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no terms file " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Terms(locale, checked(locale, p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's words by key; a key missing or unknown, or a placeholder missing or extra, fails the load. */
    private static Map<Term, String> checked(String locale, Properties p) {
        Map<Term, String> words = new EnumMap<>(Term.class);
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        for (Term t : Term.values()) {
            String w = p.getProperty(t.key());
            unknown.remove(t.key());
            if (w == null) {
                throw new IllegalStateException("the terms of " + locale + " lack " + t.key());
            }
            for (int i = 0; i < 10; i++) {
                if (w.contains("{" + i + "}") != i < t.arguments()) {
                    throw new IllegalStateException("the term " + t.key() + " of " + locale + " must use {0} … {"
                            + (t.arguments() - 1) + "}, exactly: " + w);
                }
            }
            words.put(t, w);
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("the terms of " + locale + " have keys no Term names: " + unknown);
        }
        if (!locale.equals(words.get(Term.LANGUAGE))) {
            throw new IllegalStateException("the terms file of " + locale + " says it is " + words.get(Term.LANGUAGE));
        }
        return words;
    }

    /** Every word and phrase of the locale (with its placeholders), for the characters a writer may need. */
    public java.util.Collection<String> all() {
        return List.copyOf(words.values());
    }

    /** One of {@link #LOCALES}: also the language tag of the words themselves. */
    public String locale() {
        return locale;
    }

    public boolean chinese() {
        return locale.startsWith("zh");
    }

    /** The word for {@code term} with {@code {0}}, {@code {1}} … replaced by the values, one for each. */
    public String get(Term term, Object... values) {
        if (values.length != term.arguments()) {
            throw new IllegalArgumentException(term + " takes " + term.arguments() + " values, not " + values.length);
        }
        String w = words.get(term);
        for (int i = 0; i < values.length; i++) {
            w = w.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return w;
    }

    /** {@code 第 3 页 / 共 5 页}, {@code Page 3 of 5}. */
    public String pageOf(int number, int total) {
        return get(Term.PAGE_OF, number, total);
    }

    /** The text before and after the page number in a running footer: {@code ["第 ", " 页"]}. */
    public String[] pageNumberAround() {
        String w = words.get(Term.PAGE_NUMBER);
        int at = w.indexOf("{0}");
        return new String[] {w.substring(0, at), w.substring(at + 3)};
    }

    public String by(String author) {
        return get(Term.BY, author);
    }

    public String source(String source) {
        return get(Term.SOURCE, source);
    }

    public String published(String date) {
        return get(Term.PUBLISHED, date);
    }

    /** An image's text standing in for it: {@code 图片：…} / {@code Image: …}. */
    public String image(String alt) {
        return get(Term.IMAGE, alt);
    }

    /** The word that announces a footnote or endnote: 注释 / Note. */
    public String footnote() {
        return get(Term.FOOTNOTE);
    }

    /** The label a footnote shows and is read with: {@code 注释 1} / {@code Note 1}. */
    public String footnote(String label) {
        return footnote() + " " + label;
    }

    /** The word that labels a note, tip or warning without a title of its own: 注意 / Note, 警告 / Warning … */
    public String admonition(org.accesspub.model.Block.Admonition.Kind kind) {
        return get(switch (kind) {
            case NOTE -> Term.ADMONITION_NOTE;
            case TIP -> Term.ADMONITION_TIP;
            case IMPORTANT -> Term.ADMONITION_IMPORTANT;
            case WARNING -> Term.ADMONITION_WARNING;
            case CAUTION -> Term.ADMONITION_CAUTION;
            case DANGER -> Term.ADMONITION_DANGER;
        });
    }

    /**
     * The label a note shows: the kind's word alone ({@code 警告}), the source's title when it is that
     * word in any locale ({@code Warning}), else both ({@code 警告：不要拔掉 U 盘}), so the kind is never
     * lost behind a title.
     */
    public String admonitionLabel(org.accesspub.model.Block.Admonition a) {
        String word = admonition(a.kind());
        if (a.title() == null || a.title().isBlank()) {
            return word;
        }
        String bare = a.title().replaceFirst("[:：]\\s*$", "").strip();
        for (String locale : LOCALES) {
            if (bare.equalsIgnoreCase(forLocale(locale).admonition(a.kind()))) {
                return bare;
            }
        }
        return get(Term.LABEL_TITLED, word, a.title().strip());
    }

    /** {@code 2024年3月18日 08:57}, {@code 18 March 2024, 08:57}. */
    public String date(LocalDate day, LocalTime time) {
        String d = DateTimeFormatter.ofPattern(get(Term.DATE_DAY), names()).format(day);
        return time == null ? d : get(Term.DATE_DAY_TIME, d, DateTimeFormatter.ofPattern("HH:mm").format(time));
    }

    /** The day as the speech normaliser reads it aloud in this locale. */
    public String spokenDate(LocalDate day) {
        return DateTimeFormatter.ofPattern(get(Term.SPEECH_DATE), names()).format(day);
    }

    /** The day and, when known, the time ({@code 08:57}, which the normaliser reads 八点五十七分 / eight fifty-seven). */
    public String spokenDate(LocalDate day, LocalTime time) {
        String d = spokenDate(day);
        return time == null ? d : get(Term.DATE_DAY_TIME, d, DateTimeFormatter.ofPattern("HH:mm").format(time));
    }

    /** The locale whose month names the date patterns use: the terms' own (English for Chinese, whose patterns have none). */
    private Locale names() {
        return chinese() ? Locale.ENGLISH : Locale.forLanguageTag(locale);
    }
}
