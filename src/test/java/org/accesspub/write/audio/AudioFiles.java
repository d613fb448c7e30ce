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

    /** Decodes an MP3 (its ID3 tag skipped) with JLayer, an independent decoder. */
    public static Decoded decodeMp3(byte[] mp3) throws JavaLayerException {
        Bitstream bs = new Bitstream(new ByteArrayInputStream(mp3));
        Decoder decoder = new Decoder();
        short[] all = new short[1 << 20];
        int n = 0;
        int rate = 0;
        int channels = 0;
        for (Header h; (h = bs.readFrame()) != null; ) {
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

    record Chapter(String id, long startMs, long endMs, String title) {
    }

    record Tag(int version, java.util.Map<String, String> texts, String comment, List<String> toc, List<Chapter> chapters,
               int size) {
    }

    /** Parses an ID3v2.3 tag at the start of the file. */
    static Tag readId3(byte[] file) {
        if (file[0] != 'I' || file[1] != 'D' || file[2] != '3') {
            throw new AssertionError("no ID3 tag");
        }
        int size = (file[6] & 0x7F) << 21 | (file[7] & 0x7F) << 14 | (file[8] & 0x7F) << 7 | (file[9] & 0x7F);
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        List<String> toc = new ArrayList<>();
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
                case "CTOC" -> {
                    int p = zero(body, 0) + 1;
                    int count = body[p + 1] & 0xFF;
                    p += 2;
                    for (int i = 0; i < count; i++) {
                        int z = zero(body, p);
                        toc.add(new String(body, p, z - p, StandardCharsets.ISO_8859_1));
                        p = z + 1;
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
        return new Tag(file[3], texts, comment, toc, chapters, size + 10);
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
    private static String text(byte[] body) {
        String s = body[0] == 1
                ? new String(body, 1, body.length - 1, StandardCharsets.UTF_16)
                : new String(body, 1, body.length - 1, StandardCharsets.ISO_8859_1);
        return s.replaceAll("\\u0000+$", "").replace("\uFEFF", "");
    }

    public record Cue(long startMs, long endMs, String text) {
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
            if (lines.length != 3) {
                throw new AssertionError("cue must be id, timing, one text line: " + block);
            }
            Matcher m = TIMING.matcher(lines[1]);
            if (!m.matches()) {
                throw new AssertionError("bad timing line: " + lines[1]);
            }
            if (lines[2].contains("-->") || lines[2].contains("<")) {
                throw new AssertionError("cue text not escaped: " + lines[2]);
            }
            cues.add(new Cue(ms(m, 1), ms(m, 5), lines[2].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")));
        }
        return cues;
    }

    private static long ms(Matcher m, int g) {
        return Long.parseLong(m.group(g)) * 3_600_000 + Long.parseLong(m.group(g + 1)) * 60_000
                + Long.parseLong(m.group(g + 2)) * 1000 + Long.parseLong(m.group(g + 3));
    }

}
