package org.accesspub.write.epub;

import java.util.List;
import org.accesspub.model.Block;
import org.accesspub.prepare.PreparedDocument;

/**
 * What the two XHTML texts, the EPUB's pages and the DAISY book's text document, decide alike about a
 * block: which paragraph a tight list item is, and which language an element must say it is in. The
 * words (labels, image stand-ins, captions) come from the {@link PreparedDocument}; this is only how
 * XHTML marks them.
 */
public final class XhtmlBlocks {
    private XhtmlBlocks() {
    }

    /**
     * The one paragraph of a tight list item or definition, written without the {@code p} around it, or
     * null when the item holds anything else.
     */
    public static Block.Paragraph tight(List<Block> blocks) {
        return blocks.size() == 1 && blocks.get(0) instanceof Block.Paragraph p ? p : null;
    }

    /**
     * The language the element showing this paragraph must name ({@code lang}, {@code xml:lang}): its
     * prepared language where it differs from the book's, else null (the element inherits the book's).
     */
    public static String ownLanguage(PreparedDocument document, Block.Paragraph p) {
        String language = document.paragraph(p).language();
        return language.equals(document.language()) ? null : language;
    }
}
