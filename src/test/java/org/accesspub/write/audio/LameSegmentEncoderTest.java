package org.accesspub.write.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

class LameSegmentEncoderTest {
    private static final int RATE = 22050;

    /** Three seconds of a voice-like signal: a gliding tone with harmonics, bursts of noise, a pause. */
    private static short[] speechLike() {
        short[] s = new short[3 * RATE];
        Random random = new Random(7);
        double phase = 0;
        for (int i = 0; i < s.length; i++) {
            double t = i / (double) RATE;
            phase += 2 * Math.PI * (110 + 60 * Math.sin(2 * Math.PI * 1.3 * t)) / RATE;
            double v = 0.3 * Math.sin(phase) + 0.15 * Math.sin(2 * phase) + 0.08 * Math.sin(3 * phase);
            if ((int) (t * 4) % 3 == 2) {
                v = 0.1 * random.nextGaussian();
            }
            if (t > 2.5) {
                v = 0;
            }
            s[i] = (short) Math.round(Math.max(-1, Math.min(1, v)) * 32767);
        }
        return s;
    }

    private static byte[] withJump3rsOwnEncoder(short[] samples) {
        LameEncoder encoder = new LameEncoder(new AudioFormat(RATE, 16, 1, true, false), 48,
                LameEncoder.CHANNEL_MODE_MONO, LameSegmentEncoder.QUALITY, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] pcm = new byte[encoder.getPCMBufferSize()];
        byte[] mp3 = new byte[encoder.getMP3BufferSize()];
        for (int i = 0; i < samples.length; ) {
            int count = Math.min(samples.length - i, pcm.length / 2);
            for (int k = 0; k < count; k++) {
                pcm[2 * k] = (byte) samples[i + k];
                pcm[2 * k + 1] = (byte) (samples[i + k] >> 8);
            }
            i += count;
            out.write(mp3, 0, encoder.encodeBuffer(pcm, 0, count * 2, mp3));
        }
        out.write(mp3, 0, encoder.encodeFinish(mp3));
        encoder.close();
        return out.toByteArray();
    }

    @Test
    void writesTheSameFramesAsJump3rsOwnEncoderWithoutItsReplayGainPass() {
        short[] samples = speechLike();
        byte[] ours = new LameSegmentEncoder(RATE, 48).encode(samples, samples.length, 0);
        byte[] theirs = withJump3rsOwnEncoder(samples);
        assertEquals(Mp3Frames.count(theirs, theirs.length), Mp3Frames.count(ours, ours.length));
        assertArrayEquals(theirs, ours);
    }

    @Test
    void encodesOnlyTheGivenLengthOfTheBuffer() {
        short[] samples = speechLike();
        byte[] whole = new LameSegmentEncoder(RATE, 48).encode(samples, RATE, 0);
        byte[] first = new LameSegmentEncoder(RATE, 48).encode(java.util.Arrays.copyOf(samples, RATE), RATE, 0);
        assertArrayEquals(first, whole);
    }
}
