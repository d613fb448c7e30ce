package org.accesspub.speech.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accesspub.AccesspubException;
import org.accesspub.lang.Languages;

/**
 * A user's pronunciation list ({@code --lexicon FILE}): one {@code word=reading} per line, UTF-8,
 * {@code #} starts a comment line, blank lines are ignored. It is applied before normalisation,
 * longest word first, so that names and polyphones are read as the user wants: {@code 行长=航长},
 * {@code 长沙=常沙}, {@code NASA=Nasa}; a reading may also be pinyin with tone digits ({@code 区长=qu1 zhang3}),
 * which the Mandarin voice then says exactly. A word made of Latin letters only matches as a whole word
 * ({@code US=U S} leaves {@code USB} alone); Chinese words match anywhere. Matching is case-sensitive.
 */
public final class Lexicon {
    private static final Lexicon EMPTY = new Lexicon(Map.of());

    private final Map<String, String> readings;
    private final int longest;

    private Lexicon(Map<String, String> readings) {
        this.readings = Collections.unmodifiableMap(new LinkedHashMap<>(readings));
        this.longest = readings.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    public static Lexicon empty() {
        return EMPTY;
    }

    /** Reads a lexicon file; a missing file or a bad line is the user's input error, named with its line. */
    public static Lexicon load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (NoSuchFileException e) {
            throw AccesspubException.badInput("lexicon file not found: " + file);
        } catch (CharacterCodingException e) {
            throw AccesspubException.badInput("lexicon " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw AccesspubException.badInput("cannot read lexicon " + file + ": " + e.getMessage());
        }
    }

    /** Parses lexicon text; {@code name} appears in error messages. */
    public static Lexicon parse(String text, String name) {
        try {
            return parse(new StringReader(text), name);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
    }

    private static Lexicon parse(Reader reader, String name) throws IOException {
        Map<String, String> readings = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String s = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
            s = s.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int eq = s.indexOf('=');
            if (eq < 0) {
                throw bad(name, number, "expected word=reading (no = on the line)");
            }
            String word = s.substring(0, eq).strip();
            String reading = s.substring(eq + 1).strip();
            if (word.isEmpty()) {
                throw bad(name, number, "the word before = is empty");
            }
            if (reading.isEmpty()) {
                throw bad(name, number, "the reading after = is empty");
            }
            if (readings.containsKey(word) && !readings.get(word).equals(reading)) {
                throw bad(name, number, "the word already has another reading on an earlier line");
            }
            readings.put(word, reading);
        }
        return new Lexicon(readings);
    }

    private static AccesspubException bad(String name, int line, String what) {
        return AccesspubException.badInput("lexicon " + name + " line " + line + ": " + what);
    }

    public boolean isEmpty() {
        return readings.isEmpty();
    }

    public Map<String, String> readings() {
        return readings;
    }

    /** The text with every listed word replaced by its reading, the longest word winning at each place. */
    public String apply(String text) {
        if (readings.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        outer:
        while (i < text.length()) {
            for (int len = Math.min(longest, text.length() - i); len > 0; len--) {
                String word = text.substring(i, i + len);
                String reading = readings.get(word);
                if (reading != null && wholeWord(text, i, i + len, word)) {
                    // a pinyin reading (区长=qu1 zhang3) travels marked, untouched by normalisation
                    sb.append(MandarinReading.isPinyin(reading) ? MandarinReading.mark(word, reading) : reading);
                    i += len;
                    continue outer;
                }
            }
            sb.append(text.charAt(i));
            i++;
        }
        return sb.toString();
    }

    /** Latin words match only whole: no Latin letter may touch them on either side. */
    private static boolean wholeWord(String text, int start, int end, String word) {
        if (!Languages.isLatinLetter(word.codePointAt(0)) && !Languages.isLatinLetter(word.codePointBefore(word.length()))) {
            return true;
        }
        boolean before = start > 0 && Languages.isLatinLetter(text.codePointBefore(start))
                && Languages.isLatinLetter(word.codePointAt(0));
        boolean after = end < text.length() && Languages.isLatinLetter(text.codePointAt(end))
                && Languages.isLatinLetter(word.codePointBefore(word.length()));
        return !before && !after;
    }
}
