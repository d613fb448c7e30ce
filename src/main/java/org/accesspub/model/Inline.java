package org.accesspub.model;

import java.util.List;
import java.util.Objects;

/** A run of text inside a block. */
public sealed interface Inline {

    /** Dispatch over every inline type; adding a type breaks every visitor until it handles it. */
    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visit(Text text);

        R visit(Emphasis emphasis);

        R visit(Strong strong);

        R visit(Code code);

        R visit(Link link);

        R visit(LineBreak lineBreak);

        R visit(NoteRef noteRef);
    }

    record Text(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Emphasis(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Emphasis {
            content = List.copyOf(content);
        }
    }

    record Strong(List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Strong {
            content = List.copyOf(content);
        }
    }

    record Code(String text) implements Inline {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Code {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A hyperlink; {@code href} is never a {@code javascript:} URL (readers drop those). */
    record Link(String href, List<Inline> content) implements Inline {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public Link {
            Objects.requireNonNull(href, "href");
            content = List.copyOf(content);
        }
    }

    record LineBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

    }

    /** Where a {@link Block.Note} is referred to: its label, shown as a superscript mark. */
    record NoteRef(String label) implements Inline {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.visit(this);
        }

        public NoteRef {
            Objects.requireNonNull(label, "label");
        }
    }
}
