package org.accesspub.speech.text;

import java.util.Map;
import java.util.regex.MatchResult;

/**
 * Mandarin normalisation: {@code 2024-03-18} → 二零二四年三月十八日, {@code 08:57} → 八点五十七分,
 * {@code 6.3%} → 百分之六点三, {@code 2000} → 两千, phone numbers digit by digit with 幺 for 1,
 * {@code 6+2+X} → 六加二加X, {@code ℃} → 摄氏度, {@code ¥12} → 十二元. Text that is not a number
 * or symbol passes through unchanged.
 */
public final class ChineseNormalizer implements TextNormalizer {
    public static final ChineseNormalizer INSTANCE = new ChineseNormalizer();

    // A number as written: optional thousands separators and decimals.
    private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String TIME = "(\\d{1,2}):([0-5]\\d)(?::([0-5]\\d))?";
    private static final String DASH = "\\s*(?:[-–—~～]+|至|到)\\s*";
    // A minus sign, not a hyphen: not after a digit or a Latin letter (3-5 is a range, COVID-19 a name).
    private static final String SIGN = "(?<![\\dA-Za-z.])[-−]";
    private static final String NOT_DIGIT_BEFORE = "(?<![\\d.,])";
    private static final String NOT_DIGIT_AFTER = "(?![\\d])";
    // Words before a number that make it a phone number.
    private static final String PHONE_CUE = "(?:电话|热线|手机|传真|拨打|致电|号码|手机号|联系方式"
            + "|電話|熱線|手機|傳真|撥打|致電|號碼|手機號|聯繫方式|聯絡電話)";
    // Words before a number that make it a code, read digit by digit like a phone number.
    private static final String CODE_CUE = "(?:邮编|邮政编码|编号|代码|工号|车次|航班号?|房间号?|门牌号)";
    // Measure words after which a lone 2 is said 两 (两个, 两年); 2月, 2日 and 2号 stay 二.
    private static final String MEASURE = "个位名次种条项件天年周岁倍家所座块本张台辆人只份层段批届场间栋套类点分钟小时万亿千百";
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("km/h", "公里每小时"), Map.entry("km²", "平方公里"), Map.entry("km", "公里"),
            Map.entry("m²", "平方米"), Map.entry("㎡", "平方米"), Map.entry("m³", "立方米"),
            Map.entry("cm", "厘米"), Map.entry("mm", "毫米"), Map.entry("m", "米"),
            Map.entry("kg", "千克"), Map.entry("mg", "毫克"), Map.entry("g", "克"), Map.entry("t", "吨"),
            Map.entry("mL", "毫升"), Map.entry("ml", "毫升"), Map.entry("L", "升"),
            Map.entry("kWh", "千瓦时"), Map.entry("kW", "千瓦"), Map.entry("MW", "兆瓦"),
            Map.entry("h", "小时"), Map.entry("min", "分钟"), Map.entry("s", "秒"), Map.entry("ha", "公顷"),
            Map.entry("pt", "磅"), Map.entry("px", "像素"), Map.entry("GB", "吉字节"), Map.entry("MB", "兆字节"),
            Map.entry("KB", "千字节"));
    private static final String UNIT = "km/h|km²|km|m²|㎡|m³|cm|mm|kg|mg|mL|ml|kWh|kW|MW|min|ha|pt|px|GB|MB|KB|m|g|t|L|h|s";

    private final Rules rules = new Rules()
            // Full-width digits and signs, and 〇, are read like their plain forms.
            .add("[０-９]", m -> String.valueOf((char) (m.group().charAt(0) - '０' + '0')))
            .add("％", m -> "%")
            .add("＋", m -> "+")
            .add("(?<=\\d)[：∶](?=\\d\\d)", m -> ":")
            .add("(?<=\\d)．(?=\\d)", m -> ".")
            .add("〇", m -> "零")
            // Circled and parenthesised numbers are read as numbers: ① → 一; № 5 → 五号.
            .add("[\u2460-\u2473]", m -> circled(m.group().charAt(0) - 0x2460 + 1))
            .add("[\u2474-\u2487]", m -> circled(m.group().charAt(0) - 0x2474 + 1))
            .add("[\u2488-\u249B]", m -> circled(m.group().charAt(0) - 0x2488 + 1))
            .add("[\u2776-\u277F]", m -> circled(m.group().charAt(0) - 0x2776 + 1))
            .add("№\\s*(\\d+)", m -> ChineseNumbers.integer(m.group(1)) + "号")
            .add("№", m -> "号")
            // A year-like number before 版 or 款 is said digit by digit: 2025 版 → 二零二五版.
            .add(NOT_DIGIT_BEFORE + "((?:19|20)\\d\\d)\\s*(?=[版款])", m -> ChineseNumbers.digits(m.group(1)))
            // Phone numbers: after a cue word, or in the shapes of Chinese numbers (mobile, area code).
            .add("(" + PHONE_CUE + "[:：]?\\s*)(\\+?[\\d()（）][\\d\\-－ ()（）]{2,}\\d)", m -> m.group(1) + phone(m.group(2)))
            .add("(" + CODE_CUE + "[:：]?\\s*)(\\d{3,})", m -> m.group(1) + phone(m.group(2)))
            .add(NOT_DIGIT_BEFORE + "(?:\\+86[\\s-]?)?1[3-9]\\d(?:[\\s-]?\\d{4}){2}" + NOT_DIGIT_AFTER, m -> phone(m.group()))
            .add(NOT_DIGIT_BEFORE + "[(（]?0\\d{2,3}[)）]?[\\s-]?\\d{7,8}" + NOT_DIGIT_AFTER, m -> phone(m.group()))
            .add(NOT_DIGIT_BEFORE + "[48]00-?\\d{3}-?\\d{4}" + NOT_DIGIT_AFTER, m -> phone(m.group()))
            // Dates: 2024-03-18 → 二零二四年三月十八日; years are read digit by digit.
            .add(NOT_DIGIT_BEFORE + "(\\d{4})[-/.](1[0-2]|0?[1-9])[-/.](3[01]|[12]\\d|0?[1-9])" + NOT_DIGIT_AFTER + "(?![日号])",
                    m -> year(m.group(1)) + "年" + ChineseNumbers.integer(m.group(2)) + "月" + ChineseNumbers.integer(m.group(3)) + "日")
            // A year and month (2024-03) only with a recent year and - or /: 1234.05 is a decimal.
            .add(NOT_DIGIT_BEFORE + "((?:19|20)\\d\\d)[-/](1[0-2]|0[1-9])" + NOT_DIGIT_AFTER + "(?![-/.]\\d)",
                    m -> year(m.group(1)) + "年" + ChineseNumbers.integer(m.group(2)) + "月")
            .add(NOT_DIGIT_BEFORE + "(\\d{4})" + DASH + "(\\d{4})(?=年)", m -> year(m.group(1)) + "至" + year(m.group(2)))
            .add(NOT_DIGIT_BEFORE + "(\\d{4})(?=年)", m -> year(m.group(1)))
            .add(NOT_DIGIT_BEFORE + "(1[0-2]|0?[1-9])" + DASH + "(1[0-2]|0?[1-9])(?=月)",
                    m -> ChineseNumbers.integer(m.group(1)) + "至" + ChineseNumbers.integer(m.group(2)))
            .add(NOT_DIGIT_BEFORE + "(3[01]|[12]\\d|0?[1-9])" + DASH + "(3[01]|[12]\\d|0?[1-9])(?=[日号])",
                    m -> ChineseNumbers.integer(m.group(1)) + "至" + ChineseNumbers.integer(m.group(2)))
            .add(NOT_DIGIT_BEFORE + "(1[0-2]|0?[1-9])(?=月)", m -> ChineseNumbers.integer(m.group(1)))
            .add(NOT_DIGIT_BEFORE + "(3[01]|[12]\\d|0?[1-9])(?=[日号])", m -> ChineseNumbers.integer(m.group(1)))
            // Named days and generations are said digit by digit: 5·12 → 五一二, 80后 → 八零后.
            .add(NOT_DIGIT_BEFORE + "(\\d{1,2})[·•](\\d{1,2})" + NOT_DIGIT_AFTER, m -> ChineseNumbers.digits(m.group(1) + m.group(2)))
            .add(NOT_DIGIT_BEFORE + "(\\d0)(?=后)", m -> ChineseNumbers.digits(m.group(1)))
            // Times: 08:57 → 八点五十七分, 9:30—11:30 → 九点三十分至十一点三十分.
            .add(NOT_DIGIT_BEFORE + TIME + DASH + TIME + NOT_DIGIT_AFTER,
                    m -> time(m.group(1), m.group(2), m.group(3)) + "至" + time(m.group(4), m.group(5), m.group(6)))
            .add(NOT_DIGIT_BEFORE + TIME + NOT_DIGIT_AFTER, m -> time(m.group(1), m.group(2), m.group(3)))
            // Scores and ratios: 3:2 → 三比二.
            .add(NOT_DIGIT_BEFORE + "(\\d+):(\\d+)" + NOT_DIGIT_AFTER,
                    m -> ChineseNumbers.integer(m.group(1)) + "比" + ChineseNumbers.integer(m.group(2)))
            // Percentages: 6.3% → 百分之六点三, 5%-8% and 5-8% → 百分之五至百分之八, -2% → 负百分之二.
            .add("(" + SIGN + ")?(" + NUM + ")%?" + DASH + "([-−])?(" + NUM + ")[%％]",
                    m -> percent(m.group(1), m.group(2)) + "至" + percent(m.group(3), m.group(4)))
            .add("(" + SIGN + ")?(" + NUM + ")%", m -> percent(m.group(1), m.group(2)))
            .add("(" + NUM + ")‰", m -> "千分之" + ChineseNumbers.number(m.group(1)))
            // Temperatures: -5℃ → 零下五摄氏度.
            .add(SIGN + "(?=(?:" + NUM + ")(?:" + DASH + "[-−]?(?:" + NUM + "))?\\s*(?:℃|°C))", m -> "零下")
            .add("℃|°C", m -> "摄氏度")
            .add("℉|°F", m -> "华氏度")
            .add("°", m -> "度")
            // Money: ¥12 → 十二元, $5 → 五美元.
            .add("[¥￥]\\s*(" + NUM + ")([万亿千百]?)元?", m -> ChineseNumbers.number(m.group(1)) + m.group(2) + "元")
            .add("[¥￥]", m -> "")
            .add("\\$\\s*(" + NUM + ")([万亿千百]?)", m -> ChineseNumbers.number(m.group(1)) + m.group(2) + "美元")
            .add("€\\s*(" + NUM + ")([万亿千百]?)", m -> ChineseNumbers.number(m.group(1)) + m.group(2) + "欧元")
            .add("£\\s*(" + NUM + ")([万亿千百]?)", m -> ChineseNumbers.number(m.group(1)) + m.group(2) + "英镑")
            // Units of measure after a number: 10km → 十公里.
            .add("(?<=\\d)\\s*(" + UNIT + ")(?![A-Za-z])", m -> UNITS.get(m.group(1)))
            // Symbols between words: 6+2+X → 六加二加X, 文化+数字 → 文化加数字.
            .add("(?<=[\\p{L}\\p{N}])\\s*\\+\\s*(?=[\\p{L}\\p{N}])", m -> "加")
            .add("(?<=\\d)\\s*[×xX*]\\s*(?=\\d)", m -> "乘")
            .add("(?<=\\d)\\s*÷\\s*(?=\\d)", m -> "除以")
            .add("(?<=[\\p{N}\\p{L}])\\s*=\\s*(?=[\\p{N}\\p{L}])", m -> "等于")
            .add("±", m -> "正负")
            // 元/人, 公里/小时: a slash between a unit and what it is counted by is 每.
            .add("(?<=[元角米克吨升斤度瓦时天次])/(?=人|次|天|年|月|日|件|个|台|辆|小时|公里|千克|公斤|平方米|吨|斤|升|度)", m -> "每")
            .add("&", m -> "和")
            // Fractions: 1/3 → 三分之一.
            .add(NOT_DIGIT_BEFORE + "(\\d+)/(\\d+)(?![\\d/])", m -> ChineseNumbers.integer(m.group(2)) + "分之" + ChineseNumbers.integer(m.group(1)))
            // Number ranges: 3-5 → 三至五.
            .add("(?<=\\d)" + DASH.replace("|至|到", "") + "(?=\\d)", m -> "至")
            // Version-like numbers (3.5.1) are read with 点 between the parts.
            .add(NOT_DIGIT_BEFORE + "\\d+(?:\\.\\d+){2,}", m -> String.join("点", java.util.Arrays.stream(m.group().split("\\."))
                    .map(ChineseNumbers::integer).toList()))
            // Plain numbers last.
            .add("(第)?(" + SIGN + ")?(" + NUM + ")(?=([" + MEASURE + "])?)", ChineseNormalizer::plainNumber)
            .add("[~～]", m -> "至");

    private ChineseNormalizer() {
    }

    @Override
    public String normalize(String text) {
        return rules.apply(text);
    }

    /** A list number such as ① or ⑴: counted, so one is yī whatever follows (①申请人 yi1 shen1 qing3 ren2). */
    private static String circled(int n) {
        return n == 1 ? MandarinReading.mark("一", "yi1") : ChineseNumbers.integer(String.valueOf(n));
    }

    private static String plainNumber(MatchResult m) {
        String ordinal = m.group(1) == null ? "" : m.group(1);
        String sign = m.group(2) == null ? "" : "负";
        String n = m.group(3);
        if (n.length() > 1 && n.startsWith("0") && !n.startsWith("0.")) {
            return ordinal + sign + ChineseNumbers.digits(n); // a code such as 007 or 0510
        }
        if (n.equals("2") && ordinal.isEmpty() && sign.isEmpty() && m.group(4) != null) {
            return "两";
        }
        return ordinal + sign + ChineseNumbers.number(n);
    }

    private static String year(String digits) {
        return ChineseNumbers.digits(digits);
    }

    private static String time(String hours, String minutes, String seconds) {
        int h = Integer.parseInt(hours);
        StringBuilder sb = new StringBuilder(h == 2 ? "两" : ChineseNumbers.integer(hours)).append('点');
        int min = Integer.parseInt(minutes);
        if (min > 0 || seconds != null) {
            sb.append(min > 0 && min < 10 ? "零" : "").append(ChineseNumbers.integer(minutes)).append('分');
        }
        if (seconds != null) {
            sb.append(ChineseNumbers.integer(seconds)).append('秒');
        }
        return sb.toString();
    }

    private static String percent(String sign, String number) {
        // 100% is said 百分之百, as everyone says it.
        String value = number.equals("100") ? "百" : ChineseNumbers.number(number);
        return (sign == null ? "" : "负") + "百分之" + value;
    }

    private static String phone(String written) {
        String s = written.replace("+", "加").replaceAll("[()（）]", "");
        // Groups stay audible as short breaks: 零五幺零，八五二二三四五六.
        return ChineseNumbers.phone(s.replaceAll("\\s*[-－ ]\\s*", "，"));
    }
}
