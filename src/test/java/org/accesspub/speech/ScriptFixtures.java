package org.accesspub.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Spoken scripts written by hand in src/test/resources/speech (see the format in their header). */
public final class ScriptFixtures {
    private ScriptFixtures() {
    }

    public static SpokenScript load(String name) {
        try (InputStream in = ScriptFixtures.class.getResourceAsStream("/speech/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            String language = "und";
            List<SpokenScript.Part> parts = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] w = line.split(" ", 2);
                switch (w[0]) {
                    case "language" -> language = w[1].trim();
                    case "chapter" -> parts.add(new SpokenScript.Chapter(w[1].trim()));
                    case "subchapter" -> parts.add(new SpokenScript.Chapter(w[1].trim(), 1));
                    case "pause" -> parts.add(new SpokenScript.Pause(Integer.parseInt(w[1].trim())));
                    case "say" -> {
                        String[] lt = w[1].split(" ", 2);
                        String[] ds = lt[1].split("\\|\\|", 2);
                        String display = ds[0].trim();
                        parts.add(new SpokenScript.Utterance(display, ds.length > 1 ? ds[1].trim() : display, lt[0]));
                    }
                    default -> throw new IllegalArgumentException("bad line in " + name + ": " + line);
                }
            }
            return new SpokenScript(language, parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<SpokenScript.Utterance> utterances(SpokenScript s) {
        List<SpokenScript.Utterance> out = new ArrayList<>();
        for (SpokenScript.Part p : s.parts()) {
            if (p instanceof SpokenScript.Utterance u) {
                out.add(u);
            }
        }
        return out;
    }

    public static List<String> chapters(SpokenScript s) {
        List<String> out = new ArrayList<>();
        for (SpokenScript.Part p : s.parts()) {
            if (p instanceof SpokenScript.Chapter c) {
                out.add(c.title());
            }
        }
        return out;
    }
}
