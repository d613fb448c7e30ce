package org.accesspub.write.pdf;

import java.util.List;
import org.accesspub.fonts.FontChain;
import org.accesspub.fonts.FontFace;
import org.accesspub.lang.LanguageRuns;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.lang.Languages;
import org.accesspub.model.Block;
import org.accesspub.style.LargePrintProfile;

/**
 * Sets text: measures a {@link TextFlow} in the fonts of the chain, breaks it into lines with
 * {@link LineBreaker} (justified and compressed by the clreq rules when asked), and places the lines at
 * the {@link PageCursor}, each run tied to its structure tag (Span for another language, Link for a
 * link, with its annotation area).
 */
final class TextSetter {
    /**
     * A text broken into lines, measured but not yet placed; {@code align} places each line in its
     * width (table columns); {@code marked} draws a continuation mark before every line but the first
     * (wrapped code).
     */
    record Setting(TextFlow flow, float[] advances, FontFace[] faces, List<LineBreaker.Line> lines,
                   float size, boolean justify, float indent, float width, Block.Alignment align, boolean marked) {
        float height(float lineSpacing) {
            return lines.size() * size * lineSpacing;
        }

        Setting aligned(Block.Alignment a) {
            return new Setting(flow, advances, faces, lines, size, justify, indent, width, a, marked);
        }

        Setting withMarks() {
            return new Setting(flow, advances, faces, lines, size, justify, indent, width, align, true);
        }
    }

    private final LargePrintProfile profile;
    private final FontChain fonts;
    private final Resources resources;
    private final String language;
    private final java.util.function.BiFunction<String, String, List<LanguageRuns.Run>> runs;
    private final PageCursor cursor;
    private final float lineSpacing;

    /** Sets text of {@code document}, whose language runs it takes as prepared ({@link PreparedDocument#runs}). */
    TextSetter(LargePrintProfile profile, FontChain fonts, Resources resources, PreparedDocument document,
               PageCursor cursor) {
        this.profile = profile;
        this.fonts = fonts;
        this.resources = resources;
        this.language = document.language();
        this.runs = document::runs;
        this.cursor = cursor;
        this.lineSpacing = (float) profile.lineSpacing();
    }

    /** Measures a flow and breaks it into lines of the given width. */
    Setting set(TextFlow flow, float size, boolean justify, float indent, float width, boolean latinLabels) {
        flow = flow.withPlaceholders(cp -> !FontChain.invisible(cp) && fonts.faceFor(cp, false, true) == null);
        String text = flow.text();
        float[] advances = new float[text.length()];
        FontFace[] faces = new FontFace[text.length()];
        boolean chinese = justify || (Languages.isChinese(language) && !latinLabels);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp != '\n') {
                TextFlow.Span span = flow.spanAt(i);
                boolean bold = span.bold();
                FontFace face = span.mono() ? fonts.monoFaceFor(cp, bold) : fonts.faceFor(cp, bold, chinese);
                boolean none = face == null; // a joiner or variation selector: drawn as nothing
                if (none) {
                    face = i > 0 && faces[i - 1] != null ? faces[i - 1] : fonts.faces(bold).get(0);
                }
                faces[i] = face;
                advances[i] = none ? 0 : resources.advance(face, cp, size);
            }
            i += Character.charCount(cp);
        }
        // 先挤进: closing punctuation may overflow by up to half an em and the line is compressed.
        List<LineBreaker.Line> lines = LineBreaker.lines(text, advances, width - indent, width, justify ? size * 0.5f : 0);
        return new Setting(flow, advances, faces, lines, size, justify, indent, width, Block.Alignment.DEFAULT, false);
    }

    /** Places a set text at the current position, breaking pages between lines if {@code breakPages}. */
    void place(Setting s, Tag tag, float left, boolean breakPages) {
        if (breakPages) {
            // No first line of a paragraph alone at the foot of a page.
            cursor.ensureRoom(s.size() * lineSpacing * Math.min(2, s.lines().size()));
        }
        emit(s, tag, left, breakPages);
    }

    /** Sets the lines at the cursor from {@code left}; with {@code breakPages} lines flow onto new pages. */
    void emit(Setting s, Tag tag, float left, boolean breakPages) {
        String text = s.flow().text();
        Tag[] runTags = childTags(s.flow(), tag);
        float lineHeight = s.size() * lineSpacing;
        for (int n = 0; n < s.lines().size(); n++) {
            LineBreaker.Line line = s.lines().get(n);
            boolean lastFitsNotHere = n == s.lines().size() - 2 && n > 1 && cursor.overflows(2 * lineHeight);
            if (breakPages && (cursor.overflows(lineHeight) || lastFitsNotHere)) {
                cursor.newPage(); // and no last line alone at the head of the next one
            }
            float room = n == 0 ? s.width() - s.indent() : s.width();
            float natural = 0;
            int glyphs = 0;
            int gaps = 0;
            for (int i = line.start(); i < line.end(); i++) {
                natural += s.advances()[i];
                if (!Character.isLowSurrogate(text.charAt(i))) {
                    glyphs++;
                    if (i + Character.charCount(text.codePointAt(i)) < line.end() && stretches(s, i, line.end())) {
                        gaps++;
                    }
                }
            }
            // Space is added or taken only between Han characters, at script boundaries and after spaces,
            // never inside a Latin word or code (every glyph only when a line has no such place).
            boolean everyGlyph = gaps == 0;
            int shared = everyGlyph ? glyphs - 1 : gaps;
            float spacing = 0;
            if (shared > 0 && natural > room) {
                spacing = (room - natural) / shared;
            } else if (shared > 0 && !everyGlyph && s.justify() && !line.last()) {
                spacing = (room - natural) / shared;
                if (spacing > s.size() * 0.35f || spacing * shared > room * 0.15f) {
                    spacing = 0; // a line ended early by a long word or address stays ragged rather than gappy
                }
            }
            float baseline = cursor.y() - (lineHeight - s.size()) / 2 - s.size() * 0.86f;
            float x = left + (n == 0 ? s.indent() : 0);
            if (natural < room && (s.align() == Block.Alignment.RIGHT || s.align() == Block.Alignment.CENTER)) {
                x += s.align() == Block.Alignment.RIGHT ? room - natural : (room - natural) / 2;
            }
            if (s.marked() && n > 0) {
                continuationMark(left + s.indent(), baseline, s.size());
            }
            int i = line.start();
            while (i < line.end()) {
                int end = runEnd(s, runTags, i, line.end(), everyGlyph);
                TextFlow.Span span = s.flow().spanAt(i);
                String run = text.substring(i, end);
                float tc = spacing != 0 && (everyGlyph || stretches(s, i, line.end())) ? spacing : 0;
                float w = 0;
                for (int k = i; k < end; k++) {
                    w += s.advances()[k] + (Character.isLowSurrogate(text.charAt(k)) ? 0 : tc);
                }
                int color = span.link() ? profile.theme().link() : profile.theme().text();
                if (s.flow().placeholder(i)) {
                    frame(x, baseline, w - tc, s.size(), color);
                }
                cursor.add(new Drawing.Text(runTags[i] == null ? tag : runTags[i], x, baseline, s.faces()[i], s.size(),
                        tc, color, run, span.bold() && !drawsBold(s, i)));
                if (span.link()) {
                    float uy = baseline - s.size() * 0.14f;
                    cursor.add(new Drawing.Rule(x, uy, x + w - tc, uy, Math.max(1f, s.size() * 0.06f), color));
                    Tag linkTag = runTags[i];
                    if (linkTag != null && linkTag.role.equals("Link")) {
                        cursor.add(new Drawing.LinkArea(linkTag, span.href(), linkText(s.flow(), span), x,
                                baseline - s.size() * 0.3f, x + w - tc, baseline + s.size()));
                    }
                }
                x += w;
                i = end;
            }
            cursor.down(lineHeight);
        }
    }

    /** The frame around the code of a character no font draws (U+20BB7): an artifact. */
    private void frame(float x, float baseline, float w, float size, int color) {
        float line = Math.max(0.75f, size * 0.05f);
        float bottom = baseline - size * 0.22f;
        float top = baseline + size * 0.86f;
        float left = x - size * 0.04f;
        float right = x + w + size * 0.04f;
        cursor.add(new Drawing.Rule(left, bottom, right, bottom, line, color));
        cursor.add(new Drawing.Rule(left, top, right, top, line, color));
        cursor.add(new Drawing.Rule(left, bottom, left, top, line, color));
        cursor.add(new Drawing.Rule(right, bottom, right, top, line, color));
    }

    /** A hooked arrow ↳ in the hanging indent of a wrapped code line: an artifact, drawn with rules. */
    private void continuationMark(float x, float baseline, float size) {
        int color = profile.theme().text();
        float w = Math.max(1f, size * 0.08f);
        float x0 = x + size * 0.25f;
        float x1 = x + size * 0.95f;
        float top = baseline + size * 0.7f;
        float mid = baseline + size * 0.3f;
        float head = size * 0.22f;
        cursor.add(new Drawing.Rule(x0, top, x0, mid, w, color));
        cursor.add(new Drawing.Rule(x0, mid, x1, mid, w, color));
        cursor.add(new Drawing.Rule(x1 - head, mid + head, x1, mid, w, color));
        cursor.add(new Drawing.Rule(x1 - head, mid - head, x1, mid, w, color));
    }

    /** Whether the face of character i draws it in a bold design (else bold text is emboldened by stroking). */
    private static boolean drawsBold(Setting s, int i) {
        FontFace face = s.faces()[i];
        return face.bold() && !face.lighterAt(s.flow().text().codePointAt(i));
    }

    /**
     * Whether justification may add space after character i of a line: between Han characters or CJK
     * punctuation, at a boundary between Han and Latin, after a space; never between two letters of a
     * word, two digits of a number or two characters of code. The last character of a line counts as
     * one (its space is never seen).
     */
    static boolean stretches(Setting s, int i, int lineEnd) {
        String text = s.flow().text();
        int next = i + Character.charCount(text.codePointAt(i));
        if (next >= lineEnd) {
            return true;
        }
        int a = text.codePointAt(i);
        int b = text.codePointAt(next);
        if (s.flow().spanAt(i).mono() && s.flow().spanAt(next).mono() && !LineBreaker.isWide(a) && !LineBreaker.isWide(b)) {
            return false;
        }
        return Character.isWhitespace(a) || a == '\u00A0' || LineBreaker.isWide(a) || LineBreaker.isWide(b);
    }

    /**
     * The end of the run starting at i: same face, same style, same structure tag and weight of design,
     * and (unless every glyph is spaced) all stretching after each character or none.
     */
    private static int runEnd(Setting s, Tag[] tags, int i, int lineEnd, boolean everyGlyph) {
        String text = s.flow().text();
        TextFlow.Span span = s.flow().spanAt(i);
        boolean stretch = everyGlyph || stretches(s, i, lineEnd);
        int k = i + Character.charCount(text.codePointAt(i));
        while (k < lineEnd && s.faces()[k] == s.faces()[i] && tags[k] == tags[i] && s.flow().spanAt(k) == span
                && drawsBold(s, k) == drawsBold(s, i) && s.flow().placeholder(k) == s.flow().placeholder(i)
                && (everyGlyph || stretches(s, k, lineEnd) == stretch)) {
            k += Character.charCount(text.codePointAt(k));
        }
        return k;
    }

    /**
     * Child elements for the parts of a text that need their own: each link becomes a Link (with its
     * annotation), and a passage in another language than the article a Span with /Lang, so a screen
     * reader switches voice. When a text has any, all of it goes into children: OpenPDF's structure
     * elements cannot hold both content and children. Null entries mean the tag itself.
     */
    private Tag[] childTags(TextFlow flow, Tag tag) {
        String text = flow.text();
        Tag[] tags = new Tag[text.length()];
        if (tag == null) {
            return tags;
        }
        String base = tag.lang != null ? tag.lang : language; // a paragraph's own language, as prepared
        List<LanguageRuns.Run> runs = this.runs.apply(text, base);
        boolean links = flow.spans().stream().anyMatch(TextFlow.Span::link);
        if (!links && runs.size() == 1 && runs.get(0).language().equals(base)) {
            return tags;
        }
        int at = 0;
        for (LanguageRuns.Run run : runs) {
            boolean other = !run.language().equals(base);
            Tag span = new Tag("Span", tag, other ? run.language() : null, null, null);
            java.util.Arrays.fill(tags, at, at + run.text().length(), span);
            at += run.text().length();
        }
        for (TextFlow.Span span : flow.spans()) {
            if (span.link()) {
                String lang = tags[span.start()].lang;
                java.util.Arrays.fill(tags, span.start(), span.end(), new Tag("Link", tag, lang, null, null));
            }
        }
        return tags;
    }

    /** What a link annotation says: the link text and where it goes. */
    private static String linkText(TextFlow flow, TextFlow.Span span) {
        return flow.text().substring(span.start(), span.end()).strip() + " (" + span.href() + ")";
    }

    /** The natural width of a plain text in the body faces. */
    float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            FontFace face = fonts.faceFor(cp, false, Languages.isChinese(language));
            if (face != null) {
                w += resources.advance(face, cp, size);
            }
            i += Character.charCount(cp);
        }
        return w;
    }
}
