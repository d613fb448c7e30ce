package org.accesspub.read;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;

/**
 * The nesting limit of Markdown: quotes, lists, emphasis and links nested deeper than
 * {@value #MAX_DEPTH} levels are flattened into the level above, so their text is kept while the
 * tree every reader, writer and the speech script walk stays shallow (3,000 nested {@code >} used
 * to overflow the stack). Iterative and linear: it never recurses itself.
 */
final class MarkdownNesting {
    /** Nesting levels kept; deeper quotes, lists, emphasis and links give their content to the level above. */
    static final int MAX_DEPTH = 16;

    private record Level(Node node, int depth) {
    }

    private MarkdownNesting() {
    }

    static void flatten(Node document) {
        Deque<Level> todo = new ArrayDeque<>();
        todo.push(new Level(document, 0));
        while (!todo.isEmpty()) {
            Level level = todo.pop();
            Node child = level.node().getFirstChild();
            while (child != null) {
                boolean nests = nests(child);
                boolean strayItem = child instanceof ListItem && !(level.node() instanceof ListBlock);
                if ((nests && level.depth() >= MAX_DEPTH) || strayItem) {
                    child = unwrap(child);
                    continue;
                }
                todo.push(new Level(child, nests ? level.depth() + 1 : level.depth()));
                child = child.getNext();
            }
        }
    }

    private static boolean nests(Node n) {
        return n instanceof BlockQuote || n instanceof ListBlock || n instanceof Emphasis
                || n instanceof StrongEmphasis || n instanceof Link;
    }

    /** Puts a node's children in its place; returns the first of them, or what followed the node. */
    private static Node unwrap(Node n) {
        Node first = n.getFirstChild();
        Node next = n.getNext();
        for (Node c = first; c != null; ) {
            Node following = c.getNext();
            n.insertBefore(c);
            c = following;
        }
        n.unlink();
        return first != null ? first : next;
    }
}
