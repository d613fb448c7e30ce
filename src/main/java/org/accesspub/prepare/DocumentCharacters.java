package org.accesspub.prepare;

import java.util.BitSet;
import org.accesspub.model.Article;

/**
 * Every character a writer may draw for a document: the article's text ({@link Article#allText()}: its
 * metadata and every block, alt text, captions and table cells included), the prepared information and
 * metadata line, the words the tool adds in its locale, printable ASCII (addresses, numbers) and the marks
 * writers set themselves (bullets, arrows, ellipses, full-width punctuation). What the font subsets shared
 * by the writers are cut to.
 */
final class DocumentCharacters {
    private static final String WRITERS_OWN = "…↳•◦▪–—‘’“”·、。，．：；！？（）《》〈〉「」『』【】〔〕％＋－×÷№";

    private DocumentCharacters() {
    }

    static String of(Article article, DocumentInfo info, Terms terms) {
        BitSet set = new BitSet();
        add(set, article.allText());
        for (String s : new String[] {info.title(), info.subtitle(), info.author(), info.source(), info.description()}) {
            add(set, s);
        }
        info.metadataLine(terms).forEach(s -> add(set, s));
        terms.all().forEach(t -> add(set, t));
        for (int c = 0x20; c < 0x7F; c++) {
            set.set(c);
        }
        add(set, WRITERS_OWN);
        StringBuilder sb = new StringBuilder();
        set.stream().forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static void add(BitSet set, String s) {
        if (s != null) {
            s.codePoints().forEach(set::set);
        }
    }
}
