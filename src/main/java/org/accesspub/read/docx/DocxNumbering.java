package org.accesspub.read.docx;

import static org.accesspub.read.office.SafeXml.attr;
import static org.accesspub.read.office.SafeXml.child;
import static org.accesspub.read.office.SafeXml.children;
import static org.accesspub.read.office.SafeXml.val;

import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The numbering definitions of a DOCX and the counters as the document is read: for a paragraph with a
 * number ({@code numId}, {@code ilvl}), whether it is a bullet, the value it gets (start values,
 * {@code startOverride} restarts, lists continued under the same {@code numId}) and its label text
 * ({@code lvlText} such as {@code %1.%2.}, with decimal, letter, roman and Chinese counting formats).
 * Not thread-safe: one per document read.
 */
final class DocxNumbering {
    static final int LEVELS = 9;

    private record Level(String format, String text, int start, boolean legal) {
    }

    private final Map<String, Level[]> abstracts = new HashMap<>();
    private final Map<String, String> abstractOfNum = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> startOverrides = new HashMap<>();
    private final Map<String, Level[]> levelOverrides = new HashMap<>();
    private final Map<String, int[]> counters = new HashMap<>();
    private final java.util.Set<String> restarted = new java.util.HashSet<>();

    DocxNumbering(Document doc) {
        if (doc == null) {
            return;
        }
        Element root = doc.getDocumentElement();
        for (Element e : children(root)) {
            if ("abstractNum".equals(e.getLocalName())) {
                abstracts.putIfAbsent(attr(e, "abstractNumId"), levels(e));
            }
        }
        for (Element e : children(root)) {
            if (!"num".equals(e.getLocalName())) {
                continue;
            }
            String id = attr(e, "numId");
            abstractOfNum.put(id, val(e, "abstractNumId"));
            Map<Integer, Integer> starts = new HashMap<>();
            Level[] lvls = new Level[LEVELS];
            for (Element o : children(e)) {
                if (!"lvlOverride".equals(o.getLocalName())) {
                    continue;
                }
                int ilvl = level(attr(o, "ilvl"));
                Integer start = number(val(o, "startOverride"));
                if (start != null) {
                    starts.put(ilvl, start);
                }
                Element lvl = child(o, "lvl");
                if (lvl != null) {
                    lvls[ilvl] = level(lvl);
                }
            }
            startOverrides.put(id, starts);
            levelOverrides.put(id, lvls);
        }
    }

    private static Level[] levels(Element abstractNum) {
        Level[] out = new Level[LEVELS];
        for (Element l : children(abstractNum)) {
            if ("lvl".equals(l.getLocalName())) {
                out[level(attr(l, "ilvl"))] = level(l);
            }
        }
        return out;
    }

    private static Level level(Element lvl) {
        Integer start = number(val(lvl, "start"));
        String fmt = val(lvl, "numFmt");
        return new Level(fmt == null ? "decimal" : fmt, val(lvl, "lvlText"), start == null ? 1 : start,
                child(lvl, "isLgl") != null);
    }

    static int level(String ilvl) {
        Integer n = number(ilvl);
        return n == null ? 0 : Math.max(0, Math.min(LEVELS - 1, n));
    }

    private static Integer number(String s) {
        if (s == null || !s.strip().matches("-?\\d{1,6}")) {
            return null;
        }
        return Integer.parseInt(s.strip());
    }

    /** Whether the number refers to a list at all ({@code numId} 0 switches numbering off). */
    boolean defined(String numId) {
        return numId != null && !"0".equals(numId) && abstracts.containsKey(abstractOfNum.get(numId));
    }

    private Level lvl(String numId, int ilvl) {
        Level[] o = levelOverrides.get(numId);
        if (o != null && o[ilvl] != null) {
            return o[ilvl];
        }
        Level[] a = abstracts.get(abstractOfNum.get(numId));
        Level l = a == null ? null : a[ilvl];
        return l == null ? new Level("decimal", "%" + (ilvl + 1) + ".", 1, false) : l;
    }

    boolean bullet(String numId, int ilvl) {
        String f = lvl(numId, ilvl).format();
        return f.equals("bullet") || f.equals("none");
    }

    /**
     * Counts a paragraph at this level: returns its value; deeper levels restart. Numbers that share an
     * abstract definition share its counters (Word continues a list across them), except that a number with a
     * {@code startOverride} restarts the level the first time it is used.
     */
    int advance(String numId, int ilvl) {
        String key = counterKey(numId);
        int[] c = counters.computeIfAbsent(key, k -> new int[LEVELS]);
        Integer override = startOverrides.getOrDefault(numId, Map.of()).get(ilvl);
        if (override != null && restarted.add(numId + "#" + ilvl)) {
            c[ilvl] = override;
        } else if (c[ilvl] == 0) {
            c[ilvl] = lvl(numId, ilvl).start();
        } else {
            c[ilvl]++;
        }
        for (int i = ilvl + 1; i < LEVELS; i++) {
            c[i] = 0;
        }
        return c[ilvl];
    }

    /** The list a number belongs to: its abstract definition, or the number itself when that is missing. */
    String counterKey(String numId) {
        String a = abstractOfNum.get(numId);
        return a == null ? "num:" + numId : "abstract:" + a;
    }

    /** The label of the paragraph just counted: {@code lvlText} with each {@code %n} replaced by its level's value. */
    String label(String numId, int ilvl) {
        Level l = lvl(numId, ilvl);
        if (l.text() == null || l.format().equals("bullet") || l.format().equals("none")) {
            return "";
        }
        int[] c = counters.getOrDefault(counterKey(numId), new int[LEVELS]);
        StringBuilder sb = new StringBuilder();
        String t = l.text();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
                int n = t.charAt(i + 1) - '1';
                Level of = lvl(numId, n);
                int v = c[n] == 0 ? of.start() : c[n];
                sb.append(format(l.legal() ? "decimal" : of.format(), v));
                i++;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString().strip();
    }

    static String format(String fmt, int v) {
        return switch (fmt) {
            case "lowerLetter" -> letters(v).toLowerCase(java.util.Locale.ROOT);
            case "upperLetter" -> letters(v);
            case "lowerRoman" -> roman(v).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(v);
            case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting",
                    "chineseLegalSimplified", "ideographLegalTraditional" -> chinese(v);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> v >= 1 && v <= 20
                    ? String.valueOf((char) (0x2460 + v - 1)) : String.valueOf(v);
            case "decimalZero" -> v < 10 ? "0" + v : String.valueOf(v);
            default -> String.valueOf(v);
        };
    }

    private static String letters(int v) {
        if (v <= 0) {
            return String.valueOf(v);
        }
        char c = (char) ('A' + (v - 1) % 26);
        return String.valueOf(c).repeat((v - 1) / 26 + 1);
    }

    private static String roman(int v) {
        if (v <= 0 || v >= 4000) {
            return String.valueOf(v);
        }
        int[] n = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n.length; i++) {
            while (v >= n[i]) {
                sb.append(s[i]);
                v -= n[i];
            }
        }
        return sb.toString();
    }

    private static String chinese(int v) {
        String digits = "零一二三四五六七八九";
        if (v < 0 || v >= 100) {
            return String.valueOf(v);
        }
        if (v < 10) {
            return String.valueOf(digits.charAt(v));
        }
        return (v / 10 == 1 ? "" : String.valueOf(digits.charAt(v / 10))) + "十" + (v % 10 == 0 ? "" : digits.charAt(v % 10));
    }
}
