package org.accesspub.speech.text;

/** Numbers as English words: cardinals, ordinals, years and decimals. Pure functions. */
public final class EnglishNumbers {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] SCALES = {"", " thousand", " million", " billion", " trillion", " quadrillion"};

    private EnglishNumbers() {
    }

    /** {@code 1150} → one thousand one hundred fifty; {@code 37} → thirty-seven. */
    public static String cardinal(long n) {
        if (n < 0) {
            return "minus " + cardinal(-n);
        }
        if (n == 0) {
            return "zero";
        }
        StringBuilder sb = new StringBuilder();
        int scale = 0;
        while (n > 0) {
            int chunk = (int) (n % 1000);
            if (chunk > 0) {
                String words = belowThousand(chunk) + SCALES[scale];
                sb.insert(0, sb.length() > 0 ? words + " " : words);
            }
            n /= 1000;
            scale++;
        }
        return sb.toString();
    }

    private static String belowThousand(int n) {
        StringBuilder sb = new StringBuilder();
        if (n >= 100) {
            sb.append(ONES[n / 100]).append(" hundred");
            n %= 100;
            if (n > 0) {
                sb.append(' ');
            }
        }
        if (n >= 20) {
            sb.append(TENS[n / 10]);
            if (n % 10 > 0) {
                sb.append('-').append(ONES[n % 10]);
            }
        } else if (n > 0) {
            sb.append(ONES[n]);
        }
        return sb.toString();
    }

    /** Digits as written (may hold separators, a sign or decimals): {@code 3.5} → three point five. */
    public static String number(String written) {
        String s = written.replace(",", "");
        String sign = "";
        if (s.startsWith("-") || s.startsWith("−")) {
            sign = "minus ";
            s = s.substring(1);
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String words = whole.isEmpty() ? "zero" : whole.length() > 18 ? digits(whole) : cardinal(Long.parseLong(whole));
        if (dot >= 0 && dot + 1 < s.length()) {
            words += " point " + digits(s.substring(dot + 1));
        }
        return sign + words;
    }

    /** Digit by digit, separated by spaces: {@code 205} → two zero five. */
    public static String digits(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(ONES[c - '0']);
            }
        }
        return sb.toString();
    }

    /** {@code 1} → first, {@code 22} → twenty-second, {@code 100} → one hundredth. */
    public static String ordinal(long n) {
        String c = cardinal(n);
        int cut = Math.max(c.lastIndexOf(' '), c.lastIndexOf('-')) + 1;
        String last = c.substring(cut);
        String head = c.substring(0, cut);
        String ord = switch (last) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
        };
        return head + ord;
    }

    /**
     * A year as it is said: {@code 2024} → twenty twenty-four, {@code 2005} → two thousand five,
     * {@code 1900} → nineteen hundred, {@code 1905} → nineteen oh five.
     */
    public static String year(int y) {
        if (y < 1000 || y > 9999) {
            return cardinal(y);
        }
        int hi = y / 100;
        int lo = y % 100;
        if (y >= 2000 && y < 2010) {
            return cardinal(y);
        }
        if (lo == 0) {
            return y % 1000 == 0 ? cardinal(y) : cardinal(hi) + " hundred";
        }
        return cardinal(hi) + (lo < 10 ? " oh " : " ") + cardinal(lo);
    }
}
