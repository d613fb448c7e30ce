package org.accesspub.model;

import java.util.List;
import java.util.Objects;

/** A block of an article. Writers dispatch through {@link Visitor}: Java 17 has no switch over sealed types. */
public sealed interface Block {

    /** Dispatch over every block type; adding a type breaks every visitor until it handles it. */
    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visit(Heading heading);

        R visit(Paragraph paragraph);

        R visit(BulletList bulletList);

        R visit(OrderedList orderedList);

        R visit(BlockQuote blockQuote);

        R visit(Image image);

        R visit(Table table);

        R visit(CodeBlock codeBlock);

        R visit(ThematicBreak thematicBreak);
    }

    /** A section heading, level 1 to 6. */
    record Heading(int level, List<Inline> content) implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level must be 1-6: " + level);
            }
            content = List.copyOf(content);
        }
    }

    record Paragraph(List<Inline> content) implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Paragraph {
            content = List.copyOf(content);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(new Inline.Text(text)));
        }
    }

    record BulletList(List<ListItem> items) implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** A numbered list; {@code start} is the number of its first item. */
    record OrderedList(int start, List<ListItem> items) implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public OrderedList {
            items = List.copyOf(items);
        }
    }

    record BlockQuote(List<Block> blocks) implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public BlockQuote {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * An image. {@code src} is as written in the source (a relative path, a file or an http URL);
     * {@code alt} is its text alternative (never null, may be empty for decoration); caption may be null.
     */
    record Image(String src, String alt, String caption) implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Image {
            Objects.requireNonNull(src, "src");
            alt = alt == null ? "" : alt;
        }
    }

    /** A table; {@code header} may be empty when the source had no header row. */
    record Table(List<List<Inline>> header, List<List<List<Inline>>> rows) implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Table {
            header = header.stream().map(List::copyOf).toList();
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }

        public int columns() {
            int n = header.size();
            for (List<List<Inline>> r : rows) {
                n = Math.max(n, r.size());
            }
            return n;
        }
    }

    /** Preformatted text, kept as written; language may be null. */
    record CodeBlock(String language, String code) implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public CodeBlock {
            Objects.requireNonNull(code, "code");
        }
    }

    record ThematicBreak() implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

    }

    /** One item of a list: blocks, usually a single paragraph. Not itself a block. */
    record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }

        public static ListItem of(String text) {
            return new ListItem(List.of(Paragraph.of(text)));
        }
    }
}
