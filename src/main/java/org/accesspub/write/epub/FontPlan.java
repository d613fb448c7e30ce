package org.accesspub.write.epub;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.accesspub.fonts.BundledFonts;
import org.accesspub.fonts.FontChain;
import org.accesspub.fonts.FontFace;
import org.accesspub.fonts.SharedSubsets;

/**
 * Which font draws which character, decided once by the {@link FontChain} for every run of text
 * the book shows, and the subset of each face that carries exactly those characters. Because a
 * subset holds only the characters its face was chosen for, listing the families in chain order
 * in CSS makes a reading system's per-character fallback reproduce the chain's choice.
 */
final class FontPlan {

    /** One embedded subset: the face, the characters it serves and the subset's bytes. */
    record Subset(FontFace face, String characters, byte[] data, String href) {
    }

    private final List<Subset> subsets;
    private final List<String> families;
    private final String monoFamily;

    private FontPlan(List<Subset> subsets, List<String> families, String monoFamily) {
        this.subsets = subsets;
        this.families = families;
        this.monoFamily = monoFamily;
    }

    static FontPlan plan(FontChain chain, TextUse use, SharedSubsets shared) {
        // Identity: the user's face serves both weights and must be embedded once.
        Map<FontFace, Set<Integer>> served = new IdentityHashMap<>();
        for (TextUse.Segment s : use.segments()) {
            s.text().codePoints()
                    .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                    .forEach(cp -> {
                        FontFace face = s.mono() ? chain.monoFaceFor(cp, s.bold()) : chain.faceFor(cp, s.bold(), s.chinese());
                        if (face != null) {
                            served.computeIfAbsent(face, f -> new LinkedHashSet<>()).add(cp);
                        }
                    });
        }
        List<Subset> subsets = new ArrayList<>();
        Set<String> families = new LinkedHashSet<>();
        Set<String> hrefs = new LinkedHashSet<>();
        // Chain order, regular before bold, so the manifest and CSS come out the same every time.
        List<FontFace> order = new ArrayList<>(chain.faces(false));
        order.addAll(chain.faces(true));
        FontFace monoRegular = BundledFonts.atkinsonMono(false);
        FontFace monoBold = BundledFonts.atkinsonMono(true);
        boolean mono = served.containsKey(monoRegular) || served.containsKey(monoBold);
        order.add(monoRegular);
        order.add(monoBold);
        for (FontFace face : order) {
            Set<Integer> cps = served.remove(face);
            if (face != monoRegular && face != monoBold && (cps != null || !chain.isFallback(face))) {
                families.add(face.family()); // the mono face is named only for code
            }
            if (cps == null) {
                continue;
            }
            StringBuilder chars = new StringBuilder();
            cps.stream().sorted().forEach(chars::appendCodePoint);
            String href = uniqueHref(face, subsets.size() + 1, hrefs);
            subsets.add(new Subset(face, chars.toString(), shared.subset(face, chars.toString()), href));
        }
        return new FontPlan(List.copyOf(subsets), List.copyOf(families), mono ? monoRegular.family() : null);
    }

    List<Subset> subsets() {
        return subsets;
    }

    /** The monospace family code is set in, or null when the book has no code. */
    String monoFamily() {
        return monoFamily;
    }

    /** Font families in the order CSS must list them. */
    List<String> families() {
        return families;
    }

    private static String uniqueHref(FontFace face, int n, Set<String> taken) {
        String slug = face.family().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = "font-" + n;
        }
        String href = "fonts/" + slug + (face.bold() ? "-bold" : "-regular") + ".ttf";
        if (!taken.add(href)) {
            href = "fonts/font-" + n + ".ttf";
            taken.add(href);
        }
        return href;
    }
}
