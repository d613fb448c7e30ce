package org.accesspub.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.accesspub.fonts.BundledFonts;
import org.accesspub.fonts.FontFace;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Inline;
import org.accesspub.model.Metadata;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class SharedFontSubsetsTest {
    private static final FontFace NOTO = BundledFonts.notoSansSc(false);

    private static PreparedDocument document() {
        return Preparer.builder().build().prepare(new Article(Metadata.of("区长讲话", "zh-CN"), List.of(
                new Block.Paragraph(List.of(new Inline.Text("会议传达了精神。"))),
                new Block.Image("missing.png", "鸟瞰图", "图注：湖"),
                new Block.Table(List.of(List.of(new Inline.Text("项目"))),
                        List.of(List.of(List.of(new Inline.Text("预算")))), List.of()))));
    }

    private static boolean hasGlyph(byte[] font, int codePoint) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            return ttf.getUnicodeCmapLookup(false).getGlyphId(codePoint) > 0;
        }
    }

    @Test
    void everyWriterOfADocumentGetsTheSameSubsetOfItsBodyFaceCutOnce() {
        PreparedDocument d = document();
        String all = DocumentCharacters.of(d.article(), d.info(), d.terms());
        byte[] pdf = d.fontSubsets().subset(NOTO, all.substring(0, all.length() - 8));
        byte[] epub = d.fontSubsets().subset(NOTO, all);
        assertThat(epub).isSameAs(pdf);
    }

    @Test
    void aSmallPartOfTheDocumentSuchAsTheBoldOfItsHeadingsGetsASmallSubsetOfItsOwn() throws IOException {
        PreparedDocument d = document();
        byte[] bold = d.fontSubsets().subset(NOTO, "区长讲话");
        byte[] body = d.fontSubsets().subset(NOTO, DocumentCharacters.of(d.article(), d.info(), d.terms()));
        assertThat(bold.length).isLessThan(body.length);
        assertThat(hasGlyph(bold, '区')).isTrue();
        assertThat(hasGlyph(bold, '湖')).isFalse();
    }

    @Test
    void theSharedSubsetHoldsTheTextOfEveryBlockAltTextCaptionTableAndTheToolsOwnWords() throws IOException {
        PreparedDocument d = document();
        byte[] subset = d.fontSubsets().subset(NOTO, DocumentCharacters.of(d.article(), d.info(), d.terms()));
        for (int cp : "区长讲话鸟瞰图注湖项目预算".codePoints().toArray()) {
            assertThat(hasGlyph(subset, cp)).as(new String(Character.toChars(cp))).isTrue();
        }
        String tocWord = Terms.forLanguage("zh-CN").get(Term.CONTENTS) + Terms.forLanguage("zh-CN").get(Term.PAGE_OF, 3, 9);
        assertThat(tocWord.codePoints().allMatch(cp -> {
            try {
                return hasGlyph(subset, cp) || !NOTO.covers(cp);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        })).isTrue();
    }

    @Test
    void aCharacterOutsideTheDocumentGetsASubsetOfItsOwnThatHasIt() throws IOException {
        PreparedDocument d = document();
        String all = DocumentCharacters.of(d.article(), d.info(), d.terms());
        byte[] shared = d.fontSubsets().subset(NOTO, all);
        byte[] own = d.fontSubsets().subset(NOTO, all + "龘");
        assertThat(own).isNotSameAs(shared);
        assertThat(hasGlyph(own, '龘')).isTrue();
        assertThat(hasGlyph(shared, '龘')).isFalse();
    }
}
