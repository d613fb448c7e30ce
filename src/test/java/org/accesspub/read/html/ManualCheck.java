package org.accesspub.read.html;

import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Not a test: measures what the HTML reader keeps of real manual chapters. The reference is the
 * page's body as jsoup sees it minus the navigation the documentation tools add (DocBook's
 * navheader/navfooter and table of contents, Publican's banner and docnav, Sphinx's sidebar and
 * related bar); it is compared with the article the reader makes: Han characters, Latin words,
 * headings (the title counts, as metadata), code blocks and tables.
 * {@code java -cp target/accesspub.jar:target/test-classes org.accesspub.read.html.ManualCheck FILE...}
 */
public final class ManualCheck {
    private static final String NAVIGATION = "script, style, noscript, .navheader, .navfooter, .toc, .docnav, #banner, "
            + "#title, .breadcrumbs, nav, .sphinxsidebar, .related, footer, .footer, [role=navigation], .headerlink, "
            + ".list-of-tables, .list-of-figures, .list-of-examples";

    private ManualCheck() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("file\tHan kept/ref\twords kept/ref\theadings\tcode\ttables\tlang");
        for (String f : args) {
            Path p = Path.of(f);
            Document doc = Jsoup.parse(Files.readString(p));
            Element body = doc.body();
            body.select(NAVIGATION).remove();
            String refText = body.text();
            int refHeadings = body.select("h1, h2, h3, h4, h5, h6").size();
            int refCode = body.select("pre").size();
            int refTables = body.select("table").size() - body.select("table table, .note table, .tip table, "
                    + ".warning table, .caution table, .important table").size();
            Article a = Readers.read(p, ReadOptions.builder().keepPunctuation(true).build());
            StringBuilder kept = new StringBuilder(a.metadata().title() == null ? "" : a.metadata().title()).append('\n');
            int headings = a.metadata().title() == null ? 0 : 1;
            int code = 0;
            int tables = 0;
            for (Block b : a.blocks()) {
                kept.append(Blocks.plainText(b)).append('\n');
                headings += count(b, Block.Heading.class);
                code += count(b, Block.CodeBlock.class);
                tables += count(b, Block.Table.class);
            }
            System.out.printf("%s\t%s\t%s\t%d/%d\t%d/%d\t%d/%d\t%s%n", p.getFileName(),
                    ratio(han(kept), han(refText)), ratio(words(kept), words(refText)), headings, refHeadings,
                    code, refCode, tables, refTables, a.language());
        }
    }

    private static int count(Block b, Class<?> type) {
        if (type.isInstance(b)) {
            return 1;
        }
        if (b instanceof Block.BlockQuote q) {
            return q.blocks().stream().mapToInt(x -> count(x, type)).sum();
        }
        if (b instanceof Block.Admonition q) {
            return q.blocks().stream().mapToInt(x -> count(x, type)).sum();
        }
        if (b instanceof Block.DefinitionList d) {
            return d.items().stream().flatMap(i -> i.definition().stream()).mapToInt(x -> count(x, type)).sum();
        }
        if (b instanceof Block.BulletList l) {
            return l.items().stream().flatMap(i -> i.blocks().stream()).mapToInt(x -> count(x, type)).sum();
        }
        if (b instanceof Block.OrderedList l) {
            return l.items().stream().flatMap(i -> i.blocks().stream()).mapToInt(x -> count(x, type)).sum();
        }
        return 0;
    }

    private static String ratio(int kept, int ref) {
        return ref == 0 ? kept + "/0" : String.format("%d/%d (%.1f%%)", kept, ref, 100.0 * kept / ref);
    }

    private static int han(CharSequence s) {
        return (int) s.codePoints().filter(org.accesspub.lang.Languages::isHan).count();
    }

    private static int words(CharSequence s) {
        return s.toString().split("[^\\p{IsLatin}\\p{Nd}]+").length;
    }
}
