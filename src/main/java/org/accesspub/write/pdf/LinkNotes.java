package org.accesspub.write.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The link addresses of one block (a table) numbered in order of first use, one number per address,
 * so that its cells show "[1]" and the addresses are printed once, after the block.
 */
final class LinkNotes {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    int number(String href) {
        return numbers.computeIfAbsent(href, h -> numbers.size() + 1);
    }

    /** The addresses in the order of their numbers. */
    List<String> addresses() {
        return new ArrayList<>(numbers.keySet());
    }

    /** A copy to number with while measuring, so that measuring does not number anything. */
    LinkNotes copy() {
        LinkNotes c = new LinkNotes();
        c.numbers.putAll(numbers);
        return c;
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }
}
