package org.accesspub.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.BundledData;
import org.accesspub.UserCache;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class PackedFontsTest {
    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    private static TrueTypeFont parse(byte[] data) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    @Test
    void thePackedRegularFaceIsTheFontShippedInFontsByteForByte() throws Exception {
        assertThat(bytes(PackedFonts.read("/fonts/NotoSansSC-Regular.ttf")))
                .isEqualTo(Files.readAllBytes(Path.of("fonts", "NotoSansSC-Regular.ttf")));
    }

    @Test
    void thePackedBoldFaceDrawsCommonCharactersBoldAndRareOnesWithTheRegularGlyph() throws Exception {
        try (TrueTypeFont packed = parse(bytes(PackedFonts.read("/fonts/NotoSansSC-Bold.ttf")));
             TrueTypeFont bold = parse(Files.readAllBytes(Path.of("fonts", "NotoSansSC-Bold.ttf")));
             TrueTypeFont regular = parse(Files.readAllBytes(Path.of("fonts", "NotoSansSC-Regular.ttf")))) {
            assertThat(packed.getNumberOfGlyphs()).isEqualTo(bold.getNumberOfGlyphs());
            assertThat(packed.getOS2Windows().getWeightClass()).isEqualTo(700);
            // common simplified, common traditional, Latin, kana, punctuation: the bold designs
            for (int cp : "国會體的Aあ，".codePoints().toArray()) {
                assertThat(outline(packed, cp)).as("U+%04X", cp).isEqualTo(outline(bold, cp))
                        .isNotEqualTo(outline(regular, cp));
            }
            // rare: Extension A (Cantonese 㗎), a rare unified ideograph (䶮 U+4DAE is Ext A; 龘 U+9F98), compatibility
            for (int cp : new int[] {0x35CE, 0x4DAE, 0x9F98}) {
                assertThat(outline(packed, cp)).as("U+%04X", cp).isEqualTo(outline(regular, cp));
                assertThat(packed.getAdvanceWidth(gid(packed, cp))).isEqualTo(regular.getAdvanceWidth(gid(regular, cp)));
            }
        }
    }

    @Test
    void theBoldFaceKnowsWhichCharactersItDrawsWithTheRegularDesign() {
        FontFace bold = BundledFonts.notoSansSc(true);
        assertThat(bold.lighterAt(0x9F98)).as("龘").isTrue();
        assertThat(bold.lighterAt(0x35CE)).as("㗎").isTrue();
        assertThat(bold.lighterAt('国')).isFalse();
        assertThat(bold.lighterAt('會')).isFalse();
        assertThat(bold.lighterAt('A')).isFalse();
        assertThat(BundledFonts.notoSansSc(false).lighterAt(0x9F98)).isFalse();
    }

    private static int gid(TrueTypeFont font, int cp) throws IOException {
        return font.getUnicodeCmapLookup().getGlyphId(cp);
    }

    /** The glyph's outline, segment by segment. */
    private static String outline(TrueTypeFont font, int cp) throws IOException {
        GlyphData g = font.getGlyph().getGlyph(gid(font, cp));
        assertThat(g).as("a glyph for U+%04X", cp).isNotNull();
        StringBuilder s = new StringBuilder();
        double[] c = new double[6];
        for (java.awt.geom.PathIterator it = g.getPath().getPathIterator(null); !it.isDone(); it.next()) {
            s.append(it.currentSegment(c)).append(java.util.Arrays.toString(c));
        }
        return s.toString();
    }

    @Test
    void theJarCarriesItPackedOnlyAndItIsUnpackedOnceIntoTheUsersCache() throws Exception {
        assertThat(PackedFonts.class.getResource("/fonts/NotoSansSC-Regular.ttf")).isNull();
        assertThat(BundledData.pack(PackedFonts.PACK)).isNotNull();
        PackedFonts.read("/fonts/NotoSansSC-Regular.ttf");
        Path dir = BundledData.unpacked(PackedFonts.PACK);
        assertThat(dir.getParent()).isEqualTo(UserCache.root());
        assertThat(dir.resolve("NotoSansSC-Regular.ttf")).isRegularFile();
        assertThat(dir.resolve("NotoSansSC-Bold.ttf")).isRegularFile();
        assertThat(UserCache.root().toString()).contains("test-cache"); // never the user's own cache
    }

    @Test
    void aFontTheJarDoesNotCarryIsNull() throws Exception {
        assertThat(PackedFonts.read("/fonts/NoSuchFont.ttf")).isNull();
    }
}
