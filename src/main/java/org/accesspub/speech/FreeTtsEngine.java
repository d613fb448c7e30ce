package org.accesspub.speech;

import com.sun.speech.freetts.audio.AudioPlayer;
import com.sun.speech.freetts.Age;
import com.sun.speech.freetts.Gender;
import com.sun.speech.freetts.en.us.CMUDiphoneVoice;
import com.sun.speech.freetts.en.us.CMULexicon;
import com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import org.accesspub.AccesspubException;

/**
 * FreeTTS 1.2.2 with the kevin16 diphone voice: pure Java, US English only. It says nothing for Han
 * characters, so {@link SpeechEngines} never gives it Chinese. Its audio is caught in memory.
 */
public final class FreeTtsEngine implements SpeechEngine {
    public static final String KEVIN16 = "kevin16";
    /* Measured on news sentences (FreeTtsEngineTest keeps it honest): voice rate 150 reads 191 words a minute. */
    private static final double WORDS_PER_FREETTS_RATE = 1.27;

    private static FreeTtsEngine instance;

    /** Voices speak one utterance each at a time; more are made on demand, up to one per core (at most 4). */
    private final int most = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final java.util.concurrent.BlockingQueue<Lane> free = new java.util.concurrent.LinkedBlockingQueue<>();
    private int made;

    private FreeTtsEngine() {
        QuietErr.install();
        free.add(new Lane()); // the first voice now: a broken install fails here, not in the middle of a book
        made = 1;
    }

    /**
     * FreeTTS prints "Can't find diphone xx-yy" on the process's standard error for every pair of sounds the
     * kevin16 voice lacks, and says the nearest one it has instead: the sound is made and the line tells a reader
     * of the command line nothing, so those lines are dropped. Everything else written to standard error passes.
     */
    static final class QuietErr extends java.io.PrintStream {
        static final String CHATTER = "Can't find diphone";

        private QuietErr(java.io.PrintStream err) {
            super(err, true);
        }

        static synchronized void install() {
            if (!(System.err instanceof QuietErr)) {
                System.setErr(new QuietErr(System.err));
            }
        }

        @Override
        public void println(String line) {
            if (line == null || !line.startsWith(CHATTER)) {
                super.println(line);
            }
        }
    }

    /** One kevin16 voice and where its audio goes; a FreeTTS voice is not thread-safe, so each has its own. */
    private static final class Lane {
        private final com.sun.speech.freetts.Voice voice;
        private final Capture capture = new Capture();

        Lane() {
            voice = kevin16();
            voice.setAudioPlayer(capture);
            voice.allocate();
            // FreeTTS hands each utterance to an output thread of its own and waits in OutputQueue.post while
            // that thread is busy: if the thread dies (out of memory), the caller waits forever. Without a
            // queue the voice writes the sound on the calling thread, where a failure is an exception.
            com.sun.speech.freetts.OutputQueue queue = voice.getOutputQueue();
            voice.setOutputQueue(null);
            if (queue != null) {
                queue.close(); // its thread ends
            }
        }

        /**
         * kevin16 as {@link KevinVoiceDirectory} makes it, reading its voice and lexicon from the unpacked
         * {@code freetts-kevin16} pack when the jar carries one (then FreeTTS maps the voice file instead of
         * reading it from the jar).
         */
        private static com.sun.speech.freetts.Voice kevin16() {
            java.nio.file.Path dir = org.accesspub.BundledData.unpacked("freetts-kevin16");
            if (dir == null) {
                for (com.sun.speech.freetts.Voice v : new KevinVoiceDirectory().getVoices()) {
                    if (v.getName().equals(KEVIN16)) {
                        return v;
                    }
                }
                throw new IllegalStateException("FreeTTS lacks the kevin16 voice");
            }
            java.nio.file.Path us = dir.resolve("com/sun/speech/freetts/en/us");
            try {
                CMULexicon lexicon = new CMULexicon(us.resolve("cmulex_compiled.bin").toUri().toURL(),
                        us.resolve("cmulex_addenda.bin").toUri().toURL(), us.resolve("cmulex_lts.bin").toUri().toURL(),
                        true);
                return new CMUDiphoneVoice(KEVIN16, Gender.MALE, Age.YOUNGER_ADULT, "default 16-bit diphone voice",
                        Locale.US, "general", "cmu", lexicon, us.resolve("cmu_us_kal/cmu_us_kal16.bin").toUri().toURL());
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        Pcm speak(String text, float rate) {
            voice.setRate(rate);
            capture.clear();
            boolean said;
            try {
                said = voice.speak(text);
            } catch (OutOfMemoryError e) {
                capture.clear();
                throw new SpeechFailure("FreeTTS", "out of memory");
            }
            if (capture.failure != null) {
                String why = capture.failure;
                capture.clear();
                throw new SpeechFailure("FreeTTS", why);
            }
            if (!said) {
                throw new SpeechFailure("FreeTTS", "the voice could not process the passage");
            }
            AudioFormat f = capture.format;
            byte[] b = capture.bytes.toByteArray();
            if (f == null) {
                return new Pcm(new short[0], 16000);
            }
            short[] s = new short[b.length / 2];
            boolean big = f.isBigEndian();
            for (int i = 0; i < s.length; i++) {
                int hi = big ? b[2 * i] : b[2 * i + 1];
                int lo = big ? b[2 * i + 1] : b[2 * i];
                s[i] = (short) ((hi << 8) | (lo & 0xff));
            }
            return new Pcm(s, (int) f.getSampleRate());
        }
    }

    /** The FreeTTS engine of the process (loading a voice takes a moment). */
    public static synchronized FreeTtsEngine get() {
        if (instance == null) {
            instance = new FreeTtsEngine();
        }
        return instance;
    }

    private Lane take() {
        Lane lane = free.poll();
        if (lane != null) {
            return lane;
        }
        synchronized (this) {
            if (made < most) {
                made++;
                return new Lane();
            }
        }
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for FreeTTS", e);
        }
    }

    @Override
    public String id() {
        return "freetts";
    }

    @Override
    public String label() {
        return "FreeTTS 1.2.2 (pure Java, US English diphones)";
    }

    @Override
    public List<Voice> voices() {
        return List.of(new Voice("freetts", KEVIN16, List.of("en", "en-us"), "Kevin, US English male, 16 kHz"));
    }

    @Override
    public boolean speaks(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("en");
    }

    /** Speaks on a free voice; as many threads as there are voices speak at once. */
    @Override
    public Pcm synthesise(String text, String language, String voiceName, int rate) {
        if (!speaks(language)) {
            throw AccesspubException.badUsage("FreeTTS speaks English only, not '" + language + "'");
        }
        if (voiceName != null && !voiceName.equals(KEVIN16)) {
            throw AccesspubException.badUsage("FreeTTS has no voice '" + voiceName + "'; it has " + KEVIN16);
        }
        QuietErr.install(); // again: a caller may have set another standard error since
        Lane lane = take();
        try {
            return lane.speak(text, (float) (rate / WORDS_PER_FREETTS_RATE));
        } finally {
            free.add(lane);
        }
    }

    /**
     * An audio "player" that keeps the bytes instead of playing them, at most {@link #MAX_BYTES}: an utterance
     * is cut to a few hundred characters before it gets here, so more is an engine gone wrong.
     */
    private static final class Capture implements AudioPlayer {
        /** Ten minutes of 16-bit sound at 16 kHz. */
        static final int MAX_BYTES = 10 * 60 * 16_000 * 2;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AudioFormat format;
        String failure;

        void clear() {
            bytes = new ByteArrayOutputStream();
            failure = null;
        }
        float volume = 1f;

        @Override public void setAudioFormat(AudioFormat f) { format = f; }
        @Override public AudioFormat getAudioFormat() { return format; }
        @Override public void pause() { }
        @Override public void resume() { }
        @Override public void reset() { }
        @Override public boolean drain() { return true; }
        @Override public void begin(int size) { }
        @Override public boolean end() { return true; }
        @Override public void cancel() { }
        @Override public void close() { }
        @Override public float getVolume() { return volume; }
        @Override public void setVolume(float v) { volume = v; }
        @Override public long getTime() { return 0; }
        @Override public void resetTime() { }
        @Override public void startFirstSampleTimer() { }
        @Override public boolean write(byte[] b) { return write(b, 0, b.length); }
        @Override public boolean write(byte[] b, int off, int len) {
            if (failure != null || (long) bytes.size() + len > MAX_BYTES) {
                failure = "more than " + MAX_BYTES / 32_000 / 60 + " minutes of sound for one passage";
                return false; // FreeTTS stops this utterance
            }
            bytes.write(b, off, len);
            return true;
        }
        @Override public void showMetrics() { }
    }
}
