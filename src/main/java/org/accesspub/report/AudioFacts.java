package org.accesspub.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The facts of the speech audio, read from its files: the duration (the MP3's Xing/Info frame count, a
 * WAV's data length), the chapters of its ID3 tag, the loudness (measured on a WAV; an MP3 is not decoded
 * here, so the writer's levelling is stated), and the transcript's cues and first sentence.
 */
final class AudioFacts {
    private static final int[] MPEG2_RATES = {22050, 24000, 16000};
    private static final int[] MPEG1_RATES = {44100, 48000, 32000};

    private AudioFacts() {
    }

    static void read(Map<String, Path> files, Map<String, Object> facts) throws IOException {
        Path mp3 = files.get("mp3");
        Path wav = files.get("wav");
        if (mp3 != null) {
            mp3(Files.readAllBytes(mp3), facts);
        } else if (wav != null) {
            wav(wav, facts);
        }
        Path vtt = files.get("vtt");
        if (vtt != null) {
            List<String> lines = Files.readAllLines(vtt, StandardCharsets.UTF_8);
            int cues = 0;
            String first = null;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("-->")) {
                    cues++;
                    if (first == null && i + 1 < lines.size()) {
                        first = lines.get(i + 1).strip();
                    }
                }
            }
            facts.put("cues", cues);
            facts.put("first-sentence", first);
        }
    }

    private static void mp3(byte[] b, Map<String, Object> facts) {
        int at = 0;
        int chapters = 0;
        if (b.length > 10 && b[0] == 'I' && b[1] == 'D' && b[2] == '3') {
            int size = ((b[6] & 0x7F) << 21) | ((b[7] & 0x7F) << 14) | ((b[8] & 0x7F) << 7) | (b[9] & 0x7F);
            int end = Math.min(b.length, 10 + size);
            for (int f = 10; f + 10 <= end && b[f] != 0; ) {
                String id = new String(b, f, 4, StandardCharsets.ISO_8859_1);
                int frameSize = ByteBuffer.wrap(b, f + 4, 4).order(ByteOrder.BIG_ENDIAN).getInt();
                if (id.equals("CHAP")) {
                    chapters++;
                }
                f += 10 + Math.max(0, frameSize);
            }
            at = end;
        }
        facts.put("chapters", chapters);
        // the first frame: a Xing or Info header holds the number of frames
        while (at + 4 < b.length && !((b[at] & 0xFF) == 0xFF && (b[at + 1] & 0xE0) == 0xE0)) {
            at++;
        }
        if (at + 4 < b.length) {
            boolean mpeg1 = (b[at + 1] & 0x18) == 0x18;
            int rateIndex = (b[at + 2] >> 2) & 3;
            int rate = rateIndex < 3 ? (mpeg1 ? MPEG1_RATES : MPEG2_RATES)[rateIndex] : 0;
            int samplesPerFrame = mpeg1 ? 1152 : 576;
            for (int i = at + 4; i < Math.min(b.length - 12, at + 64); i++) {
                String tag = new String(b, i, 4, StandardCharsets.ISO_8859_1);
                if ((tag.equals("Xing") || tag.equals("Info")) && (b[i + 7] & 1) != 0 && rate > 0) {
                    long frames = ByteBuffer.wrap(b, i + 8, 4).order(ByteOrder.BIG_ENDIAN).getInt() & 0xFFFFFFFFL;
                    facts.put("duration-seconds", round(frames * samplesPerFrame / (double) rate));
                    facts.put("sample-rate", rate);
                    break;
                }
            }
        }
        facts.put("loudness", "levelled");
    }

    /** A 16-bit PCM WAV: its duration and its loudness as RMS level (dBFS) and peak (dBFS). */
    private static void wav(Path file, Map<String, Object> facts) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readAllBytes();
        }
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int rate = 0;
        int channels = 1;
        int bits = 16;
        for (int at = 12; at + 8 <= b.length; ) {
            String id = new String(b, at, 4, StandardCharsets.ISO_8859_1);
            int size = buf.getInt(at + 4);
            if (id.equals("fmt ")) {
                channels = buf.getShort(at + 10);
                rate = buf.getInt(at + 12);
                bits = buf.getShort(at + 22);
            } else if (id.equals("data") && rate > 0 && bits == 16) {
                int samples = Math.min(size, b.length - at - 8) / 2;
                double sum = 0;
                int peak = 0;
                for (int i = 0; i < samples; i++) {
                    int s = buf.getShort(at + 8 + 2 * i);
                    sum += (double) s * s;
                    peak = Math.max(peak, Math.abs(s));
                }
                facts.put("duration-seconds", round(samples / (double) channels / rate));
                facts.put("sample-rate", rate);
                facts.put("rms-dbfs", samples == 0 ? null : round(20 * Math.log10(Math.sqrt(sum / samples) / 32768)));
                facts.put("peak-dbfs", peak == 0 ? null : round(20 * Math.log10(peak / 32768.0)));
                break;
            }
            at += 8 + size + (size & 1);
        }
        facts.put("chapters", 0);
        facts.put("loudness", "measured");
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.2f", v));
    }
}
