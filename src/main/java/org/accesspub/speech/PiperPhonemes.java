package org.accesspub.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phonemes a Piper voice is given, as Piper's own eSpeak front end writes them but from the text accesspub
 * decided: eSpeak NG's IPA clause by clause with Piper's punctuation, in pieces of bounded length.
 */
final class PiperPhonemes {
    /** Phonemes said in one call to the model: longer utterances are cut at a clause or word. */
    static final int MAX_PHONEMES = 400;
    /** Where a clause ends: Chinese punctuation anywhere, Latin punctuation before a space or the end. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，。！？、；：]+|[,.!?;:]+(?=\\s|$)");
    private static final Pattern LANGUAGE_FLAG = Pattern.compile("\\([a-z][a-z0-9-]*\\)");

    private PiperPhonemes() {
    }

    /**
     * eSpeak NG's IPA clause by clause, each followed by the punctuation that ended it as Piper's own front end
     * writes it ({@code .} {@code ?} {@code !}, or {@code , : ;} and a space), language switches left out.
     */
    static String ipa(String text, String espeakVoice, EspeakEngine espeak) {
        StringBuilder sb = new StringBuilder();
        Matcher m = CLAUSE_END.matcher(text);
        int at = 0;
        while (at < text.length()) {
            boolean found = m.find(at);
            String clause = text.substring(at, found ? m.start() : text.length());
            String end = found ? m.group() : "";
            at = found ? m.end() : text.length();
            if (!clause.isBlank()) {
                String said = LANGUAGE_FLAG.matcher(espeak.phonemes(clause.strip(), espeakVoice)).replaceAll("")
                        .replaceAll("\\s+", " ").strip();
                if (!said.isEmpty()) {
                    if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                        sb.append(' ');
                    }
                    sb.append(said);
                }
            }
            if (sb.length() > 0 && !end.isEmpty()) {
                sb.append(punctuation(end));
            }
        }
        return sb.toString().strip();
    }

    private static String punctuation(String end) {
        int c = end.codePointAt(0);
        return switch (c) {
            case '.', '。' -> ".";
            case '?', '？' -> "?";
            case '!', '！' -> "!";
            case ':', '：' -> ": ";
            case ';', '；' -> "; ";
            default -> ", ";
        };
    }

    /** The phonemes in pieces of at most {@link #MAX_PHONEMES} code points, cut after punctuation or a space. */
    static List<String> pieces(String ipa) {
        List<String> out = new ArrayList<>();
        String rest = ipa.strip();
        while (rest.codePointCount(0, rest.length()) > MAX_PHONEMES) {
            int limit = rest.offsetByCodePoints(0, MAX_PHONEMES);
            int cut = -1;
            for (String mark : List.of(". ", "? ", "! ", ", ", "; ", ": ", " ")) {
                int i = rest.lastIndexOf(mark, limit - mark.length());
                if (i > 0) {
                    cut = i + mark.length();
                    break;
                }
            }
            if (cut <= 0) {
                cut = limit;
            }
            out.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}
