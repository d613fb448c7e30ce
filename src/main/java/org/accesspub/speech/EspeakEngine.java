package org.accesspub.speech;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.accesspub.lang.Languages;
import org.accesspub.AccesspubException;

/**
 * eSpeak NG, in-process through JNA. The C library keeps one global state, so one loaded copy speaks one
 * utterance at a time: the bundled build on Linux is loaded once per core (each from its own copy of the file,
 * with local symbols, so the copies share nothing), and utterances are spoken on as many copies at once.
 */
public final class EspeakEngine implements SpeechEngine {
    /*
     * One engine per process: a second engine would load the library again. Copies of it are only loaded
     * as lanes of this engine, with RTLD_LOCAL, so that none resolves another's symbols.
     */
    private static EspeakEngine loaded;
    /** The loaded engine is the bundled build: asking for it again costs nothing (no unpacking, no hashing). */
    private static boolean loadedBundled;

    /*
     * Calibration, measured on news sentences with the bundled 1.52 build (EspeakEngineTest keeps it honest).
     * cmn is not linear: pairs of {eSpeak rate, Han characters a minute}. The en voice reads 1.095 words a
     * minute per unit of eSpeak rate. Pauses the script adds between sentences come on top.
     */
    private static final int[][] CMN_RATE = {{140, 160}, {160, 185}, {180, 212}, {200, 239}, {220, 267},
        {240, 296}, {260, 330}, {280, 361}, {300, 394}, {320, 419}};
    private static final double WORDS_PER_ESPEAK_WPM = 1.095;
    /**
     * The cmn voice reads pinyin words about 5 % faster than the same sentence in characters (measured at
     * 180, 220 and 280 a minute): a rate for pinyin is asked for this much slower.
     */
    static final double PINYIN_PACE = 0.953;
    /** Sound handed over in blocks of this many milliseconds: fewer calls back into Java than its 60 ms default. */
    private static final int CALLBACK_MS = 1000;
    /** dlopen without RTLD_GLOBAL: each copy of the library binds its own symbols. */
    private static final int RTLD_LAZY_LOCAL = 1;

    private final Path library;
    private final String version; // as the library reports it, read once
    private final Path data; // null when the library does not say where its data is
    private final int sampleRate;
    private final List<Voice> voices;
    private final List<Lane> lanes;
    private final java.util.concurrent.BlockingQueue<Lane> free;

    private EspeakEngine(Path library, Path data, Path fallbackData, List<Path> copies) {
        this.library = library;
        Lane first = new Lane(library, data, fallbackData);
        this.sampleRate = first.sampleRate;
        this.version = first.lib.espeak_Info(null);
        this.data = first.dataInUse();
        this.voices = this.data == null ? List.of() : readVoices(this.data);
        List<Lane> all = new ArrayList<>();
        all.add(first);
        for (Path copy : copies) {
            all.add(new Lane(copy, data, fallbackData));
        }
        this.lanes = List.copyOf(all);
        this.free = new java.util.concurrent.ArrayBlockingQueue<>(lanes.size(), false, lanes);
    }

    /** How many utterances this engine speaks at once: one per loaded copy of the library. */
    public int lanes() {
        return lanes.size();
    }

    /** One loaded copy of the library with its own state, callback and voice. */
    private static final class Lane {
        private final EspeakNative lib;
        private final int sampleRate;
        private final ShortSink sink = new ShortSink();
        @SuppressWarnings("FieldCanBeLocal") // JNA must not lose the callback to the garbage collector
        private final EspeakNative.SynthCallback callback;
        private String currentVoice;

        Lane(Path library, Path data, Path fallbackData) {
            org.accesspub.BundledNatives.prepare();
            if (System.getProperty("jna.platform.library.path") == null) {
                // the library is loaded by its full path: JNA need not run ldconfig -p to learn the system's
                System.setProperty("jna.platform.library.path", library.getParent().toString());
            }
            try {
                this.lib = Native.load(library.toString(), EspeakNative.class,
                        java.util.Map.of(com.sun.jna.Library.OPTION_OPEN_FLAGS, RTLD_LAZY_LOCAL));
            } catch (UnsatisfiedLinkError e) {
                throw AccesspubException.badUsage("Cannot load eSpeak NG from " + library + ": " + e.getMessage());
            }
            int rate;
            try {
                rate = initialise(data);
            } catch (UnsatisfiedLinkError e) { // a library that loads but is not eSpeak NG (libc, say)
                throw AccesspubException.badUsage("--espeak-lib " + library + " is not an eSpeak NG library"
                        + " (it has no espeak_Initialize): give the path of libespeak-ng.so");
            }
            if (rate <= 0 && fallbackData != null) {
                rate = initialise(fallbackData); // a library without installed data reads the bundled data
            }
            if (rate <= 0) {
                throw AccesspubException.badUsage("eSpeak NG at " + library + " did not start with its data "
                        + (data == null ? "(library default)" : data));
            }
            this.sampleRate = rate;
            // Nothing may leave the callback: JNA would print each throwable with its trace, once per call.
            // Returning 1 asks eSpeak to stop this utterance; synthesise() then reports why.
            this.callback = (wav, n, events) -> {
                try {
                    return wav != null && n > 0 && !sink.add(wav, n) ? 1 : 0;
                } catch (Throwable t) { // an OutOfMemoryError included: the sink is dropped, the lane lives
                    sink.fail(t);
                    return 1;
                }
            };
            lib.espeak_SetSynthCallback(callback);
        }

        private int initialise(Path dataDir) {
            return lib.espeak_Initialize(EspeakNative.AUDIO_OUTPUT_SYNCHRONOUS, CALLBACK_MS,
                    dataDir == null ? null : dataDir.toString(), EspeakNative.INITIALIZE_DONT_EXIT);
        }

        /** The data folder the library actually reads, as it reports it. */
        private Path dataInUse() {
            PointerByReference path = new PointerByReference();
            lib.espeak_Info(path);
            Pointer p = path.getValue();
            if (p == null) {
                return null;
            }
            Path dir = Path.of(p.getString(0, StandardCharsets.UTF_8.name()));
            return Files.isDirectory(dir.resolve("lang")) ? dir : null;
        }

        Pcm synthesise(String text, String voice, String language, int espeakRate) {
            useVoice(voice, language);
            lib.espeak_SetParameter(EspeakNative.PARAM_RATE, espeakRate, 0);
            sink.clear();
            Memory text0 = cString(text);
            int err = lib.espeak_Synth(text0, new NativeLong(text0.size()), 0, EspeakNative.POS_CHARACTER, 0, EspeakNative.CHARS_UTF8, null, null);
            lib.espeak_Synchronize();
            if (sink.failure() != null) {
                throw new SpeechFailure("eSpeak NG", sink.failure());
            }
            if (err != EspeakNative.EE_OK) {
                throw new SpeechFailure("eSpeak NG", "espeak_Synth returned " + err);
            }
            return new Pcm(sink.take(), sampleRate);
        }

        String phonemes(String text, String voice, int mode) {
            useVoice(voice, voice);
            PointerByReference ptr = new PointerByReference(cString(text));
            StringBuilder sb = new StringBuilder();
            while (ptr.getValue() != null && ptr.getValue().getByte(0) != 0) {
                Pointer p = lib.espeak_TextToPhonemes(ptr, EspeakNative.CHARS_UTF8, mode);
                if (p == null) {
                    break;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(p.getString(0, StandardCharsets.UTF_8.name()));
            }
            return sb.toString();
        }

        private static Memory cString(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Memory m = new Memory(bytes.length + 1L);
            m.write(0, bytes, 0, bytes.length);
            m.setByte(bytes.length, (byte) 0);
            return m;
        }

        void useVoice(String voice, String language) {
            if (voice == null) {
                throw AccesspubException.badUsage("eSpeak NG has no voice for language '" + language + "'");
            }
            if (!voice.equals(currentVoice)) {
                if (lib.espeak_SetVoiceByName(voice) != EspeakNative.EE_OK) {
                    throw AccesspubException.badUsage("eSpeak NG has no voice '" + voice + "' (see accesspub voices)");
                }
                currentVoice = voice;
            }
        }
    }

    /**
     * The process-wide engine for a library: the bundled one when {@code library} is null (unpacked into the
     * user cache), else the given file with its own installed data, or the bundled data if it has none.
     */
    public static synchronized EspeakEngine load(Path library) {
        if (library == null && loadedBundled) {
            return loaded;
        }
        Path lib;
        EspeakInstall install = null;
        if (library == null) {
            install = EspeakInstall.bundled();
            lib = install.library();
        } else {
            lib = library.toAbsolutePath().normalize();
            if (!Files.isRegularFile(lib)) {
                throw AccesspubException.badUsage("--espeak-lib " + library + " is not a file");
            }
        }
        if (loaded != null) {
            if (!loaded.library.equals(lib)) {
                throw new IllegalStateException("eSpeak NG is already loaded from " + loaded.library
                        + "; one process can use only one eSpeak NG library");
            }
            return loaded;
        }
        loaded = install != null
                ? new EspeakEngine(lib, install.data(), null, install.copies(laneCount() - 1))
                : new EspeakEngine(lib, null, EspeakInstall.bundled().data(), List.of());
        loadedBundled = install != null;
        return loaded;
    }

    /**
     * Copies of the bundled library loaded side by side: one per core, at most 4, on Linux (where a copy
     * loaded with local symbols is known to keep its own state); {@code -Daccesspub.espeak.lanes=N} overrides.
     */
    private static int laneCount() {
        Integer asked = Integer.getInteger("accesspub.espeak.lanes");
        if (asked != null) {
            return Math.max(1, Math.min(8, asked));
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return linux ? Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())) : 1;
    }

    @Override
    public String id() {
        return "espeak";
    }

    @Override
    public String label() {
        return "eSpeak NG " + version + " (" + library + ")";
    }

    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public List<Voice> voices() {
        return voices;
    }

    @Override
    public boolean speaks(String language) {
        return voiceFor(language) != null;
    }

    /** The eSpeak voice for a BCP 47 tag: exact, then the language alone; null when there is none. */
    public String voiceFor(String language) {
        String tag = language.toLowerCase(Locale.ROOT).replace('_', '-');
        if (tag.equals("zh-hk") || tag.equals("zh-mo") || tag.startsWith("yue") || tag.startsWith("zh-yue")
                || tag.startsWith("zh-hant-hk")) {
            return "yue";
        }
        if (tag.startsWith("zh") || tag.startsWith("cmn")) {
            return "cmn";
        }
        if (voices.isEmpty()) {
            return tag.split("-")[0]; // a user library with unknown voices: let eSpeak decide
        }
        String primary = tag.split("-")[0];
        for (String wanted : new String[] {tag, primary}) {
            for (Voice v : voices) {
                if (v.languages().contains(wanted)) {
                    return v.name();
                }
            }
        }
        return null;
    }

    /** Speaks on the first free copy of the library; as many threads as there are copies speak at once. */
    @Override
    public Pcm synthesise(String text, String language, String voice, int rate) {
        Lane lane = take();
        try {
            return lane.synthesise(text, voice != null ? voice : voiceFor(language), language,
                    espeakRate(language, rate));
        } finally {
            free.add(lane);
        }
    }

    private static int espeakRate(String language, int rate) {
        double wanted = Languages.isChinese(language) ? hanRate(rate) : rate / WORDS_PER_ESPEAK_WPM;
        return (int) Math.round(Math.max(80, Math.min(450, wanted)));
    }

    private Lane take() {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for eSpeak NG", e);
        }
    }

    /**
     * Synthesises Mandarin given as pinyin words with tone digits ({@code qu1zhang3}), at a rate in Han
     * characters a minute of the sentence they spell.
     */
    public Pcm synthesisePinyin(String pinyin, String language, String voice, int hanPerMinute) {
        return synthesise(pinyin, language, voice, (int) Math.round(hanPerMinute * PINYIN_PACE));
    }

    /**
     * eSpeak's IPA for a text read with a voice, clause by clause; a switch to another language shows as
     * {@code (en)} — used to check that Han text is read as Mandarin.
     */
    public String phonemes(String text, String voice) {
        return phonemes(text, voice, EspeakNative.PHONEMES_IPA);
    }

    /**
     * eSpeak's own phoneme mnemonics, where a Mandarin syllable's tone shows as its contour
     * ({@code 55 35 214 51}, {@code 11} neutral): used to check the tones eSpeak will say.
     */
    public String phonemeMnemonics(String text, String voice) {
        return phonemes(text, voice, 0);
    }

    private String phonemes(String text, String voice, int mode) {
        Lane lane = take();
        try {
            return lane.phonemes(text, voice, mode);
        } finally {
            free.add(lane);
        }
    }

    /** The eSpeak rate that reads this many Han characters a minute, between the measured points. */
    static double hanRate(int hanPerMinute) {
        int[] first = CMN_RATE[0];
        int[] last = CMN_RATE[CMN_RATE.length - 1];
        if (hanPerMinute <= first[1]) {
            return hanPerMinute * (double) first[0] / first[1];
        }
        for (int i = 1; i < CMN_RATE.length; i++) {
            int[] a = CMN_RATE[i - 1];
            int[] b = CMN_RATE[i];
            if (hanPerMinute <= b[1]) {
                return a[0] + (b[0] - a[0]) * (hanPerMinute - a[1]) / (double) (b[1] - a[1]);
            }
        }
        return hanPerMinute * (double) last[0] / last[1];
    }

    /** The voices in the data folder: one file per language under lang/, variants under voices/!v. */
    private static List<Voice> readVoices(Path data) {
        List<Voice> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(data.resolve("lang"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                String name = f.getFileName().toString();
                List<String> languages = new ArrayList<>();
                String label = name;
                // Voice files are UTF-8 (Māori, Bokmål); a stray byte becomes U+FFFD rather than failing.
                for (String line : new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n")) {
                    String[] w = line.trim().split("\\s+");
                    if (w[0].equals("language") && w.length > 1) {
                        languages.add(w[1].toLowerCase(Locale.ROOT));
                    } else if (w[0].equals("name") && w.length > 1) {
                        label = line.trim().substring(5).trim();
                    }
                }
                out.add(new Voice("espeak", name, languages, label));
            }
        } catch (IOException e) {
            throw AccesspubException.badUsage("Cannot read eSpeak NG voices in " + data + ": " + e.getMessage());
        }
        return List.copyOf(out);
    }

    /** The voice variants (for {@code cmn+f3} style names). */
    public List<String> variants() {
        if (data == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(data.resolve("voices").resolve("!v"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Collects the samples the callback hands over during one synthesis, at most {@link #MAX_SAMPLES}: an
     * utterance is cut to a few hundred characters before it gets here, so more is an engine gone wrong.
     */
    private static final class ShortSink {
        /** Ten minutes at eSpeak's 22.05 kHz. */
        static final int MAX_SAMPLES = 10 * 60 * 22_050;
        private short[] buf = new short[1 << 16];
        private int size;
        private String failure;

        /** Adds {@code n} samples; false (and a failure) when the utterance is over the limit. */
        boolean add(Pointer wav, int n) {
            if (failure != null) {
                return false;
            }
            if ((long) size + n > MAX_SAMPLES) {
                failure = "more than " + MAX_SAMPLES / 22_050 / 60 + " minutes of sound for one passage";
                return false;
            }
            if (size + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.min(MAX_SAMPLES, Math.max(buf.length * 2, size + n)));
            }
            wav.read(0, buf, size, n);
            size += n;
            return true;
        }

        void fail(Throwable t) {
            buf = new short[0];
            size = 0;
            failure = t instanceof OutOfMemoryError ? "out of memory" : String.valueOf(t);
        }

        String failure() {
            return failure;
        }

        void clear() {
            size = 0;
            failure = null;
        }

        short[] take() {
            return java.util.Arrays.copyOf(buf, size);
        }
    }
}
