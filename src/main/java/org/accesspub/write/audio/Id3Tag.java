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
    private final List<String> chapterIds = new ArrayList<>();

    /** A text frame (TIT2, TPE1, TYER, TDAT, TLAN …); nothing when the value is empty. */
    Id3Tag text(String id, String value) {
        if (value != null && !value.isBlank()) {
            frame(frames, id, textBody(value));
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

    /** One CHAP frame: its span in milliseconds and its title as a TIT2 sub-frame. */
    Id3Tag chapter(String title, long startMs, long endMs) {
        String id = "chp" + chapterIds.size();
        chapterIds.add(id);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(latin1z(id));
        int32(b, startMs);
        int32(b, endMs);
        int32(b, 0xFFFFFFFFL); // no byte offsets: players use the times
        int32(b, 0xFFFFFFFFL);
        frame(b, "TIT2", textBody(title));
        frame(frames, "CHAP", b.toByteArray());
        return this;
    }

    /** The whole tag; the chapters, if any, listed in order by one top-level CTOC. */
    byte[] toBytes() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (!chapterIds.isEmpty()) {
            ByteArrayOutputStream toc = new ByteArrayOutputStream();
            toc.writeBytes(latin1z("toc"));
            toc.write(0x03); // top-level, ordered
            toc.write(chapterIds.size());
            for (String id : chapterIds) {
                toc.writeBytes(latin1z(id));
            }
            frame(body, "CTOC", toc.toByteArray());
        }
        body.writeBytes(frames.toByteArray());
        byte[] content = body.toByteArray();
        ByteArrayOutputStream tag = new ByteArrayOutputStream();
        tag.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0});
        int size = content.length;
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
        b.writeBytes(s.getBytes(StandardCharsets.UTF_16LE));
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
