package org.accesspub.speech;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accesspub.AccesspubException;

/**
 * A Piper voice model the user brought ({@code --voice-model [LANG=]FILE.onnx}, {@code ACCESSPUB_VOICE_MODELS}):
 * the model, its config ({@code FILE.onnx.json} beside it unless given) and the language it reads, or null to
 * take the language its config names.
 */
public record VoiceModel(String language, Path model, Path config) {
    /** The environment variable naming models for every run: entries as for --voice-model, apart like PATH. */
    public static final String ENVIRONMENT = "ACCESSPUB_VOICE_MODELS";
    private static final Pattern SPEC = Pattern.compile("([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)=(.+)");

    /** The name shown in listings and chapters' narrator: the file name without {@code .onnx}. */
    public String name() {
        String file = model.getFileName().toString();
        return file.toLowerCase(Locale.ROOT).endsWith(".onnx") ? file.substring(0, file.length() - 5) : file;
    }

    /** One {@code [LANG=]FILE} with its config, or null for the one beside the model. */
    public static VoiceModel parse(String spec, Path config) {
        String s = spec.strip();
        if (s.isEmpty()) {
            throw AccesspubException.badUsage("--voice-model needs a file: [LANG=]FILE.onnx");
        }
        String language = null;
        try {
            Matcher m = SPEC.matcher(s);
            if (m.matches() && !Files.exists(Path.of(s))) {
                language = m.group(1).replace('_', '-');
                s = m.group(2);
            }
            Path model = Path.of(s).toAbsolutePath().normalize();
            Path cfg = config != null ? config.toAbsolutePath().normalize() : Path.of(model + ".json");
            return new VoiceModel(language, model, cfg);
        } catch (java.nio.file.InvalidPathException e) {
            throw AccesspubException.badUsage("--voice-model " + spec.strip() + " is not a file name: " + e.getReason());
        }
    }

    /**
     * The models of a run: those given on the command line (the Nth {@code --voice-config} is the config of the
     * Nth {@code --voice-model}), then those the environment names. Every file must exist.
     */
    public static List<VoiceModel> of(List<String> specs, List<Path> configs, String environment) {
        List<String> given = specs == null ? List.of() : specs;
        List<Path> cfgs = configs == null ? List.of() : configs;
        if (cfgs.size() > given.size()) {
            throw AccesspubException.badUsage("--voice-config " + cfgs.get(given.size())
                    + " has no --voice-model before it to go with");
        }
        List<VoiceModel> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            out.add(parse(given.get(i), i < cfgs.size() ? cfgs.get(i) : null));
        }
        if (environment != null) {
            for (String entry : environment.split(Pattern.quote(File.pathSeparator))) {
                if (!entry.isBlank()) {
                    out.add(parse(entry, null));
                }
            }
        }
        out.forEach(VoiceModel::checkFiles);
        return List.copyOf(out);
    }

    /** Both files are there (exit 2 otherwise). */
    public void checkFiles() {
        if (!Files.isRegularFile(model)) {
            throw AccesspubException.badUsage("--voice-model " + model + ": no such file (a Piper voice, FILE.onnx)");
        }
        if (!Files.isRegularFile(config)) {
            throw AccesspubException.badUsage("--voice-model " + model + ": its config " + config
                    + " is missing; put FILE.onnx.json beside it or give it with --voice-config");
        }
    }
}
