package org.accesspub.cli;

import static org.accesspub.testing.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.accesspub.testing.CommandLine;

class CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void inspectPrintsTheSeedArticleAsJson() {
        CommandLine.Result r = run("inspect", Samples.path(Samples.SEED).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"title\": \"无锡高新区（新吴区）召开传达学习贯彻全国两会精神会议\"",
                "\"date\": \"2024-03-18T08:57\"", "\"source\": \"新吴区人民政府\"", "\"language\": \"zh-CN\"");
        assertThat(r.out().split("\"type\": \"paragraph\"", -1)).hasSize(18);
    }

    @Test
    void inspectShowsListsTablesAndImagesOfMarkdown() {
        CommandLine.Result r = run("inspect", Samples.path(Samples.MARKDOWN).toString());
        assertThat(r.out()).contains("{\"type\": \"list\", \"ordered\": true, \"items\": [\"智能手机的基本操作",
                "{\"type\": \"table\", \"header\": true, \"align\": [\"default\", \"right\", \"right\"], \"rows\": [[\"月份\", \"报名人数\", \"结业人数\"]",
                "{\"type\": \"image\", \"alt\": \"柱状图", "{\"type\": \"heading\", \"level\": 2, \"text\": \"课程安排\"}");
    }

    @Test
    void inspectSpeechShowsHowNumbersWillBeRead() {
        CommandLine.Result r = run("inspect", "--speech", Samples.path(Samples.SEED).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("发布时间二零二四年三月十八日 八点五十七分，来源新吴区人民政府", "六加二加X", "[pause 0.8 s]")
                .doesNotContain("2024");
    }

    @Test
    void inspectSpeechPinyinOfTheSeedMatchesTheHandCheckedReference() throws Exception {
        CommandLine.Result r = run("inspect", "--speech", "--pinyin", Samples.path(Samples.SEED).toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo(Files.readString(Samples.fixture("speech/seed-pinyin.txt")));
        assertThat(r.out()).contains("qu1 zhang3 zhang1 jin1 wei3", "lao3 da4 nan2", "yong3 tiao3 da4 liang2",
                "yi3 yi2 yu4 zhi1 guang1", "yi4 lao3 yi4 xiao3", "jin4 yi2 bu4");
    }

    @Test
    void inspectPinyinTakesPinyinReadingsFromTheLexiconAndReportsUnreadableCharactersOnce() throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, "通知\n\n  𠮷野家区长说，𠮷野家开业了😀\uE000。\n");
        Path lexicon = tmp.resolve("lex.txt");
        Files.writeString(lexicon, "野家=ye2 jia5\n");
        CommandLine.Result r = run("inspect", "--speech", "--pinyin", "--lexicon", lexicon.toString(), article.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ji2 ye2 jia5 qu1 zhang3 shuo1， ji2 ye2 jia5 kai1 ye4 le5 hei1 hei1。");
        assertThat(r.err().lines().toList()).hasSize(1).allMatch(l -> l.startsWith("warning: "))
                .anyMatch(l -> l.contains("U+E000"));
        assertThat(run("inspect", "--pinyin", article.toString()).code()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsOneLineAndExitThree() {
        CommandLine.Result r = run("convert", tmp.resolve("nope.txt").toString(), "-o", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip()).startsWith("accesspub: no such file").doesNotContain("\n", "Exception");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsExitFour() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        CommandLine.Result r = run("convert", Samples.path(Samples.ENGLISH).toString(), "-f", "epub", "-o", file.resolve("out").toString());
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err().strip()).startsWith("accesspub: cannot write epub").doesNotContain("\n", "Exception");
    }

    @Test
    void convertWritesEveryFormatItIsAskedFor() throws Exception {
        CommandLine.Result r = run("convert", Samples.path(Samples.HTML).toString(), "-f", "pdf,epub,docx", "-o", tmp.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(tmp.resolve("council-notice.pdf")).isNotEmptyFile();
        assertThat(tmp.resolve("council-notice.epub")).isNotEmptyFile();
        assertThat(tmp.resolve("council-notice.docx")).isNotEmptyFile();
        assertThat(r.out()).contains("council-notice.pdf", "council-notice.epub", "council-notice.docx");
    }

    @Test
    void aMissingImageIsReportedOnceForEveryFormat() throws Exception {
        Path md = Files.writeString(tmp.resolve("pic.md"), "# Picture\n\n![A map of the park](no-such.png)\n");
        CommandLine.Result r = run("convert", md.toString(), "-f", "pdf,epub,docx", "-o", tmp.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.contains("no-such.png"))).hasSize(1);
    }

    @Test
    void imageLimitsAreOptionsAndALargerImageGivesWayToItsTextAlternative() throws Exception {
        java.awt.image.BufferedImage big = new java.awt.image.BufferedImage(1200, 1000, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(big, "png", tmp.resolve("big.png").toFile());
        Path md = Files.writeString(tmp.resolve("big.md"), "# Picture\n\n![A map of the park](big.png)\n");
        CommandLine.Result small = run("convert", md.toString(), "-f", "epub", "--max-image-pixels", "1", "-o", tmp.resolve("a").toString());
        assertThat(small.code()).as(small.err()).isZero();
        assertThat(small.err()).contains("big.png").contains("pixels");
        CommandLine.Result roomy = run("convert", md.toString(), "-f", "epub", "-o", tmp.resolve("b").toString());
        assertThat(roomy.code()).as(roomy.err()).isZero();
        assertThat(roomy.err()).doesNotContain("big.png");
        CommandLine.Result bad = run("convert", md.toString(), "--max-image-size", "0", "-o", tmp.resolve("c").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--max-image-size 0 is out of range");
    }

    @Test
    void aBinaryFileIsBadInput() {
        CommandLine.Result r = run("inspect", Samples.fixture("read/binary.txt").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("binary").doesNotContain("at org.");
    }

    @Test
    void unknownOptionsAndBadValuesAreUsageErrors() throws Exception {
        assertThat(run("convert", "--no-such-option", "x.txt").code()).isEqualTo(2);
        CommandLine.Result size = run("convert", Samples.path(Samples.SEED).toString(), "--size", "huge", "-o", tmp.toString());
        assertThat(size.code()).isEqualTo(2);
        assertThat(size.err()).contains("unknown size 'huge'").doesNotContain("Exception");
        assertThat(run("convert", Samples.path(Samples.SEED).toString(), "-f", "odt", "-o", tmp.toString()).code())
                .isEqualTo(2);
        try (var files = Files.list(tmp)) {
            assertThat(files).as("a usage error writes nothing").isEmpty();
        }
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void helpShowsExamplesAndVersionAnswers() {
        CommandLine.Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Examples:", "accesspub convert samples/seed-article-zh.txt", "Exit codes");
        assertThat(run("--version").out()).startsWith("accesspub");
        assertThat(run("convert", "--help").out()).contains("--size", "小一", "--theme");
    }

    @Test
    void aSmallSizeWarnsButWorks() throws Exception {
        CommandLine.Result r = run("convert", Samples.path(Samples.SEED).toString(), "--size", "8pt", "-f", "pdf",
                "-o", tmp.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("warning: size 8pt (8pt) is below large print");
    }

    @Test
    void noPartialFileIsLeftInTheOutputFolder() throws Exception {
        CommandLine.Result r = run("convert", Samples.path(Samples.SEED).toString(), "-o", tmp.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(5); // pdf, epub, docx, mp3, vtt
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
