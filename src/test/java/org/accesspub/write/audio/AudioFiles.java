package org.accesspub.write.audio;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.JavaLayerException;
import javazoom.jl.decoder.SampleBuffer;

/** Reads back what the audio writer wrote: MP3 samples, the ID3 tag, the WebVTT cues. Test-only. */
public final class AudioFiles {
    /** Encoder delay (576) and MP3 decoder delay (529), in samples: decoded audio starts this late. */
    public static final int CODEC_DELAY = 1105;

    private AudioFiles() {
    }

    public record Decoded(short[] samples, int rate, int channels) {
        public double seconds() {
            return samples.length / (double) rate;
        }

        double peakDbfs() {
            return Loudness.db(Loudness.peak(samples) / 32768.0);
        }

        /** RMS in dBFS of [fromMs, toMs). */
        public double rmsDbfs(long fromMs, long toMs) {
            int a = (int) Math.max(0, Math.min(samples.length, fromMs * rate / 1000));
            int b = (int) Math.max(a, Math.min(samples.length, toMs * rate / 1000));
            double sum = 0;
            for (int i = a; i < b; i++) {
                double x = samples[i] / 32768.0;
                sum += x * x;
            }
            return Loudness.db(b == a ? 0 : Math.sqrt(sum / (b - a)));
        }
    }

    /**
     * Decodes an MP3 (its ID3 tag skipped) with JLayer, an independent decoder. A leading Xing/Info frame is
     * metadata, not audio, and is skipped as players skip it; the encoder and decoder delays stay in.
     */
    public static Decoded decodeMp3(byte[] mp3) throws JavaLayerException {
        Bitstream bs = new Bitstream(new ByteArrayInputStream(mp3));
        Decoder decoder = new Decoder();
        short[] all = new short[1 << 20];
        int n = 0;
        int rate = 0;
        int channels = 0;
        boolean first = true;
        for (Header h; (h = bs.readFrame()) != null; ) {
            if (first) {
                first = false;
                int at = infoFrameAt(mp3);
                if (at >= 0) {
                    bs.closeFrame();
                    continue;
                }
            }
            SampleBuffer sb = (SampleBuffer) decoder.decodeFrame(h, bs);
            rate = sb.getSampleFrequency();
            channels = sb.getChannelCount();
            int len = sb.getBufferLength();
            if (n + len > all.length) {
                all = java.util.Arrays.copyOf(all, all.length * 2 + len);
            }
            System.arraycopy(sb.getBuffer(), 0, all, n, len);
            n += len;
            bs.closeFrame();
        }
        return new Decoded(java.util.Arrays.copyOf(all, n), rate, channels);
    }

    /** Where the first frame starts if it is a Xing "Info" frame, else -1. */
    static int infoFrameAt(byte[] mp3) {
        int at = 0;
        if (mp3[0] == 'I' && mp3[1] == 'D' && mp3[2] == '3') {
            at = 10 + ((mp3[6] & 0x7F) << 21 | (mp3[7] & 0x7F) << 14 | (mp3[8] & 0x7F) << 7 | (mp3[9] & 0x7F));
        }
        return new String(mp3, at + 13, 4, StandardCharsets.ISO_8859_1).equals("Info") ? at : -1;
    }

    /** The Xing/Info frame's counts and the LAME tag's delay and padding. */
    record Info(int frames, long bytes, int delay, int padding, boolean crcMatches) {
    }

    static Info readInfo(byte[] mp3) {
        int at = infoFrameAt(mp3);
        if (at < 0) {
            throw new AssertionError("no Info frame");
        }
        ByteBuffer b = ByteBuffer.wrap(mp3, at + 17, 200);
        int flags = b.getInt();
        int frames = b.getInt();
        long bytes = b.getInt() & 0xFFFFFFFFL;
        if ((flags & 4) != 0) {
            b.position(b.position() + 100);
        }
        if ((flags & 8) != 0) {
            b.getInt();
        }
        int lame = b.position();
        if (!new String(mp3, lame, 4, StandardCharsets.ISO_8859_1).equals("LAME")) {
            throw new AssertionError("no LAME tag");
        }
        int d = lame + 21;
        int delay = (mp3[d] & 0xFF) << 4 | (mp3[d + 1] & 0xF0) >> 4;
        int padding = (mp3[d + 1] & 0x0F) << 8 | (mp3[d + 2] & 0xFF);
        int crc = (mp3[lame + 34] & 0xFF) << 8 | (mp3[lame + 35] & 0xFF);
        int computed = 0;
        for (int i = at; i < lame + 34; i++) {
            computed ^= mp3[i] & 0xFF;
            for (int k = 0; k < 8; k++) {
                computed = (computed & 1) != 0 ? (computed >>> 1) ^ 0xA001 : computed >>> 1;
            }
        }
        return new Info(frames, bytes, delay, padding, crc == computed);
    }

    public record Chapter(String id, long startMs, long endMs, String title) {
    }

    /** One table of contents: its id, whether it is the top one, its title (may be null), its entries. */
    public record Toc(String id, boolean topLevel, String title, List<String> children) {
    }

    public record Tag(int version, java.util.Map<String, String> texts, String comment, List<String> toc, List<Chapter> chapters,
               int size, List<Toc> tocs) {
    }

    /** Parses an ID3v2.3 tag at the start of the file. */
    public static Tag readId3(byte[] file) {
        if (file[0] != 'I' || file[1] != 'D' || file[2] != '3') {
            throw new AssertionError("no ID3 tag");
        }
        int size = (file[6] & 0x7F) << 21 | (file[7] & 0x7F) << 14 | (file[8] & 0x7F) << 7 | (file[9] & 0x7F);
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        List<String> toc = new ArrayList<>();
        List<Toc> tocs = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        String comment = null;
        ByteBuffer b = ByteBuffer.wrap(file, 10, size);
        while (b.remaining() >= 10 && b.get(b.position()) != 0) {
            String id = new String(file, b.position(), 4, StandardCharsets.US_ASCII);
            b.position(b.position() + 4);
            int len = b.getInt();
            b.getShort();
            int start = b.position();
            byte[] body = java.util.Arrays.copyOfRange(file, start, start + len);
            b.position(start + len);
            switch (id) {
                case "COMM" -> comment = commentText(body);
                case "TXXX" -> {
                    String[] parts = userText(body);
                    texts.put("TXXX:" + parts[0], parts[1]);
                }
                case "CTOC" -> {
                    int p = zero(body, 0) + 1;
                    String tocId = new String(body, 0, p - 1, StandardCharsets.ISO_8859_1);
                    boolean top = (body[p] & 2) != 0;
                    int count = body[p + 1] & 0xFF;
                    p += 2;
                    List<String> children = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        int z = zero(body, p);
                        children.add(new String(body, p, z - p, StandardCharsets.ISO_8859_1));
                        p = z + 1;
                    }
                    String title = null;
                    if (p + 10 <= body.length && new String(body, p, 4, StandardCharsets.US_ASCII).equals("TIT2")) {
                        int sl = ByteBuffer.wrap(body, p + 4, 4).getInt();
                        title = text(java.util.Arrays.copyOfRange(body, p + 10, p + 10 + sl));
                    }
                    tocs.add(new Toc(tocId, top, title, children));
                    if (top) {
                        toc.addAll(children);
                    }
                }
                case "CHAP" -> {
                    int z = zero(body, 0);
                    ByteBuffer c = ByteBuffer.wrap(body, z + 1, body.length - z - 1);
                    long s = c.getInt() & 0xFFFFFFFFL;
                    long e = c.getInt() & 0xFFFFFFFFL;
                    c.getInt();
                    c.getInt();
                    String title = null;
                    if (c.remaining() >= 10) {
                        String sub = new String(body, c.position(), 4, StandardCharsets.US_ASCII);
                        c.position(c.position() + 4);
                        int sl = c.getInt();
                        c.getShort();
                        if (sub.equals("TIT2")) {
                            title = text(java.util.Arrays.copyOfRange(body, c.position(), c.position() + sl));
                        }
                    }
                    chapters.add(new Chapter(new String(body, 0, z, StandardCharsets.ISO_8859_1), s, e, title));
                }
                default -> {
                    if (id.startsWith("T")) {
                        texts.put(id, text(body));
                    }
                }
            }
        }
        return new Tag(file[3], texts, comment, toc, chapters, size + 10, tocs);
    }

    /** COMM: encoding, language, a terminated description, then the text. */
    private static String commentText(byte[] body) {
        if (body[0] != 1) {
            int z = zero(body, 4);
            return new String(body, z + 1, body.length - z - 1, StandardCharsets.ISO_8859_1).replaceAll("\\u0000+$", "");
        }
        int i = 4;
        while (body[i] != 0 || body[i + 1] != 0) {
            i += 2;
        }
        byte[] rest = java.util.Arrays.copyOfRange(body, i + 1, body.length);
        rest[0] = 1; // reuse text(): an encoding byte, then UTF-16
        return text(rest);
    }

    private static int zero(byte[] b, int from) {
        int i = from;
        while (b[i] != 0) {
            i++;
        }
        return i;
    }

    /** A text field: an encoding byte then the text (UTF-16 with BOM, or Latin-1). */
    /** TXXX: encoding, a terminated description, then the value. */
    private static String[] userText(byte[] body) {
        boolean wide = body[0] == 1;
        int end = 1;
        while (end + (wide ? 1 : 0) < body.length && (body[end] != 0 || (wide && body[end + 1] != 0))) {
            end += wide ? 2 : 1;
        }
        java.nio.charset.Charset cs = wide ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1;
        String description = new String(body, 1, end - 1, cs).replace("\uFEFF", "");
        int from = Math.min(body.length, end + (wide ? 2 : 1));
        String value = new String(body, from, body.length - from, cs).replaceAll("\\u0000+$", "").replace("\uFEFF", "");
        return new String[] {description, value};
    }

    private static String text(byte[] body) {
        String s = body[0] == 1
                ? new String(body, 1, body.length - 1, StandardCharsets.UTF_16)
                : new String(body, 1, body.length - 1, StandardCharsets.ISO_8859_1);
        return s.replaceAll("\\u0000+$", "").replace("\uFEFF", "");
    }

    /** One cue as shown: its lines, and its text as written (the lines joined back). */
    public record Cue(long startMs, long endMs, String text, List<String> lines) {
        public Cue(long startMs, long endMs, String text) {
            this(startMs, endMs, text, List.of(text));
        }
    }

    private static final Pattern TIMING = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})");

    /** Parses a WebVTT file strictly enough to fail on anything malformed we could write. */
    public static List<Cue> readVtt(String vtt) {
        if (!vtt.startsWith("WEBVTT\n\n")) {
            throw new AssertionError("WebVTT must start with the WEBVTT line and a blank line");
        }
        List<Cue> cues = new ArrayList<>();
        String[] blocks = vtt.substring(8).split("\n\n");
        for (String block : blocks) {
            if (block.isBlank()) {
                continue;
            }
            String[] lines = block.split("\n");
            if (lines.length < 3 || lines.length > 2 + WebVtt.MAX_LINES) {
                throw new AssertionError("cue must be id, timing, one or two text lines: " + block);
            }
            Matcher m = TIMING.matcher(lines[1]);
            if (!m.matches()) {
                throw new AssertionError("bad timing line: " + lines[1]);
            }
            List<String> text = new ArrayList<>();
            String joined = "";
            for (int i = 2; i < lines.length; i++) {
                if (lines[i].contains("-->") || lines[i].contains("<") || lines[i].isBlank()) {
                    throw new AssertionError("cue text not escaped or empty: " + lines[i]);
                }
                String line = lines[i].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
                text.add(line);
                joined = WebVtt.join(joined, line);
            }
            cues.add(new Cue(ms(m, 1), ms(m, 5), joined, List.copyOf(text)));
        }
        return cues;
    }

    /**
     * The transcript's sentences: a long one is shown in several cues that follow each other without a gap
     * (each starts where the one before ends); these are joined back into one, timed from the first's start
     * to the last's end. Sentences are separated by a pause.
     */
    public static List<Cue> readVttSentences(String vtt) {
        List<Cue> out = new ArrayList<>();
        for (Cue c : readVtt(vtt)) {
            Cue last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.endMs() == c.startMs()) {
                List<String> lines = new ArrayList<>(last.lines());
                lines.addAll(c.lines());
                out.set(out.size() - 1, new Cue(last.startMs(), c.endMs(), WebVtt.join(last.text(), c.text()), List.copyOf(lines)));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static long ms(Matcher m, int g) {
        return Long.parseLong(m.group(g)) * 3_600_000 + Long.parseLong(m.group(g + 1)) * 60_000
                + Long.parseLong(m.group(g + 2)) * 1000 + Long.parseLong(m.group(g + 3));
    }

}
