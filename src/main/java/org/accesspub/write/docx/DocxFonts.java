package org.accesspub.write.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accesspub.Warnings;
import org.accesspub.fonts.BundledFonts;
import org.accesspub.fonts.FontChain;
import org.accesspub.fonts.FontFace;
import org.accesspub.fonts.SharedSubsets;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Which fonts the document names and which of them travel inside it. Word picks a run's font by
 * script: {@code w:ascii}/{@code w:hAnsi} for Latin, {@code w:eastAsia} for Han. The user's font takes
 * the scripts it covers; Atkinson Hyperlegible Next and Noto Sans SC take the rest.
 */
final class DocxFonts {
    private final FontFace latinRegular;
    private final FontFace latinBold;
    private final FontFace eastAsiaRegular;
    private final FontFace eastAsiaBold;

    private DocxFonts(FontFace latinRegular, FontFace latinBold, FontFace eastAsiaRegular, FontFace eastAsiaBold) {
        this.latinRegular = latinRegular;
        this.latinBold = latinBold;
        this.eastAsiaRegular = eastAsiaRegular;
        this.eastAsiaBold = eastAsiaBold;
    }

    static DocxFonts choose(FontChain chain) {
        FontFace user = chain.userFont();
        boolean userLatin = user != null && user.covers('a') && user.covers('Z');
        boolean userHan = user != null && user.covers('的') && user.covers('国');
        return new DocxFonts(
                userLatin ? user : BundledFonts.atkinson(false), userLatin ? user : BundledFonts.atkinson(true),
                userHan ? user : BundledFonts.notoSansSc(false), userHan ? user : BundledFonts.notoSansSc(true));
    }

    String latin() {
        return latinRegular.family();
    }

    /** The monospace family code is set in. */
    String mono() {
        return BundledFonts.ATKINSON_MONO;
    }

    String eastAsia() {
        return eastAsiaRegular.family();
    }

    /**
     * Subsets of the named fonts holding every glyph the document shows: each family gets all the text
     * it covers, whatever script a renderer files a character under (digits and quotes in Chinese text
     * go to either font). A font whose licence forbids embedding is named but not embedded.
     */
    List<FontEmbedder.Font> subsets(String regularText, String boldText, String monoText,
                                    Map<FontFace, String> fallbackText, SharedSubsets shared, Warnings warnings) {
        Map<String, FontEmbedder.Font> fonts = new LinkedHashMap<>();
        String monoLatin = monoText.codePoints().filter(cp -> BundledFonts.atkinsonMono(false).covers(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        for (FontFace[] pair : new FontFace[][] {{latinRegular, latinBold}, {eastAsiaRegular, eastAsiaBold}}) {
            FontFace regular = pair[0];
            FontFace bold = pair[1];
            if (fonts.containsKey(regular.family())) {
                continue;
            }
            if (!embeddable(regular)) {
                warnings.warn("font " + regular + " does not allow embedding; the DOCX names it but does not"
                        + " carry it, so it shows only where the font is installed");
                continue;
            }
            byte[] boldSubset = boldText.isEmpty() || bold == regular ? null : shared.subset(bold, boldText);
            // A single face serves bold too (Word emboldens it), so bold text must be in its subset.
            String regularCut = bold == regular ? regularText + boldText : regularText;
            fonts.put(regular.family(), new FontEmbedder.Font(regular.family(),
                    shared.subset(regular, regularCut), boldSubset, coversHan(regular)));
        }
        if (!monoLatin.isBlank()) {
            // Code: the mono face for what it covers; Han characters in code are in the East Asian font's subset.
            fonts.put(mono(), new FontEmbedder.Font(mono(), shared.subset(BundledFonts.atkinsonMono(false),
                    monoLatin), null, false));
        }
        // Emoji and rare Han characters: the fallback face named on their runs, cut to what they show (one face
        // serves both weights). Word has no per-character font fallback of its own to embed into.
        fallbackText.forEach((face, text) -> {
            if (!fonts.containsKey(face.family()) && embeddable(face)) {
                fonts.put(face.family(), new FontEmbedder.Font(face.family(), shared.subset(face, text), null,
                        coversHan(face)));
            }
        });
        return new ArrayList<>(fonts.values());
    }

    private static boolean coversHan(FontFace face) {
        return face.covers('的');
    }

    /** OS/2 fsType bit 1 (restricted licence) forbids embedding; bundled OFL fonts are installable. */
    private static boolean embeddable(FontFace face) {
        if (face.origin().startsWith("/fonts/")) {
            return true;
        }
        try (TrueTypeFont ttf = face.parse()) {
            OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
            return os2 == null || (os2.getFsType() & 0x000F) != 0x0002;
        } catch (IOException e) {
            return false;
        }
    }
}
