package org.accesspub.write.epub;

import static org.accesspub.write.epub.EpubTesting.entries;
import static org.accesspub.write.epub.EpubTesting.sample;
import static org.accesspub.write.epub.EpubTesting.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accesspub.fonts.BundledFonts;
import org.accesspub.testing.Samples;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded fonts: subsets that draw every character the book shows, at a fraction of the source size. */
class EpubFontsTest {
    private static final Set<String> BOLD = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "th");

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.accesspub.write.epub.EpubTesting#samples")
    void everyCharacterShownIsInASubsetOfItsWeight(String name) throws Exception {
        Map<String, byte[]> e = entries(EpubTesting.write(EpubWriter.builder().build(),
                sample(name), dir, name));
        List<CmapLookup> regular = new ArrayList<>();
        List<CmapLookup> bold = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : e.entrySet()) {
            if (entry.getKey().startsWith("OEBPS/fonts/")) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(entry.getValue()));
                (entry.getKey().endsWith("-bold.ttf") ? bold : regular).add(ttf.getUnicodeCmapLookup());
            }
        }
        StringBuilder regularText = new StringBuilder();
        StringBuilder boldText = new StringBuilder();
        e.keySet().stream().filter(n -> n.matches("OEBPS/page-\\d+\\.xhtml")).forEach(n -> collect(
                Jsoup.parse(text(e, n), "", Parser.xmlParser()).selectFirst("body"), false, regularText, boldText));
        assertThat(regularText).isNotEmpty();
        assertThat(boldText).isNotEmpty();
        assertThat(uncovered(regularText, regular)).as("regular characters without a glyph").isEmpty();
        assertThat(uncovered(boldText, bold)).as("bold characters without a glyph").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SEED, Samples.MARKDOWN})
    void subsetsAreFarSmallerThanTheSourceFonts(String name) throws Exception {
        Map<String, byte[]> e = entries(EpubTesting.write(EpubWriter.builder().build(), sample(name), dir, name));
        byte[] notoRegular = e.get("OEBPS/fonts/noto-sans-sc-regular.ttf");
        byte[] notoBold = e.get("OEBPS/fonts/noto-sans-sc-bold.ttf");
        byte[] atkinson = e.get("OEBPS/fonts/atkinson-hyperlegible-next-regular.ttf");
        assertThat(notoRegular.length).isLessThan(BundledFonts.notoSansSc(false).data().length / 20);
        assertThat(notoBold.length).isLessThan(BundledFonts.notoSansSc(true).data().length / 20);
        assertThat(atkinson.length).isLessThan(BundledFonts.atkinson(false).data().length / 2);
        String css = text(e, "OEBPS/book.css");
        String opf = text(e, "OEBPS/content.opf");
        for (String font : e.keySet().stream().filter(n -> n.startsWith("OEBPS/fonts/")).toList()) {
            String href = font.substring("OEBPS/".length());
            assertThat(css).contains("src: url(\"" + href + "\") format(\"truetype\");");
            assertThat(opf).containsPattern("href=\"" + href + "\" media-type=\"font/ttf\"");
        }
    }

    private static void collect(Node node, boolean bold, StringBuilder regular, StringBuilder boldText) {
        if (node instanceof TextNode t) {
            (bold ? boldText : regular).append(t.getWholeText());
            return;
        }
        boolean b = bold || (node instanceof Element el && BOLD.contains(el.tagName()));
        for (Node child : node.childNodes()) {
            collect(child, b, regular, boldText);
        }
    }

    private static String uncovered(CharSequence text, List<CmapLookup> cmaps) {
        StringBuilder missing = new StringBuilder();
        text.codePoints().distinct().filter(cp -> !Character.isWhitespace(cp))
                .filter(cp -> cmaps.stream().noneMatch(c -> c.getGlyphId(cp) > 0))
                .forEach(missing::appendCodePoint);
        return missing.toString();
    }
}
