package org.accesspub.fonts;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds characters beyond the Basic Multilingual Plane (emoji, CJK Extension B and later) to the cmap of
 * a subset fontbox wrote: fontbox's subsetter writes a format-4 cmap, which cannot hold them. The font
 * gets a second subtable, format 12 (platform 3, encoding 10), mapping every code point of the subset,
 * and its table directory and checksums are rewritten.
 */
final class AstralCmap {
    private AstralCmap() {
    }

    /** The font with a format-12 subtable mapping {@code glyphs} (code point to new glyph id) added to its cmap. */
    static byte[] add(byte[] font, Map<Integer, Integer> glyphs) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int numTables = in.getShort(4) & 0xFFFF;
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            String tag = new String(font, rec, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int offset = in.getInt(rec + 8);
            int length = in.getInt(rec + 12);
            byte[] data = new byte[length];
            System.arraycopy(font, offset, data, 0, length);
            tables.put(tag, data);
        }
        tables.put("cmap", cmap(tables.get("cmap"), glyphs));
        byte[] head = tables.get("head");
        if (head != null) {
            ByteBuffer.wrap(head).putInt(8, 0); // checkSumAdjustment, set below
        }
        return write(in.getInt(0), tables);
    }

    private static byte[] cmap(byte[] old, Map<Integer, Integer> glyphs) {
        ByteBuffer c = ByteBuffer.wrap(old);
        byte[] format4 = null;
        int n = c.getShort(2) & 0xFFFF;
        for (int i = 0; i < n; i++) {
            int platform = c.getShort(4 + 8 * i) & 0xFFFF;
            int encoding = c.getShort(6 + 8 * i) & 0xFFFF;
            int offset = c.getInt(8 + 8 * i);
            if (platform == 3 && encoding == 1 && (c.getShort(offset) & 0xFFFF) == 4) {
                int length = c.getShort(offset + 2) & 0xFFFF;
                format4 = new byte[length];
                System.arraycopy(old, offset, format4, 0, length);
            }
        }
        List<int[]> groups = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(glyphs).entrySet()) {
            int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last[1] + 1 == e.getKey() && last[2] + (last[1] - last[0]) + 1 == e.getValue()) {
                last[1] = e.getKey();
            } else {
                groups.add(new int[] {e.getKey(), e.getKey(), e.getValue()});
            }
        }
        int f12Length = 16 + 12 * groups.size();
        ByteBuffer f12 = ByteBuffer.allocate(f12Length);
        f12.putShort((short) 12).putShort((short) 0).putInt(f12Length).putInt(0).putInt(groups.size());
        for (int[] g : groups) {
            f12.putInt(g[0]).putInt(g[1]).putInt(g[2]);
        }
        int records = format4 == null ? 1 : 2;
        int header = 4 + 8 * records;
        ByteBuffer out = ByteBuffer.allocate(header + (format4 == null ? 0 : format4.length) + f12Length);
        out.putShort((short) 0).putShort((short) records);
        int at = header;
        if (format4 != null) {
            out.putShort((short) 3).putShort((short) 1).putInt(at);
            at += format4.length;
        }
        out.putShort((short) 3).putShort((short) 10).putInt(at);
        if (format4 != null) {
            out.put(format4);
        }
        out.put(f12.array());
        return out.array();
    }

    private static byte[] write(int version, Map<String, byte[]> tables) {
        int n = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(n);
        int searchRange = 16 << entrySelector;
        ByteBuffer dir = ByteBuffer.allocate(12 + 16 * n);
        dir.putInt(version).putShort((short) n).putShort((short) searchRange).putShort((short) entrySelector)
                .putShort((short) (n * 16 - searchRange));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int offset = 12 + 16 * n;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) { // sorted by tag, as the format asks
            byte[] data = t.getValue();
            dir.put(t.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).putInt((int) checksum(data))
                    .putInt(offset).putInt(data.length);
            body.writeBytes(data);
            int pad = (4 - data.length % 4) % 4;
            body.writeBytes(new byte[pad]);
            offset += data.length + pad;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(dir.array());
        file.writeBytes(body.toByteArray());
        byte[] font = file.toByteArray();
        int headAt = ByteBuffer.wrap(font).getInt(12 + 16 * new ArrayList<>(tables.keySet()).indexOf("head") + 8);
        if (tables.containsKey("head")) {
            ByteBuffer.wrap(font).putInt(headAt + 8, (int) (0xB1B0AFBAL - checksum(font)));
        }
        return font;
    }

    private static long checksum(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < data.length ? data[i + k] & 0xFF : 0);
            }
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }
}
