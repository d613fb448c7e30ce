package org.accesspub.cli;

import java.util.List;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;

/** The article as the JSON that {@code inspect} prints: metadata, then each block with its plain text. */
final class ArticleJson implements Block.Visitor<String> {
    private ArticleJson() {
    }

    static String of(Article a) {
        Metadata m = a.metadata();
        StringBuilder sb = new StringBuilder("{\n");
        field(sb, "title", m.title());
        field(sb, "subtitle", m.subtitle());
        field(sb, "language", m.language());
        field(sb, "author", m.author());
        field(sb, "date", m.date());
        field(sb, "source", m.source());
        field(sb, "description", m.description());
        sb.append("  \"blocks\": [");
        ArticleJson json = new ArticleJson();
        for (int i = 0; i < a.blocks().size(); i++) {
            sb.append(i == 0 ? "\n    " : ",\n    ").append(a.blocks().get(i).accept(json));
        }
        sb.append(a.blocks().isEmpty() ? "]\n}" : "\n  ]\n}");
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("  ").append(str(name)).append(": ").append(value == null ? "null" : str(value)).append(",\n");
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String text(String type, String text) {
        return "{\"type\": " + str(type) + ", \"text\": " + str(text) + "}";
    }

    private static String items(boolean ordered, List<Block.ListItem> items) {
        StringBuilder sb = new StringBuilder("{\"type\": \"list\", \"ordered\": " + ordered + ", \"items\": [");
        for (int i = 0; i < items.size(); i++) {
            String t = String.join("\n", items.get(i).blocks().stream().map(Blocks::plainText).toList());
            sb.append(i == 0 ? "" : ", ").append(str(t));
        }
        return sb.append("]}").toString();
    }

    private static String row(List<List<Inline>> cells) {
        return "[" + String.join(", ", cells.stream().map(c -> str(Blocks.plainText(c))).toList()) + "]";
    }

    public String visit(Block.Heading h) {
        return "{\"type\": \"heading\", \"level\": " + h.level() + ", \"text\": " + str(Blocks.plainText(h.content())) + "}";
    }

    public String visit(Block.Paragraph p) { return text("paragraph", Blocks.plainText(p)); }
    public String visit(Block.BulletList l) { return items(false, l.items()); }
    public String visit(Block.OrderedList l) { return items(true, l.items()); }
    public String visit(Block.BlockQuote q) { return text("quote", Blocks.plainText(q)); }
    public String visit(Block.CodeBlock c) {
        return "{\"type\": \"code\", \"language\": " + (c.language() == null ? "null" : str(c.language()))
                + ", \"text\": " + str(c.code()) + "}";
    }

    public String visit(Block.LineBlock l) {
        return "{\"type\": \"lines\", \"lines\": [" + String.join(", ", l.lines().stream()
                .map(line -> str(Blocks.plainText(line))).toList()) + "]}";
    }

    public String visit(Block.DefinitionList d) {
        return "{\"type\": \"definitions\", \"items\": [" + String.join(", ", d.items().stream()
                .map(i -> "{\"term\": " + str(Blocks.plainText(i.term()).strip()) + ", \"definition\": "
                        + str(Blocks.plainText(i)) + "}").toList()) + "]}";
    }

    public String visit(Block.Admonition a) {
        return "{\"type\": \"admonition\", \"kind\": " + str(a.kind().id()) + ", \"title\": "
                + (a.title() == null ? "null" : str(a.title())) + ", \"text\": "
                + str(String.join("\n", a.blocks().stream().map(Blocks::plainText).toList())) + "}";
    }
    public String visit(Block.ThematicBreak b) { return "{\"type\": \"break\"}"; }

    public String visit(Block.Note n) {
        return "{\"type\": \"note\", \"label\": " + str(n.label()) + ", \"text\": "
                + str(String.join("\n", n.blocks().stream().map(Blocks::plainText).toList())) + "}";
    }

    /** An image embedded as a {@code data:} URL (from a DOCX, ODT or web page) is shown by its type and size. */
    private static String shownSrc(String src) {
        int comma = src.indexOf(',');
        return src.startsWith("data:") && comma > 0 && src.length() > 200
                ? src.substring(0, comma + 1) + "… (" + (src.length() - comma - 1) + " characters)" : src;
    }

    public String visit(Block.Image i) {
        return "{\"type\": \"image\", \"alt\": " + str(i.alt()) + ", \"src\": " + str(shownSrc(i.src()))
                + (i.caption() == null ? "" : ", \"caption\": " + str(i.caption())) + "}";
    }

    public String visit(Block.Table t) {
        StringBuilder sb = new StringBuilder("{\"type\": \"table\", \"header\": " + !t.header().isEmpty());
        if (t.alignments().stream().anyMatch(al -> al != Block.Alignment.DEFAULT)) {
            List<String> align = new java.util.ArrayList<>();
            for (int c = 0; c < t.columns(); c++) {
                align.add(str(t.alignment(c).name().toLowerCase(java.util.Locale.ROOT)));
            }
            sb.append(", \"align\": [").append(String.join(", ", align)).append(']');
        }
        sb.append(", \"rows\": [");
        boolean first = true;
        if (!t.header().isEmpty()) {
            sb.append(row(t.header()));
            first = false;
        }
        for (List<List<Inline>> r : t.rows()) {
            sb.append(first ? "" : ", ").append(row(r));
            first = false;
        }
        return sb.append("]}").toString();
    }
}
