package org.accesspub.prepare.check;

import java.util.List;
import org.accesspub.braille.BrailleTables;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.fonts.FontChain;
import org.accesspub.model.Article;
import org.accesspub.prepare.PreparedDocument;

/**
 * The self-check, decided once on the prepared document for every output: what an editor should fix
 * before readers get the files ({@link Rule}). The character rules run for the outputs that need them:
 * fonts for the printed and e-book outputs, speech for audio and talking books, braille tables for
 * braille. Built once with {@link #builder()}; immutable.
 */
public final class Checker {
    private final FontChain fonts;
    private final SpeechOptions speech;
    private final BrailleTables braille;

    private Checker(Builder b) {
        this.fonts = b.fonts;
        this.speech = b.speech;
        this.braille = b.braille;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The findings about an article, in its language.
     *
     * @param source the article as read, before headings were renumbered (heading-order looks at it)
     */
    public Findings check(Article source, PreparedDocument document) {
        Say say = new Say(CheckTerms.forLanguage(document.language()));
        List<Spots.Spot> spots = Spots.of(document);
        new ArticleRules(document, spots, say).run(source);
        CharacterRules characters = new CharacterRules(document, spots, say);
        List<String> skipped = new java.util.ArrayList<>();
        if (fonts != null) {
            characters.glyphs(fonts);
        } else {
            skipped.add("skipped.glyphs");
        }
        if (speech != null) {
            characters.readings(speech);
        } else {
            skipped.add("skipped.speech");
        }
        if (braille != null) {
            characters.braille(braille);
        } else {
            skipped.add("skipped.braille");
        }
        return new Findings(say.findings(), skipped);
    }

    public static final class Builder {
        private FontChain fonts;
        private SpeechOptions speech;
        private BrailleTables braille;

        /** Check that these fonts draw every character (PDF, EPUB, DOCX); null skips it. */
        public Builder fonts(FontChain v) {
            fonts = v;
            return this;
        }

        /** Check that the speech of these options can say every character (audio, talking books); null skips it. */
        public Builder speech(SpeechOptions v) {
            speech = v;
            return this;
        }

        /** Check that these tables braille every character; null skips it. */
        public Builder braille(BrailleTables v) {
            braille = v;
            return this;
        }

        public Checker build() {
            return new Checker(this);
        }
    }
}
