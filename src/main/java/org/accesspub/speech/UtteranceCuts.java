package org.accesspub.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence too long to say in one breath (a transcript or keyword list with no full stop, classical
 * Chinese) into pieces of at most {@link #MAX_CHARS} characters, so that what a speech engine holds for one
 * utterance stays bounded whatever the punctuation. A piece ends after the last clause mark in reach
 * ({@code , ; : 、 ， ； ： —}), else after the last space, else anywhere (never inside a surrogate pair).
 * The pieces joined are the sentence exactly; a sentence within the limit is one piece. Linear in the length.
 */
public final class UtteranceCuts {
    /** The longest piece handed to an engine: about 25 s of English, 90 s of Chinese. */
    public static final int MAX_CHARS = 300;

    private UtteranceCuts() {
    }

    public static List<String> cut(String sentence) {
        return cut(sentence, MAX_CHARS);
    }

    static List<String> cut(String sentence, int max) {
        if (sentence.length() <= max) {
            return List.of(sentence);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = sentence.length();
        while (n - start > max) {
            int limit = start + max;
            int clause = -1;
            int space = -1;
            for (int i = limit - 1; i > start + max / 4; i--) {
                char c = sentence.charAt(i);
                if (clause < 0 && isClauseMark(c)) {
                    clause = i + 1;
                    break;
                }
                if (space < 0 && Character.isWhitespace(c)) {
                    space = i + 1;
                }
            }
            int end = clause > 0 ? clause : space > 0 ? space : limit;
            if (Character.isHighSurrogate(sentence.charAt(end - 1)) && end < n
                    && Character.isLowSurrogate(sentence.charAt(end))) {
                end--; // never between the halves of one character
            }
            out.add(sentence.substring(start, end));
            start = end;
        }
        if (start < n) {
            out.add(sentence.substring(start));
        }
        return out;
    }

    private static boolean isClauseMark(char c) {
        return switch (c) {
            case ',', ';', ':', '、', '，', '；', '：', '—', '–', '…', '。', '！', '？', '!', '?' -> true;
            default -> false;
        };
    }
}
