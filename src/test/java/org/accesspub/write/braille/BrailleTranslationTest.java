package org.accesspub.write.braille;

import org.accesspub.braille.BrailleTable;
import org.accesspub.braille.BrailleTables;
import org.accesspub.braille.Louis;
import org.accesspub.braille.Braille;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.accesspub.lang.Languages;
import org.accesspub.model.Article;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;

/** The braille says what the print says: read back by liblouis for English, syllable by syllable for Chinese. */
class BrailleTranslationTest {
    // 现行盲文 and 国家通用盲文: initials and finals are distinct cells; tones are dots 1, 2, 3, 2-3.
    private static final String INITIALS = "⠃⠏⠍⠋⠙⠞⠝⠇⠛⠅⠓⠌⠟⠱⠚⠵⠉⠎";
    private static final String FINALS = "⠔⠢⠊⠥⠬⠗⠪⠖⠮⠷⠫⠜⠑⠳⠧⠦⠴⠼⠩⠭⠣⠡⠲⠹⠿⠽⠻⠶⠺⠒⠕⠯⠾⠸";
    private static final String TONES = "⠁⠂⠄⠆";
    // 國語點字: every syllable ends with its tone, ⠄ ⠂ ⠈ ⠐, or ⠁ (light tone), which also begins ㄓ.
    private static final String TAIWAN_TONES = "⠄⠂⠈⠐";

    @Test
    void aHanCharacterTheTableLacksIsSpelledFromItsReading() {
        // liblouis's zh-tw table has no 他; Chinese braille writes syllables, so it is written as tā, like 她
        assertThat(Louis.knows(BrailleTable.ZH_TW, '他')).isFalse();
        UnknownCharacters unknown = new UnknownCharacters();
        BrailleText tw = new BrailleText(BrailleTables.of(List.of(BrailleTable.ZH_TW)), "zh-TW", unknown);
        String ta = tw.translate("他").cells();
        assertThat(ta).isEqualTo(tw.translate("她").cells()).matches("[\u2801-\u283F]+");
        assertThat(tw.translate("他們說").cells()).startsWith(ta).doesNotContain("U+");
        assertThat(unknown.isEmpty()).as("nothing to report").isTrue();
    }

    @Test
    void englishReadsBackWordForWordFromTheEmbossedPages() {
        BrailleOutputs.Output out = BrailleOutputs.of(Samples.ENGLISH);
        String back = Louis.backTranslate(BrailleTable.UEB_G2, BrailleOutputs.pefText(out.pef()))
                .toLowerCase(Locale.ROOT).replaceAll("(\\p{L})- ", "$1");
        Set<String> backWords = words(back).collect(Collectors.toSet());
        List<String> printWords = words(out.article().allText().toLowerCase(Locale.ROOT)).toList();
        List<String> lost = printWords.stream().filter(w -> !backWords.contains(w)).toList();
        assertThat(printWords).hasSizeGreaterThan(200);
        assertThat(lost).as("words that did not survive").isEmpty();
    }

    @Test
    void gradeOneEnglishReadsBackLetterForLetter() {
        String print = "Extraordinary circumstances notwithstanding, the councillors met on 18 March.";
        BrailleText text = new BrailleText(BrailleTables.of(List.of(BrailleTable.UEB_G1)), "en", new UnknownCharacters());
        Braille b = text.translate(print);
        assertThat(Louis.backTranslate(BrailleTable.UEB_G1, b.cells())).isEqualTo(print);
        assertThat(b.breaks().cardinality()).as("hyphenation points").isGreaterThan(5);
    }

    @Test
    void everyHanCharacterOfTheSeedIsOneSyllableAndWordsAreWrittenApartInCurrentBraille() {
        checkSyllables(Samples.read(Samples.SEED), BrailleTable.ZHCN_G1, BrailleTranslationTest::mainlandSyllables);
    }

    @Test
    void nationalCommonBrailleWritesTheSeedWordByWord() {
        Article seed = Samples.read(Samples.SEED);
        BrailleText text = new BrailleText(BrailleTables.defaults(), seed.language(), new UnknownCharacters());
        int han = 0;
        int syllables = 0;
        for (String chunk : hanChunks(seed)) {
            List<String> words = List.of(BrailleText.spaceWords(chunk).split(" "));
            List<Braille> cells = text.translate(chunk).words();
            assertThat(cells).as("braille words of %s", words).hasSameSizeAs(words);
            han += chunk.length();
            syllables += cells.stream().mapToInt(w -> mainlandSyllables(w.cells())).sum();
        }
        assertThat(han).isGreaterThan(1500);
        // 国家通用盲文 leaves out some tones, so a few syllables (shi + wei) read as one to a parser without them.
        assertThat(syllables).isBetween(han * 99 / 100, han);
    }

    @Test
    void everyHanCharacterOfTheTraditionalTextIsOneTaiwanSyllable() {
        Article tw = Samples.readFixture(BrailleOutputs.TRADITIONAL);
        assertThat(tw.language()).isEqualTo("zh-TW");
        checkSyllables(tw, BrailleTable.ZH_TW, BrailleTranslationTest::taiwanSyllables);
    }

    @Test
    void theSeedPagesHoldItsWordsApart() {
        String pages = BrailleOutputs.pefText(BrailleOutputs.of(Samples.SEED).pef());
        BrailleText text = new BrailleText(BrailleTables.defaults(), "zh-CN", new UnknownCharacters());
        // 无锡 高新区 … as the title and first paragraph spell them
        for (String phrase : List.of("传达 学习 贯彻", "全国 两会 精神")) {
            assertThat(pages).contains(text.translate(phrase).cells());
        }
    }

    private static void checkSyllables(Article article, BrailleTable table, java.util.function.ToIntFunction<String> parser) {
        BrailleText text = new BrailleText(BrailleTables.of(List.of(table)), article.language(), new UnknownCharacters());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String chunk : hanChunks(article)) {
            List<String> words = List.of(BrailleText.spaceWords(chunk).split(" "));
            List<Braille> cells = text.translate(chunk).words();
            assertThat(cells).as("one braille word for each word of %s", words).hasSameSizeAs(words);
            for (int i = 0; i < words.size(); i++) {
                checked++;
                if (parser.applyAsInt(cells.get(i).cells()) != words.get(i).length()) {
                    wrong.add(words.get(i) + " " + cells.get(i).cells());
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(wrong).isEmpty();
    }

    /** The runs of Han characters of the article: what the writer segments and translates. */
    private static List<String> hanChunks(Article article) {
        StringBuilder han = new StringBuilder();
        article.allText().codePoints().forEach(cp -> han.appendCodePoint(Languages.isHan(cp) ? cp : ' '));
        return Arrays.stream(han.toString().trim().split(" +")).toList();
    }

    static int mainlandSyllables(String cells) {
        int n = 0;
        char previous = 0;
        for (char c : cells.toCharArray()) {
            if (INITIALS.indexOf(c) >= 0 || (FINALS.indexOf(c) >= 0 && INITIALS.indexOf(previous) < 0)) {
                n++;
            } else if (FINALS.indexOf(c) < 0 && TONES.indexOf(c) < 0) {
                return -1; // not a Han syllable
            }
            previous = c;
        }
        return n;
    }

    static int taiwanSyllables(String cells) {
        int n = 0;
        boolean inSyllable = false;
        for (char c : cells.toCharArray()) {
            if (TAIWAN_TONES.indexOf(c) >= 0 || (c == '⠁' && inSyllable)) {
                n++;
                inSyllable = false;
            } else {
                inSyllable = true;
            }
        }
        return inSyllable ? -1 : n;
    }

    private static java.util.stream.Stream<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> w.length() >= 2);
    }
}
