package org.accesspub.write;

import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;

/** Which blocks the paged writers (PDF, DOCX) keep on the same page as the block after them. */
public final class Keeps {
    private Keeps() {
    }

    /**
     * Whether a block introduces the next one and must not stand at the foot of a page without it: a
     * short paragraph before a table (its caption) or verse (a poem's author), a paragraph all in bold
     * (a label, a question), or one ending in a colon ("它可以在线下载：").
     */
    public static boolean introduces(Block block, Block next) {
        if (!(block instanceof Block.Paragraph p) || next instanceof Block.Heading || next == null) {
            return false;
        }
        String text = Blocks.plainText(p.content()).strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > 160) {
            return false;
        }
        boolean bold = p.content().size() == 1
                && (p.content().get(0) instanceof Inline.Strong || p.content().get(0) instanceof Inline.Emphasis);
        return next instanceof Block.Table || next instanceof Block.LineBlock || bold
                || text.endsWith(":") || text.endsWith("：");
    }

    /**
     * Whether a paragraph is the caption of the table after it: short, and all in bold or numbered as
     * a table ("表 3.1.", "Table 2:"), as DocBook, Publican and Word write captions above a table.
     */
    public static boolean captionOf(Block block, Block next) {
        if (!(block instanceof Block.Paragraph p) || !(next instanceof Block.Table)) {
            return false;
        }
        String text = Blocks.plainText(p.content()).strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > 100) {
            return false;
        }
        boolean bold = p.content().stream().allMatch(i -> i instanceof Inline.Strong || i instanceof Inline.Emphasis
                || i instanceof Inline.Text t && t.text().isBlank());
        return bold || text.matches("(?i)^(表|table|tab\\.)\\s*[0-9一二三四五六七八九十].*");
    }
}
