package org.accesspub.speech.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.accesspub.BundledData;

/**
 * The readings the dictionaries lack, from the jar's {@code readings} pack: rare Han characters' Mandarin and
 * Cantonese from Unihan (𠮷 jí through its variant 吉), and emoji and symbols by their CLDR short name in
 * English, Simplified and Traditional Chinese (😀 "grinning face", "嘿嘿"). Loaded on first use.
 */
public final class ReadingData {
    private final Map<Integer, String> mandarin = new HashMap<>();
    private final Map<Integer, String> cantonese = new HashMap<>();
    private final Map<String, String[]> emoji = new HashMap<>();
    private int longestEmoji;

    private ReadingData(Path dir) throws IOException {
        for (String line : Files.readAllLines(dir.resolve("unihan-readings.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            int cp = Integer.parseInt(f[0], 16);
            mandarin.put(cp, f[1]);
            if (f.length > 2 && !f[2].isEmpty()) {
                cantonese.put(cp, f[2]);
            }
        }
        for (String line : Files.readAllLines(dir.resolve("emoji-names.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            emoji.put(f[0], new String[] {f[1], f[2], f[3]});
            longestEmoji = Math.max(longestEmoji, f[0].length());
        }
    }

    private static final class Holder {
        static final ReadingData DATA = load();

        private static ReadingData load() {
            Path dir = BundledData.unpacked("readings");
            if (dir == null) {
                throw new IllegalStateException("this build carries no readings pack (src/build/PackData.java)");
            }
            try {
                return new ReadingData(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The Unihan Mandarin reading (pinyin, tone digit) of a character the dictionaries lack, or null. */
    public static String mandarin(int cp) {
        return Holder.DATA.mandarin.get(cp);
    }

    /** The Unihan Cantonese reading (Jyutping) of a character the dictionaries lack, or null. */
    public static String cantonese(int cp) {
        return Holder.DATA.cantonese.get(cp);
    }

    /**
     * The text with every emoji or symbol CLDR names replaced by its short name in the language ({@code en},
     * {@code zh} or {@code zh-Hant}), set apart by spaces or, in Chinese, by nothing (a name is a few characters).
     * The longest sequence wins (👍🏽 before 👍); text without such characters is returned as it is.
     */
    public static String nameEmoji(String text, String language) {
        int column = language.equals("en") ? 0 : language.equals("zh-Hant") ? 2 : 1;
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String name = null;
            if (Character.getType(cp) == Character.OTHER_SYMBOL) {
                ReadingData d = Holder.DATA;
                for (int len = Math.min(d.longestEmoji, text.length() - i); len >= n && name == null; len--) {
                    String[] names = d.emoji.get(text.substring(i, i + len));
                    if (names != null && !names[column].isEmpty()) {
                        name = names[column];
                        n = len;
                    }
                }
            }
            int end = Character.getType(cp) == Character.OTHER_SYMBOL ? org.accesspub.lang.Graphemes.end(text, i) : i;
            if (end > i + n && (name == null || text.substring(i, end).indexOf('\u200D') >= 0)) {
                // a sequence CLDR's short names lack (👨‍👩‍👧, 🏳️‍🌈, 🇬🇧): one name made of its parts' names
                String whole = sequenceName(text.substring(i, end), language, column);
                if (whole != null) {
                    name = whole;
                    n = end - i;
                }
            }
            if (name != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(column == 0 ? " " + name + " " : name);
            } else if (sb != null) {
                sb.append(text, i, i + n);
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * The name of an emoji sequence without one of its own: a flag by its region's name ("旗：英国",
     * "flag: United Kingdom"), a joined sequence by its parts' names ("男人、女人、女孩"); null when no part
     * has a name.
     */
    private static String sequenceName(String cluster, String language, int column) {
        java.util.Locale locale = column == 0 ? java.util.Locale.ENGLISH
                : column == 2 ? java.util.Locale.TRADITIONAL_CHINESE : java.util.Locale.SIMPLIFIED_CHINESE;
        int[] cps = cluster.codePoints().toArray();
        if (cps.length == 2 && cps[0] >= 0x1F1E6 && cps[0] <= 0x1F1FF && cps[1] >= 0x1F1E6 && cps[1] <= 0x1F1FF) {
            String region = new String(new char[] {(char) ('A' + cps[0] - 0x1F1E6), (char) ('A' + cps[1] - 0x1F1E6)});
            String country = new java.util.Locale("", region).getDisplayCountry(locale);
            if (country.isEmpty() || country.equals(region)) {
                return null;
            }
            return column == 0 ? "flag: " + country : "旗：" + country;
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String part : cluster.split("\u200D")) {
            String named = nameEmoji(part.replace("\uFE0F", ""), language).strip();
            if (!named.isEmpty() && !named.equals(part.replace("\uFE0F", ""))) {
                parts.add(named);
            }
        }
        return parts.isEmpty() ? null : String.join(column == 0 ? ", " : "、", parts);
    }
}
