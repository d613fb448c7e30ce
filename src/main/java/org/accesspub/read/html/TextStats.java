package org.accesspub.read.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.accesspub.lang.Languages;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a tree, computed in one pass without recursion: how much text
 * it holds, how much of that is link text, and its commas. Lengths are weighted so that a Han
 * character counts as two Latin letters (a Han character carries about as much as a short word),
 * and white space counts once per run, as a reader sees it.
 */
final class TextStats {
    /** The measures of one element. */
    static final class Stat {
        int length;
        int linkLength;
        int commas;

        double linkDensity() {
            return length == 0 ? 0 : Math.min(1.0, (double) linkLength / length);
        }
    }

    private final Map<Element, Stat> stats = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    s.stats.put(e, new Stat());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                Element parent = node.parent() instanceof Element p ? p : null;
                if (parent == null || node == root) {
                    return;
                }
                Stat into = s.stats.get(parent);
                if (into == null) {
                    return;
                }
                if (node instanceof TextNode t) {
                    measure(t.getWholeText(), into, parent.normalName().equals("a") && !isContact(parent));
                } else if (node instanceof Element e) {
                    Stat child = s.stats.get(e);
                    into.length += child.length;
                    into.commas += child.commas;
                    into.linkLength += e.normalName().equals("a") && !isContact(e) ? child.length : child.linkLength;
                }
            }
        }, root);
        return s;
    }

    /**
     * A link to a person's address ({@code mailto:name@host}, {@code tel:}): what it says is content, such as
     * a manual's list of authors, not a way elsewhere, so it does not make its container a link box. A share
     * by e-mail link ({@code mailto:?subject=…}) names no address and stays a link.
     */
    static boolean isContact(Element a) {
        String href = a.attr("href").strip().toLowerCase(java.util.Locale.ROOT);
        return href.startsWith("tel:") || href.startsWith("mailto:") && href.length() > 7 && href.charAt(7) != '?';
    }

    private static void measure(String text, Stat into, boolean link) {
        int len = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == 0xA0 || cp == 0x3000) {
                space = true;
                continue;
            }
            if (space && len > 0) {
                len++;
            }
            space = false;
            len += Languages.isHan(cp) ? 2 : 1;
            if (cp == ',' || cp == '，' || cp == '、' || cp == '。') {
                into.commas++;
            }
        }
        into.length += len;
        if (link) {
            into.linkLength += len;
        }
    }

    Stat get(Element e) {
        Stat s = stats.get(e);
        return s == null ? new Stat() : s;
    }

    int length(Element e) {
        return get(e).length;
    }

    double linkDensity(Element e) {
        return get(e).linkDensity();
    }
}
