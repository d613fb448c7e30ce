package org.accesspub.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.accesspub.AccesspubException;
import org.accesspub.lang.Languages;
import org.accesspub.Warning;
import org.accesspub.Warnings;

/**
 * Which engine and voice read which language, and at what rate. Chinese always goes to eSpeak NG
 * ({@code cmn}, or {@code yue} for Hong Kong and Cantonese); English to FreeTTS kevin16 unless eSpeak is
 * asked for; any other language to eSpeak when it has a voice. Engines load only when first used.
 */
public final class SpeechEngines {
    public static final int DEFAULT_HAN_PER_MINUTE = 220;
    public static final int DEFAULT_WORDS_PER_MINUTE = 160;

    private final String engine; // null: by language
    private final String voice; // null: engine default
    private final Integer rate; // null: the defaults above
    private final String mainLanguage;
    private final Warnings warnings;
    private final Supplier<EspeakEngine> espeak;
    private final Supplier<FreeTtsEngine> freetts = FreeTtsEngine::get;
    private final List<VoiceModel> models;

    /** The engine and voice for one language. */
    public record Choice(SpeechEngine engine, String voice) {
    }

    private SpeechEngines(SpeechOptions options, Warnings warnings, String mainLanguage) {
        this.engine = options.engine() == null ? null : options.engine().toLowerCase(Locale.ROOT);
        this.voice = options.voice();
        this.rate = options.rate();
        this.mainLanguage = normalise(mainLanguage);
        this.warnings = warnings;
        Path lib = options.espeakLibrary();
        this.espeak = () -> EspeakEngine.load(lib);
        this.models = options.voiceModels();
        check(options);
    }

    /** Checks the engine and rate the user asked for, before anything is spoken or written. */
    public static void check(SpeechOptions options) {
        String engine = options.engine() == null ? null : options.engine().toLowerCase(Locale.ROOT);
        if (engine != null && !engine.equals("espeak") && !engine.equals("freetts")) {
            throw AccesspubException.badUsage("Unknown speech engine '" + options.engine() + "'; use espeak or freetts");
        }
        Integer rate = options.rate();
        if (rate != null && (rate < 40 || rate > 600)) {
            throw AccesspubException.badUsage("--rate " + rate + " is out of range (40 to 600 per minute)");
        }
    }

    /**
     * The engines for a script whose main language is given (the rate is counted in its unit); what they
     * cannot do as asked goes to {@code warnings}.
     */
    public static SpeechEngines forScript(SpeechOptions options, Warnings warnings, String mainLanguage) {
        return new SpeechEngines(options, warnings, mainLanguage);
    }

    /** The engine and voice that read this language. */
    public Choice choose(String language) {
        String lang = normalise(language);
        if (!models.isEmpty()) {
            PiperEngine piper = PiperEngine.load(models, espeak);
            String model = piper.voiceFor(lang);
            if (model != null) {
                return new Choice(piper, model); // a voice model the user brought reads its language
            }
        }
        boolean english = lang.startsWith("en");
        boolean chinese = Languages.isChinese(lang);
        if (voice != null && voice.equals(FreeTtsEngine.KEVIN16)) {
            if (english) {
                return new Choice(freetts.get(), FreeTtsEngine.KEVIN16);
            }
        } else if (voice != null && espeakVoiceSpeaks(voice, lang)) {
            return new Choice(espeak.get(), voice);
        }
        if (english && !"espeak".equals(engine)) {
            return new Choice(freetts.get(), null);
        }
        if ("freetts".equals(engine) && !english) {
            warnings.warn(Warning.keyed(Warnings.GENERAL, "speech.freetts", "FreeTTS speaks only English; " + lang
                    + " is read by eSpeak NG", lang));
        }
        EspeakEngine e = espeak.get();
        if (!chinese && !e.speaks(lang)) {
            throw AccesspubException.badUsage("No voice speaks '" + language + "'. Languages available: "
                    + String.join(" ", languages(e)));
        }
        return new Choice(e, english ? e.voiceFor(lang.equals("en") ? "en-us" : lang) : e.voiceFor(lang));
    }

    /**
     * The rate for a language in its own unit (Han characters or words a minute). A user rate is given in
     * the main language's unit; other languages are sped up or slowed down in the same proportion.
     */
    public int rate(String language) {
        int base = defaultRate(normalise(language));
        if (rate == null) {
            return base;
        }
        return (int) Math.round(base * (rate / (double) defaultRate(mainLanguage)));
    }

    static int defaultRate(String language) {
        return Languages.isChinese(language) ? DEFAULT_HAN_PER_MINUTE : DEFAULT_WORDS_PER_MINUTE;
    }

    /** Text for {@code accesspub voices}: engines, defaults, every voice with its languages. */
    public static String listing(SpeechOptions options) {
        EspeakEngine e = EspeakEngine.load(options.espeakLibrary());
        FreeTtsEngine f = FreeTtsEngine.get();
        StringBuilder sb = new StringBuilder();
        sb.append("Engines:\n");
        sb.append("  espeak   ").append(e.label()).append('\n');
        sb.append("  freetts  ").append(f.label()).append('\n');
        sb.append("Defaults: zh-CN, zh-TW -> espeak cmn; zh-HK, yue -> espeak yue; "
                + "en -> freetts kevin16 (--engine espeak for eSpeak's English); other languages -> espeak\n");
        sb.append("Voices (--voice NAME):\n");
        for (SpeechEngine engine : List.<SpeechEngine>of(f, e)) {
            for (Voice v : engine.voices()) {
                sb.append(String.format(Locale.ROOT, "  %-8s %-22s %-28s %s%n", v.engine(), v.name(),
                        String.join(" ", v.languages()), v.label()));
            }
        }
        if (!options.voiceModels().isEmpty()) {
            sb.append("Voice models (--voice-model, ").append(VoiceModel.ENVIRONMENT).append("), before the voices above for their language:\n");
            sb.append(PiperEngine.listing(options.voiceModels()));
        }
        List<String> variants = e.variants();
        if (!variants.isEmpty()) {
            sb.append("eSpeak NG variants (append to a voice, e.g. cmn+f3): ")
                    .append(String.join(" ", variants)).append('\n');
        }
        return sb.toString();
    }

    private static List<String> languages(EspeakEngine e) {
        TreeSet<String> all = new TreeSet<>();
        for (Voice v : e.voices()) {
            all.addAll(v.languages());
        }
        all.add("en");
        return List.copyOf(all);
    }

    private boolean espeakVoiceSpeaks(String name, String lang) {
        String base = name.contains("+") ? name.substring(0, name.indexOf('+')) : name;
        EspeakEngine e = espeak.get();
        String primary = lang.split("-")[0];
        for (Voice v : e.voices()) {
            if (v.name().equalsIgnoreCase(base)) {
                for (String l : v.languages()) {
                    if (l.equals(lang) || l.split("-")[0].equals(primary)) {
                        return true;
                    }
                }
                return false;
            }
        }
        if (e.voices().isEmpty()) {
            return lang.equals(mainLanguage); // a user library: trust the voice for the main language
        }
        throw AccesspubException.badUsage("No voice named '" + name + "'; run accesspub voices to list them");
    }

    private static String normalise(String language) {
        if (language == null || language.isBlank() || language.equalsIgnoreCase("und")) {
            return "en";
        }
        return language.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
