package org.accesspub.write.docx;

import java.util.List;
import org.accesspub.model.Block;

/**
 * Heading levels as Word's accessibility checker wants them: the article's highest heading becomes
 * Heading 1 (the title is not a heading) and no level is skipped on the way down.
 */
final class HeadingLevels {
    private final int shift;
    private int previous;

    private HeadingLevels(int highest) {
        this.shift = highest - 1;
    }

    static HeadingLevels of(List<Block> blocks) {
        int highest = blocks.stream().filter(b -> b instanceof Block.Heading)
                .mapToInt(b -> ((Block.Heading) b).level()).min().orElse(1);
        return new HeadingLevels(highest);
    }

    /** The Word level for the next heading of the article, 1 to 6. */
    int next(int level) {
        int mapped = Math.max(1, Math.min(level - shift, previous + 1));
        previous = Math.min(6, mapped);
        return previous;
    }
}
