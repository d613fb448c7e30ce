package org.accesspub.speech.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accesspub.lang.ChineseWords;
import org.accesspub.lang.Languages;

/**
 * How Mandarin text is pronounced, word by word, before eSpeak NG hears it. eSpeak's own reading goes
 * character by character and gets polyphones wrong (区长 qū cháng, 老大难 nàn, 挑大梁 tiāo, 预算为 wèi) and
 * knows no tone sandhi. Here the text is segmented into words (HanLP), each word takes its reading from
 * HanLP's phrase pinyin dictionary, a small maintained table of corrections
 * ({@code mandarin-readings.txt}) and the user's pinyin lexicon entries ({@code 区长=qu1 zhang3}) win over
 * it, a few context rules settle 为, and the tone sandhi of 一, 不 and of third tones (by the structure of
 * each word, short words of third tones said as one) is applied. The result is given to eSpeak's Mandarin voice as pinyin with tone digits, which it reads
 * exactly (checked with {@code espeak_TextToPhonemes} in the tests).
 */
public final class MandarinReading {
    /** A user reading kept through normalisation: {@code ⟦区长|qu1 zhang3⟧}. */
    static final Pattern READING = Pattern.compile("⟦([^|⟧]*)\\|([^⟧]*)⟧");
    private static final Pattern SYLLABLE = Pattern.compile("[a-zü]+[1-5]");
    private static final String NUMERALS = "零〇一二三四五六七八九十百千万亿两";
    private static final String DIGITS = "零〇一二三四五六七八九";
    /** Verbs that 重 standing alone before them makes "again" (chóng): 重上, 重写, 重做. */
    private static final String AGAIN_VERBS = "上回返来写做修建开演读看洗装画游访逢温整申提组排选印播启设构置";
    private static final Map<String, List<String>> CORRECTIONS = load("mandarin-readings.txt");
    private static final int MAX_SEGMENTS = 4;
    /** After 以…为, these say what something is taken as: 为 is wéi (以先进制造业为骨干). */
    private static final List<String> TAKEN_AS = List.of("骨干", "主", "核心", "重点", "中心", "基础", "导向", "目标",
            "抓手", "主线", "主体", "载体", "引领", "支撑", "龙头", "根本", "前提", "保障", "依托", "契机", "重心", "宗旨",
            "己任", "例", "荣", "本", "先", "纲", "指导");

    /**
     * One syllable as it will be said.
     *
     * @param text   the character (empty for a syllable of a user's reading), or a piece of non-Han text
     * @param pinyin pinyin with its tone digit, sandhi applied; null for non-Han text
     * @param startsWord whether a word starts here (as segmented)
     */
    public record Syllable(String text, String pinyin, boolean startsWord) {
    }

    private MandarinReading() {
    }

    /** The warning for a character no voice can say: once per character and conversion. */
    public static String unreadable(int cp) {
        String name = Character.getName(cp);
        return new String(Character.toChars(cp)) + " (U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)
                + (name == null ? "" : " " + name) + ") has no reading any voice can say; it is skipped in the audio";
    }

    /** Whether a lexicon reading is pinyin with tone digits ({@code qu1 zhang3}) rather than characters. */
    public static boolean isPinyin(String reading) {
        String[] parts = reading.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        for (String p : parts) {
            if (!SYLLABLE.matcher(p).matches()) {
                return false;
            }
        }
        return parts.length > 0;
    }

    /** A pinyin reading for a word, in the form that survives normalisation. */
    static String mark(String word, String pinyin) {
        return "⟦" + word + "|" + pinyin.strip().toLowerCase(java.util.Locale.ROOT).replace('ü', 'v') + "⟧";
    }

    /** The text normalised, except the marked pinyin readings, which pass through as they are. */
    public static String normalize(String text, TextNormalizer normalizer) {
        text = ReadingData.nameEmoji(text, normalizer instanceof EnglishNormalizer ? "en" : "zh");
        Matcher m = READING.matcher(text);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (m.find()) {
            sb.append(normalizer.normalize(text.substring(at, m.start()))).append(m.group());
            at = m.end();
        }
        return sb.append(normalizer.normalize(text.substring(at))).toString();
    }

    /** The text with user readings put back as their words, for engines that do not read pinyin. */
    public static String plain(String spoken) {
        return READING.matcher(spoken).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    /** The syllables of a normalised Chinese utterance, sandhi applied; unreadable characters are reported. */
    public static List<Syllable> read(String spoken, IntConsumer unreadable) {
        List<Syllable> out = new ArrayList<>();
        List<Integer> wordStarts = new ArrayList<>();
        Matcher m = READING.matcher(spoken);
        int at = 0;
        while (m.find()) {
            words(spoken.substring(at, m.start()), out, wordStarts, unreadable);
            wordStarts.add(out.size());
            for (String s : m.group(2).split("\\s+")) {
                if (!s.isEmpty()) {
                    out.add(new Syllable("", s, false));
                }
            }
            at = m.end();
        }
        words(spoken.substring(at), out, wordStarts, unreadable);
        wordStarts.add(out.size());
        sandhi(out, wordStarts);
        java.util.Set<Integer> starts = new java.util.HashSet<>(wordStarts);
        for (int i = 0; i < out.size(); i++) {
            out.set(i, new Syllable(out.get(i).text(), out.get(i).pinyin(), starts.contains(i)));
        }
        return out;
    }

    /** The pinyin as {@code accesspub inspect --speech --pinyin} shows it: syllables of a word joined by spaces. */
    public static String pinyinLine(String spoken, IntConsumer unreadable) {
        StringBuilder sb = new StringBuilder();
        boolean openAtEnd = false;
        for (Syllable s : read(spoken, unreadable)) {
            String piece = s.pinyin() != null ? s.pinyin() : s.text().strip();
            if (piece.isEmpty()) {
                continue;
            }
            boolean punctuation = s.pinyin() == null && piece.codePoints().noneMatch(Character::isLetterOrDigit);
            boolean opening = punctuation && isOpening(piece.codePointBefore(piece.length()));
            if (sb.length() > 0 && (!punctuation || opening) && !openAtEnd) {
                sb.append(' ');
            }
            sb.append(piece);
            openAtEnd = opening;
        }
        return sb.toString();
    }

    private static boolean isOpening(int cp) {
        int t = Character.getType(cp);
        return t == Character.START_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    /**
     * The text for eSpeak NG's Mandarin voice: each word's syllables joined ({@code qu1zhang3}), words and
     * other text apart, punctuation kept for the phrasing.
     */
    public static String espeakText(String spoken, IntConsumer unreadable) {
        StringBuilder sb = new StringBuilder();
        for (Syllable s : read(spoken, unreadable)) {
            if (s.pinyin() == null) {
                sb.append(' ').append(s.text().strip()).append(' ');
            } else {
                sb.append(s.startsWord() ? " " : "").append(espeakSyllable(s.pinyin()));
            }
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** eSpeak NG 1.52 cannot read jiong, qiong and xiong (it spells them in English): it reads jong, qong, xong. */
    static String espeakSyllable(String pinyin) {
        return pinyin.replaceFirst("^([jqx])iong", "$1ong");
    }

    private static void words(String text, List<Syllable> out, List<Integer> wordStarts, IntConsumer unreadable) {
        if (text.isEmpty()) {
            return;
        }
        String shownText = text;
        text = ChineseWords.simplifiedForReading(text); // Traditional is read as Simplified, shown as written
        List<ChineseWords.Word> found = resegment(ChineseWords.words(text));
        List<String> segments = found.stream().map(ChineseWords.Word::text).toList();
        Polyphones polyphones = new Polyphones(text);
        int offset = 0; // UTF-16 offset of the segment in text
        for (int w = 0; w < segments.size(); w++) {
            // a correction may span a few segments (智改数转 = 智/改数/转); it must start and end on their edges
            String word = segments.get(w);
            List<String> corrected = null;
            for (int last = Math.min(segments.size(), w + MAX_SEGMENTS) - 1; last >= w && corrected == null; last--) {
                String joined = String.join("", segments.subList(w, last + 1));
                corrected = CORRECTIONS.get(joined);
                if (corrected != null) {
                    word = joined;
                    w = last;
                }
            }
            wordStarts.add(out.size());
            List<String> pinyin = corrected != null ? corrected
                    : adverbialDe(found, w) ? List.of("de5")
                    : forSomeone(found, w) ? List.of("wei4")
                    : polyphones.decide(offset, word, ChineseWords.pinyin(word), found.get(w).personName());
            String shown = shownText.substring(offset, offset + word.length());
            offset += word.length();
            int i = 0;
            int k = 0;
            StringBuilder other = new StringBuilder();
            while (i < word.length()) {
                int cp = word.codePointAt(i);
                int n = Character.charCount(cp);
                String p = k < pinyin.size() ? pinyin.get(k) : null;
                if (p == null && Languages.isHan(cp)) {
                    p = ReadingData.mandarin(cp); // a rare character: Unihan's reading
                }
                if (Languages.isHan(cp)) {
                    flush(other, out);
                    if (p == null) {
                        unreadable.accept(cp);
                    } else {
                        out.add(new Syllable(shown.substring(i, i + n), p, false));
                    }
                } else if (isReadable(cp)) {
                    other.append(shown, i, i + n);
                } else {
                    unreadable.accept(cp);
                }
                i += n;
                k += n; // HanLP gives one entry per UTF-16 unit
            }
            flush(other, out);
        }
    }

    /**
     * 载 after a numeral counts years (十载 shí zǎi) and is a word of its own: HanLP joins it to what follows
     * (十/载重/上), which then reads 载重 zài zhòng instead of 十载 / 重上 chóng shàng.
     */
    private static List<ChineseWords.Word> resegment(List<ChineseWords.Word> words) {
        List<ChineseWords.Word> out = new ArrayList<>(words.size());
        for (ChineseWords.Word word : words) {
            String t = word.text();
            ChineseWords.Word before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (t.length() > 1 && t.startsWith("载") && before != null && !before.text().isEmpty()
                    && (NUMERALS + "几数").indexOf(before.text().charAt(before.text().length() - 1)) >= 0) {
                out.add(new ChineseWords.Word("载", "q"));
                t.substring(1).codePoints().forEach(cp -> out.add(new ChineseWords.Word(Character.toString(cp), "")));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * 地 as the adverbial particle: HanLP tags it {@code uv} between a word that describes (粗略, 很好, 认真, 慢慢)
     * and a verb, where it is de; elsewhere (当地, 等地：) it stays a word for ground or place.
     */
    private static boolean adverbialDe(List<ChineseWords.Word> words, int i) {
        ChineseWords.Word w = words.get(i);
        if (!w.text().equals("地") || !w.nature().equals("uv") || i == 0 || i + 1 >= words.size()) {
            return false;
        }
        String before = words.get(i - 1).nature();
        String after = words.get(i + 1).nature();
        return (before.startsWith("a") || before.startsWith("d") || before.startsWith("v") || before.startsWith("z"))
                && (after.startsWith("v") || after.startsWith("d") || after.startsWith("p"));
    }

    /**
     * 为 before a noun that a verb follows, or before a verb, is "for" (wèi): 为全局添彩, 为人民服务, 为协助长者;
     * before a noun that ends the phrase it is "to be, as" (以人民为中心, wéi), which the model and the rules
     * below decide.
     */
    private static boolean forSomeone(List<ChineseWords.Word> words, int i) {
        if (!words.get(i).text().equals("为") || i + 1 >= words.size()) {
            return false;
        }
        ChineseWords.Word next = words.get(i + 1);
        if (next.nature().equals("v") && next.text().length() > 1 && !next.text().startsWith("是")) {
            return true;
        }
        if (i + 2 >= words.size()) {
            return false;
        }
        String noun = next.nature();
        String verb = words.get(i + 2).nature();
        return (noun.startsWith("n") || noun.equals("r")) && !noun.startsWith("nr") && verb.startsWith("v")
                && !words.get(i + 2).text().equals("是");
    }

    /** Letters, digits, punctuation and spaces are read or give the phrasing; symbols and emoji are not. */
    public static boolean isReadable(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || Character.isWhitespace(cp) || cp == '\u200B'
                || (type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION)
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION || type == Character.MATH_SYMBOL;
    }

    private static void flush(StringBuilder other, List<Syllable> out) {
        if (other.length() > 0) {
            out.add(new Syllable(other.toString(), null, false));
            other.setLength(0);
        }
    }

    /** Tone sandhi of 一 and 不, 为 by context, and of third tones inside a word or short words said as one. */
    private static void sandhi(List<Syllable> s, List<Integer> wordStarts) {
        boolean[] starts = new boolean[s.size() + 1];
        for (int w : wordStarts) {
            starts[w] = true;
        }
        for (int i = 0; i < s.size(); i++) {
            String c = s.get(i).text();
            String p = s.get(i).pinyin();
            if (p == null) {
                continue;
            }
            String before = i > 0 ? s.get(i - 1).text() : "";
            Syllable next = i + 1 < s.size() ? s.get(i + 1) : null;
            boolean nextIsHan = next != null && next.pinyin() != null;
            int nextTone = nextIsHan ? tone(next.pinyin()) : 0;
            String after = nextIsHan ? next.text() : "";
            boolean lastOfWord = starts[i + 1] && !starts[i];
            if (c.equals("一")) {
                set(s, i, yi(before, after, nextIsHan, nextTone, lastOfWord));
            } else if (c.equals("不")) {
                set(s, i, nextTone == 4 ? "bu2" : "bu4");
            } else if (c.equals("行") && countedLines(s, i)) {
                set(s, i, "hang2"); // 共八行, 第三行: lines and rows are counted
            } else if (c.equals("重") && starts[i] && starts[i + 1] && in(AGAIN_VERBS, after)
                    && !in("很太不较更最好挺真多少过", before)) {
                set(s, i, "chong2"); // 重上, 重写, 重做: again
            } else if (c.equals("载") && in(NUMERALS + "几数", before)) {
                set(s, i, "zai3"); // 十载: years
            } else if (c.equals("朝") && clauseStart(s, i) && morningAndEvening(s, i)) {
                set(s, i, "zhao1"); // 朝为越溪女，暮作吴宫妃: morning, set against evening
            } else if (c.equals("为") && starts[i] && starts[i + 1] && (in(NUMERALS, after)
                    || takenAs(s, i))) {
                set(s, i, "wei2"); // 预算为三亿元, 以…为骨干: 为 is "to be, as"
            } else if (c.equals("为") && starts[i] && starts[i + 1] && clauseStart(s, i)) {
                set(s, i, "wei4"); // 为江苏…注入动力, 为人民服务: opening a clause, 为 is "for"
            }
        }
        boolean[] units = starts.clone();
        mergeThirdTones(s, units);
        for (int from = 0; from < s.size(); ) {
            int to = from + 1;
            while (to < s.size() && !units[to]) {
                to++;
            }
            thirdTones(s, from, to, starts);
            from = to;
        }
    }

    /**
     * Third-tone sandhi inside one prosodic word, by its structure: each part is said first, then a third tone
     * ending the left part before a third tone starting the right becomes a second. The parts are the words it
     * was made of (我|很好 wo3 hen2 hao3); a single word of three syllables is taken as two and one, as most are
     * (展览馆 zhan2 lan2 guan3), a longer one as halves (岂有此理 qi2 you3 ci2 li3).
     */
    private static void thirdTones(List<Syllable> s, int from, int to, boolean[] wordStarts) {
        if (to - from < 2) {
            return;
        }
        int split = -1;
        for (int k = to - 1; k > from; k--) {
            if (wordStarts[k]) {
                split = k;
                break;
            }
        }
        if (split < 0) {
            split = to - from == 3 ? from + 2 : from + (to - from) / 2;
        }
        thirdTones(s, from, split, wordStarts);
        thirdTones(s, split, to, wordStarts);
        String left = s.get(split - 1).pinyin();
        String right = s.get(split).pinyin();
        if (left != null && right != null && tone(left) == 3 && tone(right) == 3) {
            set(s, split - 1, left.replace('3', '2'));
        }
    }

    /**
     * Short words of third tones only are said as one (我很好 wǒ hěn hǎo → wo2 hen2 hao3, 很久 hen2 jiu3): a word
     * joins the one before it when both are all third tones and together they are at most three syllables,
     * so the sandhi inside a word applies across them. Longer runs keep their word boundaries.
     */
    private static void mergeThirdTones(List<Syllable> s, boolean[] starts) {
        int groupStart = 0;
        boolean groupAllThird = false;
        int i = 0;
        while (i < s.size()) {
            int end = i + 1;
            while (end < s.size() && !starts[end]) {
                end++;
            }
            boolean allThird = true;
            for (int k = i; k < end; k++) {
                String p = s.get(k).pinyin();
                allThird &= p != null && tone(p) == 3;
            }
            if (i > 0 && allThird && groupAllThird && end - groupStart <= 3) {
                starts[i] = false; // one prosodic word with the one before
            } else {
                groupStart = i;
                groupAllThird = allThird;
            }
            i = end;
        }
    }

    /**
     * 行 right after a numeral counts lines or rows (共八行, 第三行, 两行字) and is háng; 一行 followed by 人 or
     * ending a name (代表团一行) is a party, xíng, so after 一 it needs a counting word before (共一行, 第一行).
     */
    private static boolean countedLines(List<Syllable> s, int i) {
        String before = i > 0 ? s.get(i - 1).text() : "";
        if (!in(NUMERALS, before)) {
            return false;
        }
        if (!before.equals("一")) {
            return true;
        }
        String twoBefore = i > 1 ? s.get(i - 2).text() : "";
        return in("共第每这那前后上下末首单", twoBefore) || in(NUMERALS, twoBefore);
    }

    /** 朝 opening a clause answered by a clause opening with 暮 or 夕 (朝为越溪女，暮作吴宫妃): the morning, zhāo. */
    private static boolean morningAndEvening(List<Syllable> s, int i) {
        for (int k = i + 1; k < s.size(); k++) {
            String t = s.get(k).text();
            if (s.get(k).pinyin() == null && t.codePoints().anyMatch(cp -> "。！？!?".indexOf(cp) >= 0)) {
                return false;
            }
            if ((t.equals("暮") || t.equals("夕")) && clauseStart(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the syllable opens the text or follows a comma, a stop or the like (not a bracket or a quote). */
    private static boolean clauseStart(List<Syllable> s, int i) {
        return i == 0 || s.get(i - 1).pinyin() == null && s.get(i - 1).text().strip().codePoints()
                .reduce((a, b) -> b).stream().anyMatch(cp -> "，。；！？：、,.;!?:".indexOf(cp) >= 0);
    }

    /** 以 earlier in the clause and one of the {@link #TAKEN_AS} words right after 为. */
    private static boolean takenAs(List<Syllable> s, int i) {
        StringBuilder rest = new StringBuilder();
        for (int k = i + 1; k < s.size() && k <= i + 2 && s.get(k).pinyin() != null; k++) {
            rest.append(s.get(k).text());
        }
        boolean follows = TAKEN_AS.stream().anyMatch(w -> rest.toString().startsWith(w));
        for (int k = i - 1; follows && k >= 0; k--) {
            Syllable x = s.get(k);
            if (x.pinyin() == null && x.text().codePoints().anyMatch(cp -> "，。；！？,;!?".indexOf(cp) >= 0)) {
                return false;
            }
            if ("以".equals(x.text())) {
                return true;
            }
        }
        return false;
    }

    /** 一: yī when counted or ending a word, yí before a fourth tone, yì before the others. */
    private static String yi(String before, String after, boolean nextIsHan, int nextTone, boolean lastOfWord) {
        if (!nextIsHan || lastOfWord || before.equals("第") || before.equals("月") || in(DIGITS, before)
                || in(DIGITS, after) || after.equals("月") || after.equals("号") || in("加减乘除点比至", after)
                || in("加减乘除", before) || in("十百千万亿", before) && !in("百千万亿", after)) {
            return "yi1";
        }
        if (!before.isEmpty() && before.equals(after)) {
            return "yi5"; // 看一看
        }
        return nextTone == 4 || nextTone == 5 ? "yi2" : "yi4";
    }

    /** Whether a one-character string is one of the characters listed (never true for the empty string). */
    private static boolean in(String chars, String c) {
        return !c.isEmpty() && chars.contains(c);
    }

    private static void set(List<Syllable> s, int i, String pinyin) {
        s.set(i, new Syllable(s.get(i).text(), pinyin, false));
    }

    private static int tone(String pinyin) {
        char last = pinyin.charAt(pinyin.length() - 1);
        return Character.isDigit(last) ? last - '0' : 5;
    }

    private static Map<String, List<String>> load(String name) {
        Map<String, List<String>> map = new HashMap<>();
        try (InputStream in = MandarinReading.class.getResourceAsStream(name);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                map.put(line.substring(0, eq).strip(), List.of(line.substring(eq + 1).strip().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
