package org.accesspub.fonts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accesspub.Warning;
import org.accesspub.Warnings;

/**
 * The fonts a document is set in, tried in order for each character: the user's font (if any),
 * Atkinson Hyperlegible Next for Latin letters and digits, Noto Sans SC for Han and everything else
 * it covers, Noto Emoji for emoji, then the fallback fonts ({@code --fallback-font}, then those of the
 * machine: {@link FallbackFonts}) for rarer Han characters, then Atkinson for what is left. Code is set
 * in Atkinson Hyperlegible Mono, with the same chain for what that face lacks ({@link #monoFaceFor}).
 */
public final class FontChain {
    private final FontFace userRegular;
    private final FontFace userBold;
    private final List<FontFace> fallbacks;

    private FontChain(FontFace userRegular, FontFace userBold, List<FontFace> fallbacks) {
        this.userRegular = userRegular;
        this.userBold = userBold;
        this.fallbacks = List.copyOf(fallbacks);
    }

    /** The bundled fonts alone. */
    public static FontChain bundled() {
        return new FontChain(null, null, List.of());
    }

    /** The user's font in front of the bundled ones; it serves both weights (writers embolden as they can). */
    public static FontChain withUserFont(FontFace user) {
        return new FontChain(user, user, List.of());
    }

    /** This chain with fonts tried, in order, for what its own fonts lack, before the machine's. */
    public FontChain withFallbacks(List<FontFace> more) {
        return new FontChain(userRegular, userBold, more);
    }

    /** Every face this chain may use for the weight, in the order they are tried. */
    public List<FontFace> faces(boolean bold) {
        List<FontFace> faces = new ArrayList<>();
        FontFace user = bold ? userBold : userRegular;
        if (user != null) {
            faces.add(user);
        }
        faces.add(BundledFonts.atkinson(bold));
        faces.add(BundledFonts.notoSansSc(bold));
        faces.add(BundledFonts.notoEmoji());
        faces.addAll(fallbacks);
        faces.addAll(FallbackFonts.opened());
        return faces;
    }

    /** Whether a face is tried only for what the main fonts lack (emoji, fallbacks): named only where it is used. */
    public boolean isFallback(FontFace face) {
        return face == BundledFonts.notoEmoji() || fallbacks.contains(face) || FallbackFonts.opened().contains(face);
    }

    /** The user's font, or null. */
    public FontFace userFont() {
        return userRegular;
    }

    /**
     * The face to draw {@code codePoint} with, or null when no font has a glyph for it.
     *
     * @param chinese whether the surrounding text is Chinese: then quotes, dashes and ellipses take
     *                Noto Sans SC's full-width forms rather than Atkinson's Latin ones
     */
    public FontFace faceFor(int codePoint, boolean bold, boolean chinese) {
        FontFace user = bold ? userBold : userRegular;
        if (user != null && user.covers(codePoint)) {
            return user;
        }
        FontFace latin = BundledFonts.atkinson(bold);
        boolean latinFirst = isLatin(codePoint) || (!chinese && isGeneralPunctuation(codePoint));
        if (latinFirst && latin.covers(codePoint)) {
            return latin;
        }
        FontFace han = BundledFonts.notoSansSc(bold);
        if (han.covers(codePoint)) {
            return han;
        }
        if (latin.covers(codePoint)) {
            return latin;
        }
        FontFace emoji = BundledFonts.notoEmoji();
        if (emoji.covers(codePoint)) {
            return emoji;
        }
        for (FontFace f : fallbacks) {
            if (f.covers(codePoint)) {
                return f;
            }
        }
        if (invisible(codePoint) || Character.getType(codePoint) == Character.PRIVATE_USE) {
            return null; // a private-use character means something else in every machine font
        }
        for (FontFace f : FallbackFonts.machine()) {
            if (f.covers(codePoint)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Characters that draw nothing and need no glyph: joiners and variation selectors of emoji
     * sequences, other format controls.
     */
    public static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || Character.isWhitespace(cp) || Character.isISOControl(cp);
    }

    /** Opens a font named with {@code --fallback-font}: a TrueType-outline .ttf (or .ttc,N, as for --font). */
    public static FontFace fallback(String spec) {
        return UserFonts.load(spec);
    }

    /**
     * The face to draw {@code codePoint} with in code: Atkinson Hyperlegible Mono for what it has, so
     * that columns line up; anything else (Han characters, symbols) as in {@link #faceFor}.
     */
    public FontFace monoFaceFor(int codePoint, boolean bold) {
        FontFace mono = BundledFonts.atkinsonMono(bold);
        return mono.covers(codePoint) ? mono : faceFor(codePoint, bold, true);
    }

    /** Code points of {@code text} that no face of the chain covers, with how often each occurs. */
    public Map<Integer, Integer> uncovered(String text, boolean bold) {
        Map<Integer, Integer> missing = new TreeMap<>();
        text.codePoints()
                .filter(cp -> !invisible(cp))
                .filter(cp -> faceFor(cp, bold, true) == null)
                .forEach(cp -> missing.merge(cp, 1, Integer::sum));
        return missing;
    }

    /**
     * Reports once the characters no font covers, by code point and name, so they are never drawn
     * silently as blanks: {@code 2 characters have no glyph in any font: U+20BB7 𠮷 …}.
     */
    public void reportUncovered(String text, Warnings warnings) {
        Map<Integer, Integer> missing = uncovered(text, false);
        if (missing.isEmpty()) {
            return;
        }
        int total = missing.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder sb = new StringBuilder();
        missing.forEach((cp, n) -> {
            sb.append(" U+").append(String.format("%04X", cp)).append(' ').appendCodePoint(cp);
            String name = Character.getName(cp);
            if (name != null) {
                sb.append(" (").append(name).append(')');
            }
            if (n > 1) {
                sb.append(" ×").append(n);
            }
            sb.append(',');
        });
        sb.setLength(sb.length() - 1);
        String list = sb.toString().strip();
        warnings.warn(Warning.keyed(Warnings.GENERAL, "glyphs.missing", total + (total == 1 ? " character has"
                : " characters have") + " no glyph in any font: " + list + " — each is printed as a framed code in"
                + " the PDF; pass --fallback-font with a font that has them", total, list).alsoFinding("glyph-missing"));
    }

    private static boolean isLatin(int cp) {
        return cp < 0x2B0 || (cp >= 0x1E00 && cp <= 0x1EFF);
    }

    private static boolean isGeneralPunctuation(int cp) {
        return cp >= 0x2000 && cp <= 0x206F;
    }
}
