package org.accesspub.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with commonmark-java, GFM tables and YAML front matter (title, subtitle, author,
 * date, lang, source, description). A leading {@code # Heading} is the title when front matter has none.
 * Raw HTML is dropped: it is how scripts would get in.
 */
final class MarkdownReader implements ArticleReader {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
            .build();

    @Override
    public Article read(String text) {
        Node document = PARSER.parse(FrontMatterGuard.guard(text));
        MarkdownNesting.flatten(document);
        YamlFrontMatterVisitor front = new YamlFrontMatterVisitor();
        document.accept(front);
        Map<String, List<String>> fm = front.getData();
        Metadata meta = new Metadata(first(fm, "title"), first(fm, "subtitle"), first(fm, "author"),
                NewsPage.parseDate(first(fm, "date")), first(fm, "source"),
                first(fm, "lang") != null ? first(fm, "lang") : first(fm, "language"), first(fm, "description"));
        List<Block> blocks = blocks(document);
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h && h.level() == 1) {
            String heading = Blocks.plainText(h.content());
            if (meta.title() == null || meta.title().equals(heading)) {
                meta = meta.withTitle(heading);
                blocks = blocks.subList(1, blocks.size());
            }
        }
        return new Article(meta, blocks);
    }

    private static String first(Map<String, List<String>> fm, String key) {
        List<String> values = fm.get(key);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }

    private List<Block> blocks(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, out);
        }
        return out;
    }

    private void block(Node n, List<Block> out) {
        if (n instanceof Heading h) {
            out.add(new Block.Heading(h.getLevel(), inlines(h)));
        } else if (n instanceof Paragraph p) {
            paragraph(p, out);
        } else if (n instanceof BulletList l) {
            out.add(new Block.BulletList(items(l)));
        } else if (n instanceof OrderedList l) {
            out.add(new Block.OrderedList(l.getStartNumber(), items(l)));
        } else if (n instanceof BlockQuote q) {
            Block.Admonition.Kind alert = alert(q);
            if (alert == null) {
                out.add(new Block.BlockQuote(blocks(q)));
            } else {
                out.add(new Block.Admonition(alert, null, alertBlocks(q)));
            }
        } else if (n instanceof FencedCodeBlock c) {
            // The info string's first word is the language: ```python title="x.py" → python.
            String info = c.getInfo() == null || c.getInfo().isBlank() ? null : c.getInfo().strip().split("\\s+")[0];
            out.add(new Block.CodeBlock(info, stripTrailingNewline(c.getLiteral())));
        } else if (n instanceof IndentedCodeBlock c) {
            out.add(new Block.CodeBlock(null, stripTrailingNewline(c.getLiteral())));
        } else if (n instanceof ThematicBreak) {
            out.add(new Block.ThematicBreak());
        } else if (n instanceof TableBlock t) {
            out.add(table(t));
        } else if (n instanceof HtmlBlock) {
            return; // raw HTML never reaches the model
        }
    }

    /** The kind of a GitHub alert, a quote whose first line is {@code [!NOTE]}, {@code [!WARNING]} …; else null. */
    private static Block.Admonition.Kind alert(BlockQuote q) {
        if (!(q.getFirstChild() instanceof Paragraph p)) {
            return null;
        }
        StringBuilder first = new StringBuilder();
        for (Node n = p.getFirstChild(); n != null && !(n instanceof SoftLineBreak || n instanceof HardLineBreak);
             n = n.getNext()) {
            if (!(n instanceof Text t)) {
                return null;
            }
            first.append(t.getLiteral());
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(first);
        return m.matches() ? Block.Admonition.Kind.of(m.group(1)) : null;
    }

    /** The blocks of a GitHub alert without its {@code [!NOTE]} line. */
    private List<Block> alertBlocks(BlockQuote q) {
        List<Block> out = new ArrayList<>();
        Node first = q.getFirstChild();
        List<Inline> rest = new ArrayList<>();
        boolean past = false;
        for (Node n = first.getFirstChild(); n != null; n = n.getNext()) {
            if (past) {
                inline(n, rest);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                past = true;
            }
        }
        addParagraph(rest, out);
        for (Node n = first.getNext(); n != null; n = n.getNext()) {
            block(n, out);
        }
        return out;
    }

    /** A paragraph that holds images becomes text paragraphs and image blocks, in order. */
    private void paragraph(Paragraph p, List<Block> out) {
        List<Inline> run = new ArrayList<>();
        for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image img) {
                addParagraph(run, out);
                run = new ArrayList<>();
                String title = img.getTitle() == null || img.getTitle().isBlank() ? null : img.getTitle();
                out.add(new Block.Image(img.getDestination(), plain(img), title));
            } else {
                inline(n, run);
            }
        }
        addParagraph(run, out);
    }

    private static void addParagraph(List<Inline> run, List<Block> out) {
        List<Inline> trimmed = Inlines.trim(run);
        if (!trimmed.isEmpty()) {
            out.add(new Block.Paragraph(trimmed));
        }
    }

    private List<Block.ListItem> items(Node list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem li) {
                items.add(new Block.ListItem(blocks(li)));
            }
        }
        return items;
    }

    private Block.Table table(TableBlock t) {
        List<List<Inline>> header = new ArrayList<>();
        List<List<List<Inline>>> rows = new ArrayList<>();
        List<Block.Alignment> alignments = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<List<Inline>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tc) {
                        cells.add(inlines(cell));
                        if (section instanceof TableHead) {
                            alignments.add(alignment(tc.getAlignment()));
                        }
                    }
                }
                if (section instanceof TableHead) {
                    header = cells;
                } else if (section instanceof TableBody) {
                    rows.add(cells);
                }
            }
        }
        return new Block.Table(header, rows, alignments);
    }

    private static Block.Alignment alignment(TableCell.Alignment a) {
        if (a == null) {
            return Block.Alignment.DEFAULT;
        }
        return switch (a) {
            case LEFT -> Block.Alignment.LEFT;
            case CENTER -> Block.Alignment.CENTER;
            case RIGHT -> Block.Alignment.RIGHT;
        };
    }

    private List<Inline> inlines(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            inline(n, out);
        }
        return Inlines.trim(out);
    }

    private void inline(Node n, List<Inline> out) {
        if (n instanceof Text t) {
            out.add(new Inline.Text(t.getLiteral()));
        } else if (n instanceof Emphasis) {
            out.add(new Inline.Emphasis(inlines(n)));
        } else if (n instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(n)));
        } else if (n instanceof Code c) {
            out.add(new Inline.Code(c.getLiteral()));
        } else if (n instanceof Link l) {
            String href = Inlines.safeHref(l.getDestination());
            List<Inline> content = inlines(l);
            if (href == null) {
                out.addAll(content); // an unsafe link keeps its words, loses its target
            } else {
                out.add(new Inline.Link(href, content));
            }
        } else if (n instanceof Image img) {
            out.add(new Inline.Text(plain(img)));
        } else if (n instanceof SoftLineBreak) {
            out.add(new Inline.Text(" "));
        } else if (n instanceof HardLineBreak) {
            out.add(new Inline.LineBreak());
        } else if (n instanceof HtmlInline) {
            return; // raw HTML never reaches the model
        } else {
            out.addAll(inlines(n));
        }
    }

    private static String plain(Node n) {
        StringBuilder sb = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof Code code) {
                sb.append(code.getLiteral());
            } else {
                sb.append(plain(c));
            }
        }
        return sb.toString().strip();
    }

    private static String stripTrailingNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
