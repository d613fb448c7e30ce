package org.accesspub.write.audio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An ID3v2.3 tag written by hand: text frames in UTF-16 (so Chinese survives), a comment, and the ID3v2
 * Chapter addendum's CHAP frames with a CTOC table of contents, which let players skip between parts.
 */
final class Id3Tag {
    private final ByteArrayOutputStream frames = new ByteArrayOutputStream();

    /** A text frame (TIT2, TPE1, TYER, TDAT, TLAN …); nothing when the value is empty. */
    Id3Tag text(String id, String value) {
        if (value != null && !value.isBlank()) {
            frame(frames, id, textBody(value));
        }
        return this;
    }

    /**
     * TXXX, a user-defined text frame: {@code description} names the value (ffprobe and tag editors show
     * it as {@code IDENTIFIER=…}); nothing when the value is empty.
     */
    Id3Tag userText(String description, String value) {
        if (value != null && !value.isBlank()) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write(1); // UTF-16 with byte order mark, for the description and the value
            b.writeBytes(utf16(description));
            b.writeBytes(utf16(value));
            frame(frames, "TXXX", b.toByteArray());
        }
        return this;
    }

    /** COMM with an ISO 639-2 language and an empty description. */
    Id3Tag comment(String language3, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(1);
        b.write(language3.getBytes(StandardCharsets.US_ASCII), 0, 3);
        b.writeBytes(utf16(""));
        b.writeBytes(utf16(value));
        frame(frames, "COMM", b.toByteArray());
        return this;
    }

    /**
     * The chapters as CHAP frames (span in milliseconds, title as a TIT2 sub-frame) and their tables of
     * contents: a top-level CTOC lists the level-0 chapters in order; a level-0 chapter followed by level-1
     * chapters (a heading and its paragraphs) is listed as a CTOC of its own, titled like it, holding the
     * heading's CHAP and then one CHAP per paragraph.
     */
    Id3Tag chapters(java.util.List<Timeline.ChapterMark> marks) {
        ByteArrayOutputStream chaps = new ByteArrayOutputStream();
        List<String> top = new ArrayList<>();
        List<String> section = null;
        String sectionTitle = null;
        String sectionId = null;
        for (int i = 0; i < marks.size(); i++) {
            Timeline.ChapterMark c = marks.get(i);
            String id = "chp" + i;
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(latin1z(id));
            int32(b, c.startMs());
            int32(b, c.endMs());
            int32(b, 0xFFFFFFFFL); // no byte offsets: players use the times
            int32(b, 0xFFFFFFFFL);
            frame(b, "TIT2", textBody(c.title()));
            frame(chaps, "CHAP", b.toByteArray());
            if (c.level() == 0) {
                if (section != null) {
                    toc(sectionId, false, sectionTitle, section);
                }
                boolean hasChildren = i + 1 < marks.size() && marks.get(i + 1).level() > 0;
                section = hasChildren ? new ArrayList<>(List.of(id)) : null;
                sectionTitle = c.title();
                sectionId = "toc" + i;
                top.add(hasChildren ? sectionId : id);
            } else if (section != null) {
                section.add(id);
            } else {
                top.add(id); // a paragraph before any heading stands on its own
            }
        }
        if (section != null) {
            toc(sectionId, false, sectionTitle, section);
        }
        if (!top.isEmpty()) {
            ByteArrayOutputStream framed = new ByteArrayOutputStream();
            frame(framed, "CTOC", tocBody("toc", true, null, grouped("toc", top)));
            framed.writeBytes(tocs.toByteArray());
            framed.writeBytes(chaps.toByteArray());
            chapterFrames = framed.toByteArray();
        }
        return this;
    }

    private final ByteArrayOutputStream tocs = new ByteArrayOutputStream();
    private byte[] chapterFrames = new byte[0];

    private void toc(String id, boolean topLevel, String title, List<String> children) {
        frame(tocs, "CTOC", tocBody(id, topLevel, title, grouped(id, children)));
    }

    /** A CTOC lists at most 255 entries: longer lists are split into nested CTOCs of 255. */
    private List<String> grouped(String id, List<String> children) {
        if (children.size() <= 255) {
            return children;
        }
        List<String> groups = new ArrayList<>();
        for (int from = 0; from < children.size(); from += 255) {
            String group = id + "." + groups.size();
            toc(group, false, null, children.subList(from, Math.min(children.size(), from + 255)));
            groups.add(group);
        }
        return grouped(id + "g", groups);
    }

    private static byte[] tocBody(String id, boolean topLevel, String title, List<String> children) {
        if (children.size() > 255) {
            throw new IllegalStateException("a table of contents holds at most 255 entries");
        }
        ByteArrayOutputStream toc = new ByteArrayOutputStream();
        toc.writeBytes(latin1z(id));
        toc.write(topLevel ? 0x03 : 0x01); // top-level, ordered
        toc.write(children.size());
        for (String child : children) {
            toc.writeBytes(latin1z(child));
        }
        if (title != null) {
            frame(toc, "TIT2", textBody(title));
        }
        return toc.toByteArray();
    }

    /** The whole tag: tables of contents, chapters, then the text frames. */
    byte[] toBytes() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(chapterFrames);
        body.writeBytes(frames.toByteArray());
        byte[] content = body.toByteArray();
        ByteArrayOutputStream tag = new ByteArrayOutputStream();
        tag.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0});
        int size = content.length;
        if (size >= 1 << 28) {
            throw new IllegalStateException("the ID3 tag would exceed 256 MB");
        }
        // the tag size is "syncsafe": 7 bits a byte
        tag.write((size >> 21) & 0x7F);
        tag.write((size >> 14) & 0x7F);
        tag.write((size >> 7) & 0x7F);
        tag.write(size & 0x7F);
        tag.writeBytes(content);
        return tag.toByteArray();
    }

    private static byte[] textBody(String value) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(1); // UTF-16 with byte order mark
        b.writeBytes(utf16(value));
        return b.toByteArray();
    }

    private static byte[] utf16(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0xFF);
        b.write(0xFE);
        // no C0 control in a text frame: a NUL would end the text early in every player
        b.writeBytes(s.replaceAll("[\\x00-\\x1F\\x7F]", " ").getBytes(StandardCharsets.UTF_16LE));
        b.write(0);
        b.write(0);
        return b.toByteArray();
    }

    private static byte[] latin1z(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        byte[] z = new byte[b.length + 1];
        System.arraycopy(b, 0, z, 0, b.length);
        return z;
    }

    private static void frame(ByteArrayOutputStream to, String id, byte[] body) {
        to.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        int32(to, body.length); // v2.3 frame sizes are plain big-endian
        to.write(0);
        to.write(0);
        to.writeBytes(body);
    }

    private static void int32(ByteArrayOutputStream b, long v) {
        b.write((int) (v >> 24) & 0xFF);
        b.write((int) (v >> 16) & 0xFF);
        b.write((int) (v >> 8) & 0xFF);
        b.write((int) v & 0xFF);
    }
}
