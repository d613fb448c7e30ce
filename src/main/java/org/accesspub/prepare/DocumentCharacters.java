package org.accesspub.prepare;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * Every character a writer may draw for a document: the text of every record of the article and its
 * information (walked generically, so a new block type is never missed), the words the tool adds in its
 * locale, printable ASCII and the marks writers set themselves (bullets, arrows, ellipses, full-width
 * punctuation). What the font subsets shared by the writers are cut to.
 */
final class DocumentCharacters {
    private static final String WRITERS_OWN = "…↳•◦▪–—‘’“”·、。，．：；！？（）《》〈〉「」『』【】〔〕％＋－×÷№";

    private DocumentCharacters() {
    }

    static String of(Object article, Object info, Terms terms) {
        BitSet set = new BitSet();
        walk(article, set);
        walk(info, set);
        terms.all().forEach(t -> t.codePoints().forEach(set::set));
        for (int c = 0x20; c < 0x7F; c++) {
            set.set(c);
        }
        WRITERS_OWN.codePoints().forEach(set::set);
        StringBuilder sb = new StringBuilder();
        set.stream().forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Collects the characters of every string reachable through records, collections, maps and optionals. */
    private static void walk(Object root, BitSet set) {
        Deque<Object> todo = new ArrayDeque<>();
        push(todo, root);
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o instanceof CharSequence s) {
                s.codePoints().forEach(set::set);
            } else if (o instanceof Record r) {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    push(todo, value(c, r));
                }
            } else if (o instanceof Collection<?> c) {
                c.forEach(x -> push(todo, x));
            } else if (o instanceof Map<?, ?> m) {
                m.forEach((k, v) -> {
                    push(todo, k);
                    push(todo, v);
                });
            } else if (o instanceof Optional<?> opt) {
                opt.ifPresent(x -> push(todo, x));
            }
        }
    }

    private static void push(Deque<Object> todo, Object o) {
        if (o != null) {
            todo.push(o);
        }
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null; // a component that cannot be read has no text a writer draws
        }
    }
}
