package org.accesspub.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.accesspub.lang.Languages;
import org.accesspub.model.Inline;

/** Tidying of inline runs that every reader needs: no layout whitespace, no unsafe links. */
public final class Inlines {
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\u00A0\\u2002\\u2003]+");

    private Inlines() {
    }

    /**
     * Merges neighbouring texts, folds runs of white space to one space (none between two Chinese
     * characters, where a wrapped line left it), and trims the ends.
     */
    public static List<Inline> trim(List<Inline> in) {
        List<Inline> merged = new ArrayList<>();
        StringBuilder text = null;
        for (Inline i : in) {
            if (i instanceof Inline.Text t) {
                if (text == null) {
                    text = new StringBuilder();
                }
                text.append(t.text());
            } else {
                addText(merged, text);
                text = null;
                merged.add(i);
            }
        }
        addText(merged, text);
        trimEnd(merged, true);
        trimEnd(merged, false);
        return merged;
    }

    private static void addText(List<Inline> out, StringBuilder text) {
        if (text != null && text.length() > 0) {
            out.add(new Inline.Text(fold(text.toString())));
        }
    }

    public static String fold(String s) {
        String folded = SPACES.matcher(s).replaceAll(" ");
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < folded.length() && isCjk(folded.charAt(i - 1)) && isCjk(folded.charAt(i + 1))) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isCjk(char c) {
        return Languages.isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static void trimEnd(List<Inline> list, boolean start) {
        while (!list.isEmpty()) {
            int idx = start ? 0 : list.size() - 1;
            if (!(list.get(idx) instanceof Inline.Text t)) {
                return;
            }
            String s = start ? t.text().stripLeading() : t.text().stripTrailing();
            if (s.isEmpty()) {
                list.remove(idx);
            } else {
                list.set(idx, new Inline.Text(s));
                return;
            }
        }
    }

    /** The link target if it is safe to keep; null for script and data URLs. */
    public static String safeHref(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.strip();
        String scheme = h.replaceAll("[\\s\\x00-\\x1F]", "").toLowerCase(Locale.ROOT);
        if (scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:")) {
            return null;
        }
        return h;
    }
}
