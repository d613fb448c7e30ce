package org.accesspub.write.pdf;

/**
 * What a block is laid out inside of, fixed for the block and everything in it: the structure element
 * it belongs to, its left and right edges, the space after its paragraphs, and whether its labels are
 * set in the Latin face. Nesting makes a new context; none is ever changed, so nothing needs resetting
 * after a list, quote or cell.
 */
record BlockContext(Tag parent, float left, float right, float paragraphSpace, boolean latinLabels) {

    float width() {
        return right - left;
    }

    /** Content under {@code tag}, indented by {@code indent} from this left edge. */
    BlockContext nested(Tag tag, float indent) {
        return new BlockContext(tag, left + indent, right, paragraphSpace, latinLabels);
    }

    BlockContext between(float newLeft, float newRight) {
        return new BlockContext(parent, newLeft, newRight, paragraphSpace, latinLabels);
    }

    BlockContext withParagraphSpace(float space) {
        return new BlockContext(parent, left, right, space, latinLabels);
    }

    /** Labels (bullets, numbers) in Atkinson's round bullet, not Noto's small full-width dot. */
    BlockContext latin() {
        return new BlockContext(parent, left, right, paragraphSpace, true);
    }
}
