package org.accesspub.read.office;

import java.util.ArrayList;
import java.util.List;
import org.accesspub.model.Block;

/**
 * Turns list paragraphs as a word processor stores them (flat, each with a level) into the model's nested
 * lists: deeper items go into the item before them, a change of list or of kind (bullets, numbers) at the
 * same level starts a new list (numbers that carry on, or bullets, continue it), and a level that jumps by more than one is taken as one deeper.
 */
public final class ListEntries {
    /** One list paragraph: its level (0 = outermost), kind, value, the list it belongs to, and its blocks. */
    public record Entry(int level, boolean ordered, int value, String list, List<Block> blocks) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public void add(Entry e) {
        entries.add(e);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Adds a block to the last item (a paragraph continuing it). */
    public void continueLast(Block b) {
        Entry last = entries.remove(entries.size() - 1);
        List<Block> blocks = new ArrayList<>(last.blocks());
        blocks.add(b);
        entries.add(new Entry(last.level(), last.ordered(), last.value(), last.list(), blocks));
    }

    /** The lists, and forgets the entries. */
    public List<Block> take() {
        int n = entries.size();
        int[] norm = new int[n];
        int base = n == 0 ? 0 : entries.get(0).level();
        for (int i = 0; i < n; i++) {
            int rel = Math.max(0, entries.get(i).level() - base);
            norm[i] = i == 0 ? 0 : Math.min(rel, norm[i - 1] + 1);
        }
        List<Block> out = build(norm, 0, n, 0);
        entries.clear();
        return out;
    }

    private List<Block> build(int[] norm, int from, int to, int level) {
        List<Block> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Entry first = entries.get(i);
            List<Block.ListItem> items = new ArrayList<>();
            int previous = first.value() - 1;
            while (i < to && norm[i] == level && entries.get(i).ordered() == first.ordered()
                    && (entries.get(i).list().equals(first.list()) || !first.ordered()
                    || entries.get(i).value() == previous + 1)) {
                previous = entries.get(i).value();
                List<Block> blocks = new ArrayList<>(entries.get(i).blocks());
                int j = i + 1;
                while (j < to && norm[j] > level) {
                    j++;
                }
                blocks.addAll(build(norm, i + 1, j, level + 1));
                items.add(new Block.ListItem(blocks));
                i = j;
            }
            if (items.isEmpty()) { // cannot happen with normalised levels; guards against a loop
                i++;
                continue;
            }
            out.add(first.ordered() ? new Block.OrderedList(first.value(), items) : new Block.BulletList(items));
        }
        return out;
    }
}
