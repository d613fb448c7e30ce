package org.accesspub.speech.text;

import java.util.Map;
import java.util.regex.MatchResult;

/**
 * English normalisation: {@code $5.50} → five dollars and fifty cents, {@code 37%} → thirty-seven
 * percent, {@code 2024-25} → twenty twenty-four to twenty-five, {@code 10:00} → ten o'clock,
 * {@code 21st} → twenty-first, years as years. Engines read some numbers themselves; doing it here
 * keeps the transcript of what is said predictable and the same on every engine.
 */
public final class EnglishNormalizer implements TextNormalizer {
    public static final EnglishNormalizer INSTANCE = new EnglishNormalizer();

    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String[] MONTH_NAMES = MONTHS.split("\\|");
    private static final String TIME = "(\\d{1,2}):([0-5]\\d)(?:\\s*([AaPp])\\.?[Mm]\\.?(?![A-Za-z]))?";
    private static final String DASH = "\\s*[-–—~]\\s*";
    private static final String SCALE = "(?:\\s+(thousand|million|billion|trillion)\\b|(k|m|bn)\\b)?";
    // Words after which a four-digit number is a year: "in 2024", "since 1998".
    private static final String YEAR_CUE = "(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Oo]f|[Bb]efore|[Aa]fter|[Dd]uring|[Yy]ear|"
            + "[Ee]arly|[Ll]ate|[Mm]id|[Aa]round|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|" + MONTHS + ")\\s)";
    private static final Map<String, String[]> UNITS = Map.ofEntries(
            Map.entry("km/h", new String[] {"kilometre per hour", "kilometres per hour"}),
            Map.entry("mph", new String[] {"mile per hour", "miles per hour"}),
            Map.entry("km", new String[] {"kilometre", "kilometres"}),
            Map.entry("cm", new String[] {"centimetre", "centimetres"}),
            Map.entry("mm", new String[] {"millimetre", "millimetres"}),
            Map.entry("m", new String[] {"metre", "metres"}),
            Map.entry("kg", new String[] {"kilogram", "kilograms"}),
            Map.entry("g", new String[] {"gram", "grams"}),
            Map.entry("mg", new String[] {"milligram", "milligrams"}),
            Map.entry("lb", new String[] {"pound", "pounds"}),
            Map.entry("ml", new String[] {"millilitre", "millilitres"}),
            Map.entry("kW", new String[] {"kilowatt", "kilowatts"}),
            Map.entry("kWh", new String[] {"kilowatt hour", "kilowatt hours"}),
            Map.entry("GB", new String[] {"gigabyte", "gigabytes"}),
            Map.entry("MB", new String[] {"megabyte", "megabytes"}),
            Map.entry("KB", new String[] {"kilobyte", "kilobytes"}),
            Map.entry("pt", new String[] {"point", "points"}),
            Map.entry("px", new String[] {"pixel", "pixels"}));
    private static final String UNIT = "km/h|mph|km|cm|mm|kg|mg|lb|ml|kWh|kW|GB|MB|KB|pt|px|m|g";
    private static final Map<String, String> SHORT_MONTHS = Map.ofEntries(Map.entry("Jan", "January"),
            Map.entry("Feb", "February"), Map.entry("Mar", "March"), Map.entry("Apr", "April"), Map.entry("Jun", "June"),
            Map.entry("Jul", "July"), Map.entry("Aug", "August"), Map.entry("Sep", "September"),
            Map.entry("Sept", "September"), Map.entry("Oct", "October"), Map.entry("Nov", "November"),
            Map.entry("Dec", "December"));

    private final Rules rules = new Rules()
            .add("\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.(?=\\s*\\d)", m -> SHORT_MONTHS.get(m.group(1)))
            // Phone numbers digit by digit, in groups: (555) 123-4567.
            .add("(?<![\\d.,])(?:\\+\\d{1,3}[\\s-])?\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}(?!\\d)", m -> phone(m.group()))
            .add("(?i)(\\b(?:call|calling|phone|telephone|tel|dial|ring|fax|text)\\.?:?\\s+(?:us\\s+)?(?:on\\s+|at\\s+)?)"
                    + "(\\+?\\d[\\d\\s-]{4,}\\d)(?!\\d)", m -> m.group(1) + phone(m.group(2)))
            .add("(?<![\\d.,-])\\d{3}-0\\d{3}(?![\\d-])", m -> phone(m.group()))
            // Dates: 2024-03-18 and 18 March 2024 → the eighteenth of March twenty twenty-four.
            .add("(?<![\\d.])(\\d{4})-(1[0-2]|0[1-9])-(3[01]|[12]\\d|0[1-9])(?!\\d)",
                    m -> dayMonthYear(m.group(3), MONTH_NAMES[Integer.parseInt(m.group(2)) - 1], m.group(1)))
            .add("(?<!\\d)(3[01]|[12]\\d|0?[1-9])\\s+(" + MONTHS + "),?\\s+(\\d{4})(?!\\d)",
                    m -> dayMonthYear(m.group(1), m.group(2), m.group(3)))
            .add("(?<!\\d)(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b",
                    m -> "the " + EnglishNumbers.ordinal(Integer.parseInt(m.group(1))) + " of " + m.group(2))
            .add("\\b(" + MONTHS + ")\\s+(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d)(?:(,?\\s+)(\\d{4})(?!\\d))?",
                    m -> m.group(1) + " " + EnglishNumbers.ordinal(Integer.parseInt(m.group(2)))
                            + (m.group(4) == null ? "" : m.group(3) + year(m.group(4))))
            // Year ranges: 2024-25 → twenty twenty-four to twenty-five.
            .add("(?<![\\d.,])(1[1-9]|20)(\\d\\d)[-–/](\\d\\d)(?![\\d%/])",
                    m -> year(m.group(1) + m.group(2)) + " to " + EnglishNumbers.year(Integer.parseInt(m.group(3))))
            .add("(?<![\\d.,])((?:1[1-9]|20)\\d\\d)[-–]((?:1[1-9]|20)\\d\\d)(?![\\d%])",
                    m -> year(m.group(1)) + " to " + year(m.group(2)))
            // Decades: 1990s → nineteen nineties.
            .add("(?<![\\d.,])((?:1[1-9]|20)\\d0)s\\b", m -> plural(year(m.group(1))))
            // Times: 10:00 → ten o'clock, 9:05 → nine oh five, 9:30-11:30 → nine thirty to eleven thirty.
            .add("(?<![\\d.])" + TIME + DASH + TIME + "(?!\\d)",
                    m -> time(m.group(1), m.group(2), m.group(3)) + " to " + time(m.group(4), m.group(5), m.group(6)))
            .add("(?<![\\d.])" + TIME + "(?!\\d)", m -> time(m.group(1), m.group(2), m.group(3)))
            .add("(?<![\\d.:])(1[0-2]|[1-9])\\s?([AaPp])\\.?[Mm]\\b\\.?",
                    m -> EnglishNumbers.cardinal(Integer.parseInt(m.group(1))) + (m.group(2).equalsIgnoreCase("a") ? " a m" : " p m"))
            .add("(?<=[ap] m)\\s*[-–]\\s*(?=\\w)", m -> " to ")
            // Fractions: 1/2 → one half, 3/4 → three quarters, 2/3 → two thirds.
            .add("(?<![\\d/.,])(\\d{1,2})/(\\d{1,2})(?![\\d/])", EnglishNormalizer::fraction)
            // Money: $5.50 → five dollars and fifty cents, $1.5 billion → one point five billion dollars.
            .add("\\$\\s?(" + NUM + ")" + SCALE, m -> money(m, "dollar", "dollars", "cent", "cents"))
            .add("£\\s?(" + NUM + ")" + SCALE, m -> money(m, "pound", "pounds", "penny", "pence"))
            .add("€\\s?(" + NUM + ")" + SCALE, m -> money(m, "euro", "euros", "cent", "cents"))
            .add("[¥￥]\\s?(" + NUM + ")" + SCALE, m -> money(m, "yuan", "yuan", "fen", "fen"))
            // Percentages: 37% → thirty-seven percent, 5-8% → five to eight percent.
            .add("(?<![\\dA-Za-z])(-?)(" + NUM + ")%?" + DASH + "(" + NUM + ")%",
                    m -> signed(m.group(1), m.group(2)) + " to " + EnglishNumbers.number(m.group(3)) + " percent")
            .add("(?<![\\dA-Za-z])(-?)(" + NUM + ")\\s?%", m -> signed(m.group(1), m.group(2)) + " percent")
            // Ordinals: 21st → twenty-first.
            .add("(?<![\\d.,])(\\d{1,15})(?:st|nd|rd|th)\\b", m -> EnglishNumbers.ordinal(Long.parseLong(m.group(1))))
            // Temperatures and units after a number.
            .add("(?<![\\dA-Za-z.])-(?=(?:" + NUM + ")\\s?°)", m -> "minus ")
            .add("(?<=\\d)\\s?°C\\b", m -> " degrees Celsius")
            .add("(?<=\\d)\\s?°F\\b", m -> " degrees Fahrenheit")
            .add("(?<=\\d)\\s?°", m -> " degrees")
            .add("(?<![\\d.,])(" + NUM + ")\\s?(" + UNIT + ")(?![A-Za-z])", m -> unit(m.group(1), m.group(2)))
            // Titles the engines read differently from each other.
            .add("\\bMr\\.?(?=\\s+\\p{Lu})", m -> "Mister")
            .add("\\bMrs\\.?(?=\\s+\\p{Lu})", m -> "Missus")
            .add("\\bDr\\.?(?=\\s+\\p{Lu})", m -> "Doctor")
            .add("\\bProf\\.?(?=\\s+\\p{Lu})", m -> "Professor")
            // Abbreviated months (Oct. 5, Sept. 2024) and streets and saints: Main St. is a street, St. Paul a saint.
            .add("(?<=(?:\\p{Lu}\\p{Ll}{1,30}|\\d(?:st|nd|rd|th))\\s)St\\.", m -> "Street")
            .add("\\bSt\\.(?=\\s+\\p{Lu})", m -> "Saint")
            // "No. 5" is number five; COVID-19 is COVID nineteen.
            .add("\\bNo\\.\\s?(?=\\d)", m -> "number ")
            .add("№\\s?", m -> "number ")
            .add("[\\u2460-\\u2473]", m -> " " + (m.group().charAt(0) - 0x2460 + 1) + " ")
            .add("(?<=[A-Za-z])-(?=\\d)", m -> " ")
            // Years where the words around say so: in 2024, March 2024.
            .add(YEAR_CUE + "((?:1[1-9]|20)\\d\\d)(?![\\d,.]\\d)", m -> year(m.group(1)))
            // 1900-2099 written without a comma is almost always a year in news ("the 2023 level");
            // English writes counts that size with a comma (1,950 people).
            .add("(?<![\\d,.$£€])((?:19|20)\\d\\d)(?![\\d%]|[,.]\\d)", m -> year(m.group(1)))
            // Number ranges and arithmetic.
            .add("(?<![\\dA-Za-z.])(-?)(" + NUM + ")" + DASH + "(?=\\d)", m -> signed(m.group(1), m.group(2)) + " to ")
            .add("(?<=\\d)\\s*\\+\\s*(?=\\d)", m -> " plus ")
            .add("(?<=\\d)\\s*[×]\\s*(?=\\d)", m -> " times ")
            .add("(?<=[\\dA-Za-z])\\s*=\\s*(?=[\\dA-Za-z])", m -> " equals ")
            .add("\\s*&\\s*", m -> " and ")
            // Plain numbers last; codes with a leading zero (007) are read digit by digit.
            .add("(?<![\\dA-Za-z.])-(?=\\d)", m -> "minus ")
            .add("(?<![\\d.,])0\\d+(?![\\d.])", m -> EnglishNumbers.digits(m.group()))
            // Road and model names: A1 → A one, 5G → five G (but 65s stays a plural).
            .add("(?<=[A-Za-z])(?=\\d)|(?<=\\d)(?=[A-Za-z])(?!s\\b)", m -> " ")
            .add(NUM, m -> EnglishNumbers.number(m.group()));

    private EnglishNormalizer() {
    }

    @Override
    public String normalize(String text) {
        return rules.apply(text);
    }

    private static String year(String digits) {
        return EnglishNumbers.year(Integer.parseInt(digits));
    }

    private static String fraction(MatchResult m) {
        int top = Integer.parseInt(m.group(1));
        int bottom = Integer.parseInt(m.group(2));
        if (bottom < 2) {
            return EnglishNumbers.cardinal(top) + " over " + EnglishNumbers.cardinal(bottom);
        }
        String part = bottom == 2 ? "half" : bottom == 4 ? "quarter" : EnglishNumbers.ordinal(bottom);
        if (top == 1) {
            return "one " + part;
        }
        return EnglishNumbers.cardinal(top) + " " + (part.equals("half") ? "halves" : part + "s");
    }

    private static String plural(String words) {
        return words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words + "s";
    }

    private static String dayMonthYear(String day, String month, String year) {
        return "the " + EnglishNumbers.ordinal(Integer.parseInt(day)) + " of " + month + " " + year(year);
    }

    private static String time(String hours, String minutes, String ampm) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        String suffix = ampm == null ? "" : ampm.equalsIgnoreCase("a") ? " a m" : " p m";
        if (m == 0) {
            return EnglishNumbers.cardinal(h) + (ampm == null ? " o'clock" : suffix);
        }
        return EnglishNumbers.cardinal(h) + (m < 10 ? " oh " : " ") + EnglishNumbers.cardinal(m) + suffix;
    }

    private static String signed(String sign, String number) {
        return (sign == null || sign.isEmpty() ? "" : "minus ") + EnglishNumbers.number(number);
    }

    private static String money(MatchResult m, String one, String many, String cent, String cents) {
        String n = m.group(1).replace(",", "");
        String scale = m.group(2) != null ? m.group(2)
                : m.group(3) == null ? null : m.group(3).equals("k") ? "thousand" : m.group(3).equals("m") ? "million" : "billion";
        if (scale != null) {
            return EnglishNumbers.number(n) + " " + scale + " " + many;
        }
        int dot = n.indexOf('.');
        if ((dot < 0 ? n.length() : dot) > 15) {
            return EnglishNumbers.number(n) + " " + many;
        }
        long whole = Long.parseLong(dot < 0 ? n : n.substring(0, dot).isEmpty() ? "0" : n.substring(0, dot));
        int fraction = 0;
        if (dot >= 0) {
            String f = (n.substring(dot + 1) + "00").substring(0, 2);
            fraction = Integer.parseInt(f);
        }
        String w = EnglishNumbers.cardinal(whole) + " " + (whole == 1 ? one : many);
        String c = EnglishNumbers.cardinal(fraction) + " " + (fraction == 1 ? cent : cents);
        if (fraction == 0) {
            return w;
        }
        return whole == 0 ? c : w + " and " + c;
    }

    private static String unit(String number, String unit) {
        String[] names = UNITS.get(unit);
        return EnglishNumbers.number(number) + " " + (number.equals("1") ? names[0] : names[1]);
    }

    private static String phone(String written) {
        StringBuilder sb = new StringBuilder();
        for (String group : written.replace("+", "plus ").split("[\\s.()-]+")) {
            if (group.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(group.startsWith("plus") ? group : EnglishNumbers.digits(group));
        }
        return sb.toString();
    }
}
