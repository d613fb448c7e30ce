package org.accesspub.speech.piper;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.accesspub.AccesspubException;

/**
 * A Piper voice's config ({@code FILE.onnx.json}): the sample rate, the eSpeak voice its phonemes come from,
 * the language, the phoneme id map and the pace ({@code inference.length_scale}). Read with Gson, which
 * travels in the voice extra.
 *
 * @param language BCP 47 ({@code zh-CN}) from {@code language.code}, or null when the config names none
 */
public record VoiceConfig(Path file, JsonObject json, int sampleRate, String espeakVoice, String language,
                          Map<Integer, long[]> phonemeIdMap, double lengthScale, String quality) {
    /** Rates accesspub resamples from: Piper's voices are 16 000 (x_low, low) or 22 050 Hz. */
    public static final int MIN_RATE = 8000;
    public static final int MAX_RATE = 48000;
    /** Piper's configs are a few KB (a few hundred with many speakers): a larger file is not one. */
    private static final long MAX_BYTES = 16L * 1024 * 1024;

    public static VoiceConfig read(Path file) {
        JsonObject root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw notAConfig(file, "it is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            JsonElement e = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!e.isJsonObject()) {
                throw new JsonParseException("not a JSON object");
            }
            root = e.getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw notAConfig(file, e.getMessage());
        }
        try {
            return of(file, root);
        } catch (ClassCastException | IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            throw notAConfig(file, e.getMessage());
        }
    }

    private static VoiceConfig of(Path file, JsonObject root) {
        JsonObject audio = object(root, "audio");
        if (audio == null || !audio.has("sample_rate")) {
            throw notAConfig(file, "it has no audio.sample_rate");
        }
        int rate = audio.get("sample_rate").getAsInt();
        if (rate < MIN_RATE || rate > MAX_RATE) {
            throw AccesspubException.badUsage("The voice " + file + " speaks at " + rate + " Hz; accesspub resamples "
                    + MIN_RATE + " to " + MAX_RATE + " Hz to its 22 050 Hz, and no other rate");
        }
        String type = root.has("phoneme_type") ? root.get("phoneme_type").getAsString() : "espeak";
        if (!type.equals("espeak")) {
            throw AccesspubException.badUsage("The voice " + file + " reads phoneme_type '" + type
                    + "'; accesspub speaks with eSpeak NG phonemes only (phoneme_type espeak)");
        }
        JsonObject espeak = object(root, "espeak");
        String voice = espeak != null && espeak.has("voice") ? espeak.get("voice").getAsString() : null;
        JsonObject lang = object(root, "language");
        String language = lang != null && lang.has("code") ? lang.get("code").getAsString().replace('_', '-') : null;
        JsonObject ids = object(root, "phoneme_id_map");
        if (ids == null || ids.isEmpty()) {
            throw notAConfig(file, "it has no phoneme_id_map");
        }
        Map<Integer, long[]> map = new HashMap<>();
        for (Map.Entry<String, JsonElement> e : ids.entrySet()) {
            String phoneme = e.getKey();
            if (phoneme.codePointCount(0, phoneme.length()) != 1) {
                throw notAConfig(file, "its phoneme_id_map has '" + phoneme + "', not one character");
            }
            JsonArray values = e.getValue().getAsJsonArray();
            long[] v = new long[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.get(i).getAsLong();
            }
            map.put(phoneme.codePointAt(0), v);
        }
        for (String s : new String[] {"_", "^", "$"}) {
            if (!map.containsKey(s.codePointAt(0))) {
                throw notAConfig(file, "its phoneme_id_map has no '" + s + "' (pad, start, end)");
            }
        }
        JsonObject inference = object(root, "inference");
        double scale = inference != null && inference.has("length_scale") ? inference.get("length_scale").getAsDouble() : 1.0;
        if (!(scale > 0 && scale < 20)) {
            throw notAConfig(file, "its inference.length_scale " + scale + " is not a pace");
        }
        String quality = audio.has("quality") ? audio.get("quality").getAsString() : null;
        return new VoiceConfig(file, root, rate, voice, language, Map.copyOf(map), scale, quality);
    }

    /**
     * The config the runtime is given: the same voice, reading the phonemes it is given as they are
     * ({@code phoneme_type text}: accesspub made them) at the given pace.
     */
    public String forRuntime(double lengthScale) {
        JsonObject copy = json.deepCopy();
        copy.addProperty("phoneme_type", "text");
        JsonObject inference = object(copy, "inference");
        if (inference == null) {
            inference = new JsonObject();
            copy.add("inference", inference);
        }
        inference.add("length_scale", new JsonPrimitive(lengthScale));
        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        return gson.toJson(copy);
    }

    /** A description for {@code accesspub voices}. */
    public String describe() {
        return String.format(Locale.ROOT, "%d Hz, eSpeak voice %s%s", sampleRate, espeakVoice == null ? "-" : espeakVoice,
                quality == null ? "" : ", " + quality);
    }

    private static JsonObject object(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    private static AccesspubException notAConfig(Path file, String why) {
        return AccesspubException.badInput("The voice config " + file + " is not a Piper voice config: "
                + (why == null ? "unreadable" : why.strip().split("\n")[0]));
    }
}
