package org.accesspub.prepare.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.accesspub.prepare.Terms;

/**
 * The words of the self-check and its report, per locale ({@code zh-Hans}, {@code zh-Hant}, {@code en}),
 * read from {@code org/accesspub/prepare/check/terms/<locale>.properties}. Kept apart from the article's
 * {@link Terms}, whose every character goes into the font subsets of the outputs.
 */
public final class CheckTerms {
    private static final Map<String, CheckTerms> LOADED = new ConcurrentHashMap<>();

    private final String locale;
    private final Properties words;

    private CheckTerms(String locale, Properties words) {
        this.locale = locale;
        this.words = words;
    }

    /**
     * The words for an article language, in the same locale as the article's {@link Terms} where the report
     * has been translated (Chinese and English), else in English.
     */
    public static CheckTerms forLanguage(String language) {
        String locale = Terms.forLanguage(language).locale();
        return forLocale(CheckTerms.class.getResource("terms/" + locale + ".properties") != null ? locale : "en");
    }

    public static CheckTerms forLocale(String locale) {
        return LOADED.computeIfAbsent(locale, CheckTerms::load);
    }

    private static CheckTerms load(String locale) {
        String name = "terms/" + locale + ".properties";
        try (InputStream in = CheckTerms.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no check terms file " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new CheckTerms(locale, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code zh-Hans}, {@code zh-Hant} or {@code en}: also the language of the words. */
    public String locale() {
        return locale;
    }

    public boolean has(String key) {
        return words.containsKey(key);
    }

    /** The words for {@code key} with {@code {0}}, {@code {1}} … replaced by the values. */
    public String get(String key, Object... values) {
        String w = words.getProperty(key);
        if (w == null) {
            throw new IllegalArgumentException("no check term " + key + " for " + locale);
        }
        for (int i = 0; i < values.length; i++) {
            w = w.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return w;
    }

    /** {@code 1 error}, {@code 3 warnings}, {@code 3 个警告}: {@code count.<level>.one} or {@code .other}. */
    public String count(Level level, int n) {
        String key = "count." + level.id() + (n == 1 && has("count." + level.id() + ".one") ? ".one" : ".other");
        return get(key, n);
    }

    /**
     * The CLI's last line: {@code checks: 0 errors, 3 warnings, 2 tips — see --report}, or with the
     * report's file name when one was written.
     */
    public String countLine(Findings.Counts c, String reportFile) {
        String counts = get("count.line", count(Level.ERROR, c.errors()), count(Level.WARNING, c.warnings()),
                count(Level.TIP, c.tips()));
        return reportFile == null ? get("count.see.option", counts) : get("count.see.file", counts, reportFile);
    }
}
