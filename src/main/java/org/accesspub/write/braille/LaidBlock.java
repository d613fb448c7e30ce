package org.accesspub.write.braille;

import java.util.List;

/**
 * One block's braille lines as the layout decided them, with the space it wants before it and
 * whether it must share a page with the start of the next block (headings).
 */
record LaidBlock(List<String> lines, int blankLinesBefore, boolean keepWithNext) {
    LaidBlock {
        lines = List.copyOf(lines);
    }
}
