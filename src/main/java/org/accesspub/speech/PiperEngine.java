package org.accesspub.speech;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.accesspub.AccesspubException;
import org.accesspub.lang.Languages;
import org.accesspub.speech.piper.PiperRuntime;
import org.accesspub.speech.piper.VoiceConfig;
import org.accesspub.speech.text.MandarinReading;

/**
 * Piper voice models the user brought ({@code --voice-model}), read with accesspub's own pronunciation: the
 * text of an utterance becomes phonemes the way eSpeak NG's voices get it (for Mandarin, the pinyin with tones
 * and sandhi decided once, through eSpeak's cmn voice), eSpeak NG turns it into IPA, and the voice is given
 * those phonemes as they are (never its own text front end). Long utterances are said in pieces of at most
 * {@link PiperPhonemes#MAX_PHONEMES} phonemes. The runtime (onnxruntime, Piper) comes in the voice extra jar.
 */
public final class PiperEngine implements SpeechEngine {
    private static final Map<List<VoiceModel>, PiperEngine> LOADED = new HashMap<>();
    private static final String RUNTIME_CLASS = "io.github.givimad.piperjni.PiperJNI";
    private static final String JSON_CLASS = "com.google.gson.JsonParser";

    private final List<Loaded> voices;
    private final Supplier<EspeakEngine> espeak;
    private final PiperRuntime runtime;
    private final Set<Integer> reportedMissing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A model with its config read and its language known. */
    private record Loaded(VoiceModel model, VoiceConfig config, String language, PhonemeIds ids) {
    }

    /** The phonemes of an utterance as the voice gets them. */
    public record Phonemes(String ipa, long[] ids, Set<Integer> missing) {
    }

    private PiperEngine(List<VoiceModel> models, Supplier<EspeakEngine> espeak) {
        requireExtra();
        this.espeak = espeak;
        List<Loaded> out = new ArrayList<>();
        for (VoiceModel m : models) {
            m.checkFiles();
            VoiceConfig config = VoiceConfig.read(m.config());
            String language = language(m, config);
            out.add(new Loaded(m, config, language, new PhonemeIds(config.phonemeIdMap())));
        }
        this.voices = List.copyOf(out);
        this.runtime = PiperRuntime.get();
        for (Loaded v : voices) {
            runtime.voice(v.model().model(), v.config(), v.config().lengthScale(), lanes()); // fails early on a bad model
        }
    }

    /** The engine for these models, once per process (the natives and each voice load once). */
    public static PiperEngine load(List<VoiceModel> models, Supplier<EspeakEngine> espeak) {
        synchronized (LOADED) {
            PiperEngine e = LOADED.get(models);
            if (e == null) {
                e = new PiperEngine(models, espeak);
                LOADED.put(List.copyOf(models), e);
            }
            return e;
        }
    }

    /** The voice extra is on the class path (it holds the Piper runtime and Gson), or a one-line way to get it. */
    static void requireExtra() {
        for (String name : List.of(RUNTIME_CLASS, JSON_CLASS)) {
            try {
                Class.forName(name, false, PiperEngine.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw AccesspubException.badUsage("--voice-model needs the voice extra: run through ./accesspub (it builds "
                        + "target/accesspub-voice.jar on first use) or build it with mvn -f extras/voice/pom.xml package "
                        + "and put it on the class path");
            }
        }
    }

    /** Instances of each voice speaking at once: one per core, at most 4; {@code -Daccesspub.piper.lanes=N}. */
    static int lanes() {
        Integer asked = Integer.getInteger("accesspub.piper.lanes");
        if (asked != null) {
            return Math.max(1, Math.min(8, asked));
        }
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    private static String language(VoiceModel m, VoiceConfig config) {
        String said = m.language();
        String own = config.language() != null ? config.language() : fromEspeakVoice(config.espeakVoice());
        if (said == null) {
            if (own == null) {
                throw AccesspubException.badUsage("The config " + m.config() + " names no language: say it, e.g. --voice-model zh="
                        + m.model().getFileName());
            }
            return own;
        }
        if (own != null && !sameLanguage(said, own)) {
            throw AccesspubException.badUsage("The voice " + m.name() + " speaks " + own + ", not " + said
                    + " (its config " + m.config().getFileName() + "); give a model made for " + said);
        }
        return said;
    }

    private static String fromEspeakVoice(String voice) {
        if (voice == null || voice.isBlank()) {
            return null;
        }
        String v = voice.toLowerCase(Locale.ROOT);
        return v.startsWith("cmn") ? "zh" : v.startsWith("yue") ? "yue" : v;
    }

    /** Whether a voice for {@code model} reads {@code text}: Mandarin with Mandarin, Cantonese with Cantonese, else by primary tag. */
    static boolean sameLanguage(String text, String model) {
        String a = text.toLowerCase(Locale.ROOT).replace('_', '-');
        String b = model.toLowerCase(Locale.ROOT).replace('_', '-');
        boolean ca = Languages.isChinese(a) || a.startsWith("cmn") || a.startsWith("yue");
        boolean cb = Languages.isChinese(b) || b.startsWith("cmn") || b.startsWith("yue");
        if (ca || cb) {
            return ca && cb && cantonese(a) == cantonese(b);
        }
        return a.split("-")[0].equals(b.split("-")[0]);
    }

    static boolean cantonese(String tag) {
        return tag.startsWith("yue") || tag.equals("zh-hk") || tag.equals("zh-mo") || tag.startsWith("zh-yue")
                || tag.startsWith("zh-hant-hk");
    }

    private static boolean mandarin(String language) {
        String t = language.toLowerCase(Locale.ROOT);
        return (Languages.isChinese(t) || t.startsWith("cmn")) && !cantonese(t);
    }

    /** The model name reading this language: the exact tag first, then the same language; null when none. */
    public String voiceFor(String language) {
        String tag = language.toLowerCase(Locale.ROOT).replace('_', '-');
        for (Loaded v : voices) {
            if (v.language().toLowerCase(Locale.ROOT).equals(tag)) {
                return v.model().name();
            }
        }
        for (Loaded v : voices) {
            if (sameLanguage(tag, v.language())) {
                return v.model().name();
            }
        }
        return null;
    }

    @Override
    public String id() {
        return "piper";
    }

    @Override
    public String label() {
        return "Piper " + runtime.version() + " (voice models)";
    }

    @Override
    public List<Voice> voices() {
        return voices.stream().map(v -> new Voice("piper", v.model().name(), List.of(v.language().toLowerCase(Locale.ROOT)),
                v.config().describe() + ", " + v.model().model())).toList();
    }

    @Override
    public boolean speaks(String language) {
        return voiceFor(language) != null;
    }

    @Override
    public Pcm synthesise(String text, String language, String voice, int rate) {
        return synthesise(text, language, voice, rate, cp -> { }, m -> { });
    }

    /**
     * Says a normalised utterance (user readings ⟦word|pinyin⟧ kept) with the voice for its language.
     *
     * @param rate       Han characters or words a minute: the default is the voice's own pace, others scale it
     * @param unreadable told of characters nothing can say
     * @param warn       told once per phoneme the voice lacks
     */
    public Pcm synthesise(String spoken, String language, String voice, int rate, IntConsumer unreadable,
                          Consumer<String> warn) {
        Loaded v = pick(voice, language);
        Phonemes p = phonemes(v, spoken, unreadable);
        for (int cp : p.missing()) {
            if (reportedMissing.add(cp)) {
                warn.accept("The voice " + v.model().name() + " has no phoneme " + new String(Character.toChars(cp))
                        + " (U+" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + "); it is left out");
            }
        }
        double scale = v.config().lengthScale() * SpeechEngines.defaultRate(language.toLowerCase(Locale.ROOT)) / (double) rate;
        PiperRuntime.Lanes lanes = runtime.voice(v.model().model(), v.config(), round(scale), lanes());
        short[] all = new short[0];
        for (String piece : PiperPhonemes.pieces(p.ipa())) {
            short[] s = lanes.speak(piece);
            short[] joined = java.util.Arrays.copyOf(all, all.length + s.length);
            System.arraycopy(s, 0, joined, all.length, s.length);
            all = joined;
        }
        return new Pcm(all, v.config().sampleRate());
    }

    private static double round(double scale) {
        return Math.round(scale * 1000) / 1000.0; // one loaded voice per pace, not per rounding error
    }

    /** The phonemes and ids the voice for this language gets for a normalised utterance. */
    public Phonemes phonemes(String spoken, String language) {
        return phonemes(pick(null, language), spoken, cp -> { });
    }

    private Phonemes phonemes(Loaded v, String spoken, IntConsumer unreadable) {
        boolean mandarin = mandarin(v.language());
        String text = mandarin ? MandarinReading.espeakText(spoken, unreadable) : plain(spoken, unreadable);
        String espeakVoice = mandarin ? "cmn" : v.config().espeakVoice() != null ? v.config().espeakVoice()
                : espeak.get().voiceFor(v.language());
        String ipa = PiperPhonemes.ipa(text, espeakVoice, espeak.get());
        PhonemeIds.Result r = v.ids().ids(ipa);
        return new Phonemes(ipa, r.ids(), r.missing());
    }

    private static String plain(String spoken, IntConsumer unreadable) {
        StringBuilder sb = new StringBuilder();
        MandarinReading.plain(spoken).codePoints().forEach(cp -> {
            if (MandarinReading.isReadable(cp)) {
                sb.appendCodePoint(cp);
            } else {
                unreadable.accept(cp);
            }
        });
        return sb.toString();
    }

    private Loaded pick(String voice, String language) {
        String name = voice != null ? voice : voiceFor(language);
        for (Loaded v : voices) {
            if (v.model().name().equals(name)) {
                return v;
            }
        }
        throw AccesspubException.badUsage("No voice model reads '" + language + "'");
    }

    /** For {@code accesspub voices}: each model with its language, rate and eSpeak voice, its config checked. */
    static String listing(List<VoiceModel> models) {
        requireExtra();
        StringBuilder sb = new StringBuilder();
        LinkedHashSet<String> lines = new LinkedHashSet<>();
        for (VoiceModel m : models) {
            m.checkFiles();
            VoiceConfig c = VoiceConfig.read(m.config());
            lines.add(String.format(Locale.ROOT, "  %-8s %-28s %-8s %s%n      %s%n", "piper", m.name(), language(m, c),
                    c.describe(), m.model()));
        }
        lines.forEach(sb::append);
        return sb.toString();
    }
}
