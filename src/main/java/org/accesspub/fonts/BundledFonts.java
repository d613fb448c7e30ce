package org.accesspub.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OFL fonts inside the jar: Atkinson Hyperlegible Next (Latin, designed for low-vision
 * readers), Atkinson Hyperlegible Mono (code) and Noto Sans SC (Han and most else). Each is read from the jar once per process;
 * Noto Sans SC travels xz-packed and is unpacked once into the user cache ({@link PackedFonts}).
 */
public final class BundledFonts {
    public static final String ATKINSON = "Atkinson Hyperlegible Next";
    public static final String NOTO_SC = "Noto Sans SC";
    public static final String ATKINSON_MONO = "Atkinson Hyperlegible Mono";

    private static final ConcurrentHashMap<String, FontFace> CACHE = new ConcurrentHashMap<>();

    private BundledFonts() {
    }

    public static FontFace atkinson(boolean bold) {
        return load(ATKINSON, bold, bold ? "AtkinsonHyperlegibleNext-Bold.ttf" : "AtkinsonHyperlegibleNext-Regular.ttf");
    }

    /** The monospace face for code; it has Latin only, so Han characters in code fall back to Noto Sans SC. */
    public static FontFace atkinsonMono(boolean bold) {
        return load(ATKINSON_MONO, bold, bold ? "AtkinsonHyperlegibleMono-Bold.ttf" : "AtkinsonHyperlegibleMono-Regular.ttf");
    }

    public static final String NOTO_EMOJI = "Noto Emoji";

    /** Noto Emoji's monochrome outlines (one weight: bold text emboldens them), for emoji no other font has. */
    public static FontFace notoEmoji() {
        return load(NOTO_EMOJI, false, "NotoEmoji-Regular.ttf");
    }

    public static FontFace notoSansSc(boolean bold) {
        return load(NOTO_SC, bold, bold ? "NotoSansSC-Bold.ttf" : "NotoSansSC-Regular.ttf");
    }

    private static FontFace load(String family, boolean bold, String file) {
        return CACHE.computeIfAbsent(file, f -> {
            String resource = "/fonts/" + f;
            try {
                java.nio.ByteBuffer data = PackedFonts.read(resource);
                if (data == null) {
                    throw new IllegalStateException("bundled font missing from the jar: " + resource);
                }
                return new FontFace(family, bold, data, resource, PackedFonts.lighter(resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
