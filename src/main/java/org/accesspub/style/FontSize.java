package org.accesspub.style;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accesspub.AccesspubException;

/**
 * A font size the reader chose, in points: {@code 18pt}, {@code 18}, {@code 24px}, a Chinese size
 * name such as {@code 小二} or {@code 三号}, or a preset ({@code large}, {@code x-large}, {@code xx-large}).
 */
public record FontSize(double points, String asGiven) {
    /** Below this, text is not large print (RNIB and APH guidance start at 16–18 pt). */
    public static final double LARGE_PRINT_MINIMUM = 16;
    public static final FontSize DEFAULT = new FontSize(18, "18pt");

    // GB/T 148 / Word's Chinese size names, in points.
    private static final Map<String, Double> CHINESE = Map.ofEntries(
            Map.entry("初号", 42.0), Map.entry("小初", 36.0), Map.entry("一号", 26.0), Map.entry("小一", 24.0),
            Map.entry("二号", 22.0), Map.entry("小二", 18.0), Map.entry("三号", 16.0), Map.entry("小三", 15.0),
            Map.entry("四号", 14.0), Map.entry("小四", 12.0), Map.entry("五号", 10.5), Map.entry("小五", 9.0),
            Map.entry("六号", 7.5), Map.entry("小六", 6.5), Map.entry("七号", 5.5), Map.entry("八号", 5.0));
    private static final Map<String, Double> PRESETS = Map.of("large", 18.0, "x-large", 24.0, "xx-large", 32.0);
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(pt|px)?");

    public static FontSize parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Double named = CHINESE.containsKey(s) ? CHINESE.get(s) : PRESETS.get(s);
        if (named != null) {
            return new FontSize(named, text.strip());
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            throw AccesspubException.badUsage("unknown size '" + text + "': use points (18pt), pixels (24px),"
                    + " a Chinese size name (小二, 三号, 小一 …) or large, x-large, xx-large");
        }
        double value = Double.parseDouble(m.group(1));
        double points = "px".equals(m.group(2)) ? value * 0.75 : value;
        if (points < 4 || points > 200) {
            throw AccesspubException.badUsage("size " + text + " is out of range: choose between 4pt and 200pt");
        }
        return new FontSize(points, text.strip());
    }

    public boolean isLargePrint() {
        return points >= LARGE_PRINT_MINIMUM;
    }

    /** The warning to show for a size below large print, or null. */
    public String warning() {
        return isLargePrint() ? null
                : "size " + asGiven + " (" + format(points) + "pt) is below large print (" + format(LARGE_PRINT_MINIMUM)
                + "pt); readers with low vision may struggle";
    }

    static String format(double pt) {
        return pt == Math.rint(pt) ? String.valueOf((long) pt) : String.valueOf(pt);
    }
}
