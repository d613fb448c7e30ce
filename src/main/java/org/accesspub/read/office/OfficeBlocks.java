package org.accesspub.read.office;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Inline;

/** What both office readers do alike: table cells as inlines, embedded pictures as data: addresses, languages. */
public final class OfficeBlocks {
    private OfficeBlocks() {
    }

    /**
     * A cell's blocks as the inlines the model's table cells hold: paragraphs on lines of their own, list items
     * after their bullet or number, an image as its text alternative, a nested table as its text.
     */
    public static List<Inline> cell(List<Block> blocks) {
        List<Inline> out = new ArrayList<>();
        for (Block b : blocks) {
            List<Inline> line;
            if (b instanceof Block.Paragraph p) {
                line = p.content();
            } else if (b instanceof Block.Heading h) {
                line = List.of(new Inline.Strong(h.content()));
            } else if (b instanceof Block.CodeBlock c) {
                line = List.of(new Inline.Code(c.code()));
            } else if (b instanceof Block.Image i) {
                line = i.alt().isBlank() ? List.of() : List.of(new Inline.Text(i.alt()));
            } else if (b instanceof Block.BulletList l) {
                line = items(l.items(), -1);
            } else if (b instanceof Block.OrderedList l) {
                line = items(l.items(), l.start());
            } else {
                String t = Blocks.plainText(b).strip();
                line = t.isEmpty() ? List.of() : List.of(new Inline.Text(t.replace('\n', ' ').replace('\t', ' ')));
            }
            if (line.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(new Inline.LineBreak());
            }
            out.addAll(line);
        }
        return out;
    }

    private static List<Inline> items(List<Block.ListItem> items, int start) {
        List<Inline> out = new ArrayList<>();
        int n = start;
        for (Block.ListItem item : items) {
            if (!out.isEmpty()) {
                out.add(new Inline.LineBreak());
            }
            out.add(new Inline.Text(start < 0 ? "• " : n++ + ". "));
            out.addAll(cell(item.blocks()));
        }
        return out;
    }

    /** A picture's bytes as a {@code data:} address, typed by its first bytes (PNG, JPEG, GIF; anything else is refused later). */
    public static String dataUrl(byte[] bytes) {
        return "data:" + mediaType(bytes) + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static String mediaType(byte[] b) {
        if (b.length > 4 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "image/jpeg";
        }
        if (b.length > 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return "image/gif";
        }
        return "application/octet-stream";
    }

    /**
     * The language a document's settings name for its text: the East Asian language when most letters are
     * Han (Word and LibreOffice keep both, {@code en-US} for Latin text and {@code zh-CN} for Chinese), else
     * the Western one; null when the document names none.
     */
    public static String language(String western, String eastAsian, List<Block> blocks) {
        long han = 0;
        long latin = 0;
        for (Block b : blocks) {
            String t = Blocks.plainText(b);
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF) {
                    han++;
                } else if (c < 0x250 && Character.isLetter(c)) {
                    latin++;
                }
            }
        }
        boolean chinese = han * 3 > latin;
        String lang = chinese ? eastAsian : western;
        if (lang == null || lang.isBlank() || lang.toLowerCase(Locale.ROOT).startsWith("x-")) {
            return null;
        }
        if (chinese && !lang.toLowerCase(Locale.ROOT).startsWith("zh") && !lang.toLowerCase(Locale.ROOT).startsWith("ja")
                && !lang.toLowerCase(Locale.ROOT).startsWith("ko")) {
            return null; // Han text in a document whose settings say English: the settings are the template's
        }
        if (!chinese && lang.toLowerCase(Locale.ROOT).startsWith("zh") && latin > 0) {
            return null;
        }
        return lang;
    }

    /** An ISO date or date and time from document properties ({@code 2024-03-18T08:57:00Z}), or null. */
    public static String date(String value) {
        if (value == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2}))?")
                .matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(m.group(1));
            if (day.getYear() < 1900) {
                return null; // an unset date (1601-01-01 from Word, 0000 from some converters)
            }
            if (m.group(2) != null) {
                java.time.LocalTime.parse(m.group(2));
                return m.group(1) + "T" + m.group(2);
            }
            return m.group(1);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The blocks without the heading that repeats the title (a web page saved as a document keeps its
     * {@code <title>} as the title and its first heading as a heading); only among the first few blocks.
     */
    public static List<Block> withoutTitleHeading(List<Block> blocks, String title) {
        if (title == null) {
            return blocks;
        }
        String t = title.replaceAll("\\s+", " ").strip();
        for (int i = 0; i < Math.min(6, blocks.size()); i++) {
            if (blocks.get(i) instanceof Block.Heading h && Blocks.plainText(h.content()).replaceAll("\\s+", " ").strip().equals(t)) {
                List<Block> out = new ArrayList<>(blocks);
                out.remove(i);
                return out;
            }
        }
        return blocks;
    }
}
