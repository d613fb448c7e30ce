package org.accesspub.speech;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Piper voice's phoneme ids, as its runtime makes them from phonemes: lower case, decomposed (NFD), each
 * code point mapped through the config's {@code phoneme_id_map} and followed by the pad id, between the
 * sentence start and end ids ({@code ^_ … $}). A phoneme the map lacks is left out and reported.
 */
public final class PhonemeIds {
    public static final int PAD = '_';
    public static final int BOS = '^';
    public static final int EOS = '$';

    private final Map<Integer, long[]> map;

    /** The ids and what the map lacked. */
    public record Result(long[] ids, Set<Integer> missing) {
    }

    /** @param map each phoneme (one code point) to its ids; must hold {@code _ ^ $} */
    public PhonemeIds(Map<Integer, long[]> map) {
        this.map = Map.copyOf(map);
        for (int c : List.of(PAD, BOS, EOS)) {
            if (!map.containsKey(c)) {
                throw new IllegalArgumentException("its phoneme_id_map has no '" + (char) c + "'");
            }
        }
    }

    public Result ids(String phonemes) {
        String text = Normalizer.normalize(phonemes.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        long[] out = new long[8 + 4 * text.length()];
        int n = 0;
        Set<Integer> missing = new LinkedHashSet<>();
        long[] pad = map.get(PAD);
        n = put(out, n, map.get(BOS));
        n = put(out, n, pad);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            long[] ids = map.get(cp);
            if (ids == null) {
                missing.add(cp);
                continue;
            }
            if (n + ids.length + pad.length + 8 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n = put(out, n, ids);
            n = put(out, n, pad);
        }
        if (n + 8 > out.length) {
            out = Arrays.copyOf(out, out.length + 8);
        }
        n = put(out, n, map.get(EOS));
        return new Result(Arrays.copyOf(out, n), missing);
    }

    /** The phonemes the ids stand for (pads, start and end left out): what a test reads back. */
    public String phonemes(long[] ids) {
        Map<Long, Integer> back = new TreeMap<>();
        map.forEach((cp, v) -> {
            if (v.length == 1) {
                back.putIfAbsent(v[0], cp);
            }
        });
        StringBuilder sb = new StringBuilder();
        for (long id : ids) {
            Integer cp = back.get(id);
            if (cp != null && cp != PAD && cp != BOS && cp != EOS) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static int put(long[] out, int n, long[] ids) {
        System.arraycopy(ids, 0, out, n, ids.length);
        return n + ids.length;
    }
}
