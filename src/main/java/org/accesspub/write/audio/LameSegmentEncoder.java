package org.accesspub.write.audio;

import de.sciss.jump3r.mp3.BitStream;
import de.sciss.jump3r.mp3.GainAnalysis;
import de.sciss.jump3r.mp3.ID3Tag;
import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.MPEGMode;
import de.sciss.jump3r.mp3.Presets;
import de.sciss.jump3r.mp3.Quantize;
import de.sciss.jump3r.mp3.QuantizePVT;
import de.sciss.jump3r.mp3.Reservoir;
import de.sciss.jump3r.mp3.Takehiro;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mp3.Version;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;
import java.util.Arrays;

/**
 * One jump3r (LAME in Java) encoder for one mono segment, wired as jump3r's own {@code LameEncoder} wires it
 * but without ReplayGain analysis: that encoder always runs it (a quarter of the encoding time) for a gain
 * value this writer never stores, since its levelling is done before encoding. The frames are the same bytes
 * (LameSegmentEncoderTest).
 */
final class LameSegmentEncoder {
    /**
     * LAME -q 9: no psychoacoustic model, which jump3r spends two thirds of its time in. On eSpeak's speech
     * at 48 kbit/s it costs nothing measurable: decoded against the input, 5 minutes of the seed article
     * measure 24.2 dB SNR (segmental 21.9 dB) at -q 9 and 24.0 dB (22.0 dB) at -q 7, and encode in 0.6 s
     * instead of 1.8 s (scripts/bench-audio.sh).
     */
    static final int QUALITY = 9;
    private static final int CHUNK = 4608;

    private final Lame lame = new Lame();
    private final LameGlobalFlags flags;

    LameSegmentEncoder(int sampleRate, int kbps) {
        GainAnalysis gain = new GainAnalysis();
        BitStream bits = new BitStream();
        Presets presets = new Presets();
        QuantizePVT quantizePvt = new QuantizePVT();
        Quantize quantize = new Quantize();
        VBRTag vbrTag = new VBRTag();
        Version version = new Version();
        ID3Tag id3 = new ID3Tag();
        Reservoir reservoir = new Reservoir();
        Takehiro takehiro = new Takehiro();
        MPGLib mpg = new MPGLib();
        Interface decoder = new Interface();
        Common common = new Common();
        lame.setModules(gain, bits, presets, quantizePvt, quantize, vbrTag, version, id3, mpg);
        bits.setModules(gain, mpg, version, vbrTag);
        id3.setModules(bits, version);
        presets.setModules(lame);
        quantize.setModules(bits, reservoir, quantizePvt, takehiro);
        quantizePvt.setModules(takehiro, reservoir, lame.enc.psy);
        reservoir.setModules(bits);
        takehiro.setModules(quantizePvt);
        vbrTag.setModules(lame, bits, version);
        mpg.setModules(decoder, common);
        decoder.setModules(vbrTag, common);

        flags = lame.lame_init();
        flags.num_channels = 1;
        flags.in_samplerate = sampleRate;
        flags.out_samplerate = sampleRate;
        flags.mode = MPEGMode.MONO;
        flags.brate = kbps;
        flags.quality = QUALITY;
        id3.id3tag_init(flags);
        flags.write_id3tag_automatic = false;
        flags.findReplayGain = false;
        if (lame.lame_init_params(flags) < 0) {
            throw new IllegalArgumentException("LAME cannot encode " + sampleRate + " Hz mono at " + kbps + " kbit/s");
        }
    }

    /** The MP3 frames of {@code samples[0, length)}, flushed: the segment stands alone. */
    byte[] encode(short[] samples, int length, int expectedBytes) {
        int[] pcm = new int[CHUNK];
        byte[] mp3 = new byte[CHUNK * 5 / 4 + 7200];
        byte[] out = new byte[expectedBytes + 2 * mp3.length];
        int n = 0;
        for (int i = 0; i < length; ) {
            int count = Math.min(length - i, CHUNK);
            for (int k = 0; k < count; k++) {
                pcm[k] = samples[i + k] << 16; // LAME's int input is full-scale 32 bit
            }
            i += count;
            int got = lame.lame_encode_buffer_int(flags, pcm, pcm, count, mp3, 0, mp3.length);
            if (got < 0) {
                throw new IllegalStateException("LAME failed with " + got);
            }
            out = append(out, n, mp3, got);
            n += got;
        }
        int got = lame.lame_encode_flush(flags, mp3, 0, mp3.length);
        out = append(out, n, mp3, Math.max(0, got));
        n += Math.max(0, got);
        lame.lame_close(flags);
        return Arrays.copyOf(out, n);
    }

    private static byte[] append(byte[] out, int n, byte[] bytes, int count) {
        byte[] o = n + count <= out.length ? out : Arrays.copyOf(out, Math.max(n + count, out.length * 2));
        System.arraycopy(bytes, 0, o, n, count);
        return o;
    }
}
