package org.accesspub.speech.text;

/**
 * Numbers as a Mandarin news reader says them: values ({@code 1150} → 一千一百五十), digit strings
 * (years, phone numbers) and decimals. Pure functions, no state.
 */
public final class ChineseNumbers {
    private static final String DIGITS = "零一二三四五六七八九";
    // Phone numbers and codes: 1 is said 幺 so that it cannot be heard as 七.
    private static final String PHONE_DIGITS = "零幺二三四五六七八九";
    private static final String[] SMALL_UNITS = {"", "十", "百", "千"};
    private static final String[] SECTION_UNITS = {"", "万", "亿", "万亿"};

    private ChineseNumbers() {
    }

    /** Digit by digit, as years are said: {@code 2024} → 二零二四. Non-digits are kept. */
    public static String digits(String digits) {
        return mapDigits(digits, DIGITS);
    }

    /** Digit by digit with 幺 for 1, as phone numbers are said: {@code 0510} → 零五幺零. */
    public static String phone(String digits) {
        return mapDigits(digits, PHONE_DIGITS);
    }

    private static String mapDigits(String s, String table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '0' && c <= '9' ? table.charAt(c - '0') : c);
        }
        return sb.toString();
    }

    /**
     * A whole number as a value: {@code 2000} → 两千, {@code 1150} → 一千一百五十, {@code 10} → 十,
     * {@code 1005} → 一千零五. Leading zeros are ignored; numbers beyond 万亿 are read digit by digit.
     */
    public static String integer(String digits) {
        String d = digits.replaceFirst("^0+(?=\\d)", "");
        if (d.length() > 16) {
            return digits(d);
        }
        long n = Long.parseLong(d);
        if (n == 0) {
            return "零";
        }
        // Split into four-digit sections (个, 万, 亿, 万亿), read each, and put 零 where a gap is heard.
        int[] sections = new int[4];
        int count = 0;
        for (long rest = n; rest > 0; rest /= 10000) {
            sections[count++] = (int) (rest % 10000);
        }
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (int s = count - 1; s >= 0; s--) {
            int value = sections[s];
            if (value == 0) {
                gap = true;
                continue;
            }
            if (sb.length() > 0 && (gap || value < 1000)) {
                sb.append('零');
            }
            gap = false;
            // A lone 2 before 万 or 亿 is said 两 (两万, 两亿).
            sb.append(value == 2 && s > 0 ? "两" : section(value)).append(SECTION_UNITS[s]);
        }
        String out = sb.toString();
        // 一十五 is said 十五 when it leads the number.
        return out.startsWith("一十") ? out.substring(1) : out;
    }

    /** One four-digit section (1..9999) without its section unit. */
    private static String section(int value) {
        StringBuilder sb = new StringBuilder();
        String s = String.valueOf(value);
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            int digit = s.charAt(i) - '0';
            int place = s.length() - 1 - i;
            if (digit == 0) {
                zero = true;
                continue;
            }
            if (zero) {
                sb.append('零');
            }
            zero = false;
            // 2 before 千 is said 两 (两千, 一万两千); before 百 and 十, and alone, it stays 二.
            sb.append(digit == 2 && place == 3 ? '两' : DIGITS.charAt(digit)).append(SMALL_UNITS[place]);
        }
        return sb.toString();
    }

    /**
     * A number as written, with optional sign, thousands separators and decimals:
     * {@code 3.5} → 三点五, {@code -5} → 负五, {@code 1,150} → 一千一百五十.
     */
    public static String number(String written) {
        String s = written.replace(",", "").replace("，", "");
        StringBuilder sb = new StringBuilder();
        if (s.startsWith("-") || s.startsWith("−")) {
            sb.append('负');
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            sb.append('正');
            s = s.substring(1);
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        sb.append(whole.isEmpty() ? "零" : integer(whole));
        if (dot >= 0 && dot + 1 < s.length()) {
            sb.append('点').append(digits(s.substring(dot + 1)));
        }
        return sb.toString();
    }
}
