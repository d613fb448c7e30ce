package org.accesspub.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The words of the pages in one locale ({@code strings/<locale>.properties}, UTF-8). Immutable. */
final class Strings {
    static final List<String> LOCALES = List.of("en", "zh");
    private static final Strings EN = load("en");
    private static final Strings ZH = load("zh");

    private final String locale;
    private final Properties words;

    private Strings(String locale, Properties words) {
        this.locale = locale;
        this.words = words;
    }

    static Strings of(String locale) {
        return "zh".equals(locale) ? ZH : EN;
    }

    /** The locale asked for by {@code ?lang=} or the cookie, else the first of Accept-Language we have. */
    static String choose(String asked, String acceptLanguage) {
        if (asked != null && LOCALES.contains(asked)) {
            return asked;
        }
        if (acceptLanguage != null) {
            try {
                for (Locale.LanguageRange r : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (r.getWeight() <= 0) {
                        continue;
                    }
                    String tag = r.getRange().toLowerCase(Locale.ROOT);
                    if (tag.equals("zh") || tag.startsWith("zh-")) {
                        return "zh";
                    }
                    if (tag.equals("en") || tag.startsWith("en-")) {
                        return "en";
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: the default
            }
        }
        return "en";
    }

    String locale() {
        return locale;
    }

    /** The HTML {@code lang} of the page. */
    String htmlLang() {
        return "zh".equals(locale) ? "zh-CN" : "en";
    }

    String get(String key, Object... args) {
        String w = words.getProperty(key);
        if (w == null) {
            w = EN.words.getProperty(key, key);
        }
        return args.length == 0 ? w : new MessageFormat(w.replace("'", "''"), Locale.ROOT).format(args);
    }

    /**
     * A warning in the page's language: worded by its key ({@code warning.<key>}) where this language has it,
     * else as the command line words it (in English).
     */
    String warning(org.accesspub.Warning w) {
        String words = w.key() == null || "en".equals(locale) ? null : this.words.getProperty("warning." + w.key());
        return words == null ? w.text()
                : new MessageFormat(words.replace("'", "''"), Locale.ROOT).format(w.args().toArray());
    }

    private static Strings load(String locale) {
        Properties p = new Properties();
        try (InputStream in = Strings.class.getResourceAsStream("strings/" + locale + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Strings(locale, p);
    }
}
