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

        R visit(LineBlock lineBlock);

        R visit(DefinitionList definitionList);

        R visit(Admonition admonition);

        R visit(Note note);
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

    /** How a table column's cells are aligned; {@code DEFAULT} leaves it to the writer (start of the line). */
    enum Alignment { DEFAULT, LEFT, CENTER, RIGHT }

    /**
     * A table; {@code header} may be empty when the source had no header row. {@code alignments} holds
     * one entry per column as far as the source said (GFM {@code :---:}, HTML {@code align}); columns
     * beyond it are {@link Alignment#DEFAULT}.
     */
    record Table(List<List<Inline>> header, List<List<List<Inline>>> rows, List<Alignment> alignments)
            implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Table {
            header = header.stream().map(List::copyOf).toList();
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            alignments = alignments == null ? List.of()
                    : alignments.stream().map(a -> a == null ? Alignment.DEFAULT : a).toList();
        }

        /** A table whose columns all have the default alignment. */
        public Table(List<List<Inline>> header, List<List<List<Inline>>> rows) {
            this(header, rows, List.of());
        }

        /** The alignment of column {@code column} (0-based). */
        public Alignment alignment(int column) {
            return column >= 0 && column < alignments.size() ? alignments.get(column) : Alignment.DEFAULT;
        }

        public int columns() {
            int n = header.size();
            for (List<List<Inline>> r : rows) {
                n = Math.max(n, r.size());
            }
            return n;
        }
    }

    /** Preformatted text, kept as written; {@code language} (such as {@code sh}, {@code java}) may be null. */
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

    /**
     * Lines kept as written, each its own line however short: verse, lyrics, a postal address. Readers
     * use it where the line breaks are part of the text; writers never join or justify its lines.
     */
    record LineBlock(List<List<Inline>> lines) implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public LineBlock {
            lines = lines.stream().map(List::copyOf).toList();
        }

        /** A line block of plain-text lines. */
        public static LineBlock of(List<String> lines) {
            return new LineBlock(lines.stream().map(l -> List.<Inline>of(new Inline.Text(l))).toList());
        }
    }

    /** Terms each with their definition (HTML {@code <dl>}, a glossary). */
    record DefinitionList(List<Definition> items) implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public DefinitionList {
            items = List.copyOf(items);
        }
    }

    /** One term of a definition list and its definition (blocks, usually one paragraph). Not itself a block. */
    record Definition(List<Inline> term, List<Block> definition) {
        public Definition {
            term = List.copyOf(term);
            definition = List.copyOf(definition);
        }

        public static Definition of(String term, String definition) {
            return new Definition(List.of(new Inline.Text(term)), List.of(Paragraph.of(definition)));
        }
    }

    /**
     * A labelled aside set apart from the text: a note, tip or warning of a manual. {@code title} is
     * the source's own label ("Before you begin"), or null, when writers show the kind's word
     * (注意 / Note).
     */
    record Admonition(Kind kind, String title, List<Block> blocks) implements Block {
        /** What the aside is; writers name it in the article's language. */
        public enum Kind {
            NOTE, TIP, IMPORTANT, WARNING, CAUTION, DANGER;

            /**
             * The kind a source names ({@code note}, {@code hint}, {@code attention}, {@code error} … as
             * DocBook, Sphinx, MkDocs and GitHub write them); NOTE for anything else.
             */
            public static Kind of(String name) {
                String n = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
                return switch (n) {
                    case "tip", "hint", "success", "example" -> TIP;
                    case "important", "attention", "seealso", "see also" -> IMPORTANT;
                    case "warning", "warn", "bug" -> WARNING;
                    case "caution" -> CAUTION;
                    case "danger", "error", "failure", "fail" -> DANGER;
                    default -> NOTE;
                };
            }

            /** The lower-case name used in inspect JSON and in CSS classes. */
            public String id() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Admonition {
            Objects.requireNonNull(kind, "kind");
            title = title == null || title.isBlank() ? null : title.strip();
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A footnote or endnote: its {@code label} (the mark shown at its {@link Inline.NoteRef}, unique in the
     * article) and its blocks. Readers place it right after the block that refers to it; writers show it
     * there (audio, braille, DAISY, EPUB), at the end of the section (PDF) or as a real footnote (DOCX).
     */
    record Note(String label, List<Block> blocks) implements Block {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Note {
            Objects.requireNonNull(label, "label");
            blocks = List.copyOf(blocks);
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
