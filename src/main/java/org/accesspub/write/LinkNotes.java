package org.accesspub.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The link addresses of one block (a table) numbered in order of first use, one number per address,
 * so that its cells show "[1]" and the addresses are printed once, after the block. Paper cannot be
 * clicked: the paged outputs (PDF, DOCX) print where a link goes ({@link #printed}).
 */
public final class LinkNotes {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    public int number(String href) {
        return numbers.computeIfAbsent(href, h -> numbers.size() + 1);
    }

    /** The addresses in the order of their numbers. */
    public List<String> addresses() {
        return new ArrayList<>(numbers.keySet());
    }

    /** A copy to number with while measuring, so that measuring does not number anything. */
    public LinkNotes copy() {
        LinkNotes c = new LinkNotes();
        c.numbers.putAll(numbers);
        return c;
    }

    public boolean isEmpty() {
        return numbers.isEmpty();
    }

    /**
     * The address printed after a link's text, or null when there is none to print: a place in the
     * document, or a link whose text is its own address (printed once).
     */
    public static String printed(org.accesspub.model.Inline.Link link) {
        String shown = org.accesspub.model.Blocks.plainText(link.content()).strip();
        String url = org.accesspub.prepare.LinkPolicy.display(link.href());
        return url.isEmpty() || url.startsWith("#") || sameAddress(shown, url) ? null : url;
    }

    /**
     * Whether a link's text is its own address, so it is printed once: {@code example.org/a} for
     * {@code https://example.org/a/}, {@code www.example.org} for {@code http://www.example.org}.
     */
    static boolean sameAddress(String shown, String url) {
        return bare(shown).equalsIgnoreCase(bare(url));
    }

    private static String bare(String address) {
        String a = address.strip().replaceFirst("(?i)^(https?|ftp)://", "").replaceFirst("(?i)^mailto:", "");
        a = a.replaceFirst("(?i)^www\\.", "");
        while (a.endsWith("/")) {
            a = a.substring(0, a.length() - 1);
        }
        return a;
    }
}
