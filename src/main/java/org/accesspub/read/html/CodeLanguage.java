package org.accesspub.read.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The language of a code block as HTML generators write it: {@code class="language-python"}
 * (CommonMark, MkDocs, Prism), {@code lang-js}, Sphinx's {@code highlight-python} wrapper, pandoc's
 * {@code sourceCode python}, SyntaxHighlighter's {@code brush: java}, {@code data-lang} and
 * {@code data-language}. DocBook's {@code programlisting}/{@code screen} say nothing of the language.
 */
final class CodeLanguage {
    private static final Pattern PREFIXED = Pattern.compile("(?:^|\\s)(?:language|lang|highlight|brush)[-:]\\s*([A-Za-z0-9_+#.-]{1,30})");
    private static final Set<String> NONE = Set.of("none", "text", "plain", "plaintext", "default", "nohighlight",
            "txt", "output");

    private CodeLanguage() {
    }

    /** The language of a pre element, looking at it, its code child and up to three wrappers. */
    static String of(Element pre) {
        Element code = pre.selectFirst("> code");
        String found = code == null ? null : from(code);
        for (Element e = pre; found == null && e != null && depth(pre, e) <= 3; e = e.parent()) {
            found = from(e);
        }
        return found;
    }

    private static int depth(Element from, Element to) {
        int d = 0;
        for (Element e = from; e != null && e != to; e = e.parent()) {
            d++;
        }
        return d;
    }

    private static String from(Element e) {
        for (String attr : new String[] {"data-lang", "data-language"}) {
            if (e.hasAttr(attr)) {
                return clean(e.attr(attr));
            }
        }
        String cls = e.className();
        Matcher m = PREFIXED.matcher(cls);
        if (m.find()) {
            return clean(m.group(1));
        }
        if (e.hasClass("sourceCode")) { // pandoc: class="sourceCode python"
            for (String c : e.classNames()) {
                if (!c.equals("sourceCode") && !c.equals("numberSource")) {
                    return clean(c);
                }
            }
        }
        return null;
    }

    private static String clean(String lang) {
        String l = lang.strip().toLowerCase(Locale.ROOT);
        return l.isEmpty() || NONE.contains(l) ? null : l;
    }
}
