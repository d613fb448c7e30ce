package org.accesspub.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.accesspub.testing.HostileImages;
import org.accesspub.testing.Samples;
import org.accesspub.write.Leftovers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.accesspub.testing.CommandLine;

/** The reproductions of issue 28 ("hostile and unlucky input, round 2") that a single conversion answers. */
class HostileInputRound2Test {
    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("out");
    }

    private static CommandLine.Result run(String... args) {
        return CommandLine.run(args);
    }

    private List<String> written() throws Exception {
        if (!Files.exists(out())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void oneLine(CommandLine.Result r) {
        assertThat(r.err().strip().lines().filter(l -> l.startsWith("accesspub: ")).count()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("\tat ", "Exception in thread");
    }

    private static String entry(Path zip, String suffix) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            var e = z.stream().filter(x -> x.getName().endsWith(suffix)).findFirst().orElseThrow();
            return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> entries(Path zip) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return z.stream().map(java.util.zip.ZipEntry::getName).toList();
        }
    }

    // 1. Speech whatever the punctuation

    private Path unpunctuated(int words) throws Exception {
        String[] w = {"council", "library", "plan", "monday", "agreed", "new", "budget", "city", "people", "park"};
        StringBuilder sb = new StringBuilder("Keywords\n\n");
        for (int i = 0; i < words; i++) {
            sb.append(w[(i * 7 + i / 3) % w.length]).append(' ');
        }
        sb.append("lastword\n");
        return Files.writeString(tmp.resolve("keywords.txt"), sb.toString());
    }

    @Test
    void unpunctuatedEnglishIsSpokenInPiecesAndTheTranscriptShowsItInShortCues() throws Exception {
        Path in = unpunctuated(1200);
        for (String engine : List.of("freetts", "espeak")) {
            CommandLine.Result r = assertTimeoutPreemptively(Duration.ofMinutes(3),
                    () -> run("convert", in.toString(), "-f", "audio", "--engine", engine, "-o", out().toString()));
            assertThat(r.code()).as(engine + ": " + r.err()).isZero();
            String vtt = Files.readString(out().resolve("keywords.vtt"));
            List<org.accesspub.write.audio.AudioFiles.Cue> sentences = org.accesspub.write.audio.AudioFiles.readVttSentences(vtt);
            assertThat(sentences).as(engine).hasSize(2); // the title, the one long sentence in cues that follow on
            assertThat(sentences.get(1).text()).endsWith("lastword");
            assertThat(org.accesspub.write.audio.AudioFiles.readVtt(vtt)).as(engine).hasSizeGreaterThan(100)
                    .allSatisfy(c -> assertThat(c.endMs() - c.startMs()).isLessThanOrEqualTo(7000));
            assertThat(Files.size(out().resolve("keywords.mp3"))).as(engine).isGreaterThan(1_000_000); // minutes
        }
    }

    @Test
    void unpunctuatedChineseIsSpokenInPiecesAndTheTranscriptShowsItInShortCues() throws Exception {
        String s = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈";
        StringBuilder text = new StringBuilder("古文\n\n");
        for (int i = 0; i < 1500; i++) {
            text.append(s.charAt((i * 7) % s.length()));
        }
        Path in = Files.writeString(tmp.resolve("guwen.txt"), text.append("终\n").toString());
        CommandLine.Result r = assertTimeoutPreemptively(Duration.ofMinutes(3),
                () -> run("convert", in.toString(), "-f", "audio", "-o", out().toString()));
        assertThat(r.code()).as(r.err()).isZero();
        String vtt = Files.readString(out().resolve("guwen.vtt"));
        List<org.accesspub.write.audio.AudioFiles.Cue> sentences = org.accesspub.write.audio.AudioFiles.readVttSentences(vtt);
        assertThat(sentences).hasSize(2); // the title, the one long sentence in short cues that follow on
        assertThat(sentences.get(1).text()).endsWith("终");
        assertThat(org.accesspub.write.audio.AudioFiles.readVtt(vtt)).hasSizeGreaterThan(30)
                .allSatisfy(c -> assertThat(c.endMs() - c.startMs()).isLessThanOrEqualTo(7000));
        assertThat(Files.size(out().resolve("guwen.mp3"))).isGreaterThan(1_000_000); // minutes of speech
    }

    @Test
    void theTranscriptAndTheTagsHoldNoControlCharacters() throws Exception {
        Path in = Files.writeString(tmp.resolve("controls.txt"),
                "Bell\u0007 and escape\u001b[31m title\n\nHello \u001b[2J world, and a bell\u0007 here.\n");
        CommandLine.Result r = run("convert", in.toString(), "-f", "audio", "--engine", "freetts", "-o", out().toString());
        assertThat(r.code()).as(r.err()).isZero();
        String vtt = Files.readString(out().resolve("controls.vtt"));
        assertThat(vtt).contains("Hello world, and a bell here."); // a terminal's escape sequence is no text either
        assertThat(vtt.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
        var tag = org.accesspub.write.audio.AudioFiles.readId3(Files.readAllBytes(out().resolve("controls.mp3")));
        assertThat(tag.texts().get("TIT2")).isEqualTo("Bell and escape title");
        tag.texts().values().forEach(t -> assertThat(t.chars().filter(c -> c < 0x20)).as(t).isEmpty());
    }

    // 2. Images

    private Path articleWith(String... images) throws Exception {
        StringBuilder md = new StringBuilder("# Pictures\n\nSome text.\n\n");
        for (String image : images) {
            md.append("![A picture called ").append(image).append("](").append(image).append(")\n\n");
        }
        return Files.writeString(tmp.resolve("pictures.md"), md.toString());
    }

    @Test
    void aGifWithAHugeCanvasIsNotCopiedIntoTheEpubOrDocx() throws Exception {
        Files.write(tmp.resolve("canvas.gif"), HostileImages.hugeCanvasGif());
        CommandLine.Result r = run("convert", articleWith("canvas.gif").toString(), "-f", "epub,docx",
                "-o", out().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("canvas of 65535×65535");
        assertThat(entries(out().resolve("pictures.epub"))).noneMatch(n -> n.endsWith(".gif"));
        assertThat(entries(out().resolve("pictures.docx"))).noneMatch(n -> n.contains("media/"));
    }

    @Test
    void aFlashingGifIsAStillImageUnlessKeptAndThenTheBookDeclaresTheHazard() throws Exception {
        Files.write(tmp.resolve("flash.gif"), HostileImages.animatedGif(80, 60, 20, 4));
        Path md = articleWith("flash.gif");
        CommandLine.Result still = run("convert", md.toString(), "-f", "epub", "-o", out().toString());
        assertThat(still.code()).as(still.err()).isZero();
        assertThat(still.err()).contains("first frame");
        Path epub = out().resolve("pictures.epub");
        assertThat(entries(epub)).anyMatch(n -> n.endsWith(".png")).noneMatch(n -> n.endsWith(".gif"));
        assertThat(entry(epub, ".opf")).contains("<meta property=\"schema:accessibilityHazard\">none</meta>");

        CommandLine.Result kept = run("convert", md.toString(), "-f", "epub", "--keep-animation",
                "-o", out().toString());
        assertThat(kept.code()).as(kept.err()).isZero();
        assertThat(kept.err()).contains("flashes more than three times a second");
        assertThat(entries(epub)).anyMatch(n -> n.endsWith(".gif"));
        assertThat(entry(epub, ".opf")).contains("<meta property=\"schema:accessibilityHazard\">flashing</meta>")
                .doesNotContain(">none</meta>");
    }

    @Test
    void largeSixteenBitImagesAreScaledBeforeThePdfHoldsThem() throws Exception {
        byte[] big = HostileImages.png16Rgba(6000, 6600);
        for (int i = 1; i <= 3; i++) {
            Files.write(tmp.resolve("big" + i + ".png"), big);
        }
        CommandLine.Result r = run("convert", articleWith("big1.png", "big2.png", "big3.png").toString(),
                "-f", "pdf", "-o", out().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.size(out().resolve("pictures.pdf"))).isLessThan(20L << 20);
    }

    // 3. Every character through every writer

    @Test
    void aNoncharacterAndControlsGetThroughEveryWriter() throws Exception {
        Path in = Files.writeString(tmp.resolve("odd.txt"),
                "Odd characters\n\nHello \uFFFF world \uFDD0 and \u0378 unassigned, with a bell \u0007 here.\n");
        CommandLine.Result r = run("convert", in.toString(), "-f", "braille,epub,pdf,docx", "-o", out().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("replaced by U+FFFD");
        assertThat(written()).containsExactly("odd.brf", "odd.docx", "odd.epub", "odd.pdf", "odd.pef");
        assertThat(entry(out().resolve("odd.epub"), "page-1.xhtml")).doesNotContain("\uFFFF", "\u0007");
    }

    @Test
    void aNulCharacterReferenceBecomesTheReplacementCharacter() throws Exception {
        Path in = Files.writeString(tmp.resolve("nul.html"),
                "<html><head><title>Nul</title></head><body><main><h1>Nul</h1><p>a&#0;b and &#27;[31m</p></main></body></html>");
        CommandLine.Result r = run("convert", in.toString(), "-f", "epub", "-o", out().toString());
        assertThat(r.code()).as(r.err()).isZero();
        String page = entry(out().resolve("nul.epub"), "page-1.xhtml");
        assertThat(page).contains("a\uFFFDb").doesNotContain("\u0000", "\u001b");
    }

    // 4. Leftovers

    @Test
    void anOutputNameTakenByAFolderFailsWithoutLeavingHiddenFiles() throws Exception {
        Files.createDirectories(out().resolve("news-en.epub"));
        for (int i = 0; i < 2; i++) {
            CommandLine.Result r = run("convert", Samples.path(Samples.ENGLISH).toString(), "-f", "epub,docx",
                    "-o", out().toString());
            assertThat(r.code()).isEqualTo(4);
            assertThat(r.err()).contains("is a folder");
            oneLine(r);
        }
        assertThat(written()).containsExactly("news-en.epub");
    }

    @Test
    void whatAKilledRunLeftIsRemovedByTheNextRun() throws Exception {
        Files.createDirectories(out());
        Process gone = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        gone.waitFor();
        String ourHost = Leftovers.mark().substring(1, 9);
        Path dead = out().resolve(".news-en.pdf.~" + ourHost + "-" + gone.pid() + ".123.part");
        Path deadOld = out().resolve(".news-en.~" + ourHost + "-" + gone.pid() + ".456.old");
        Path older = out().resolve(".news-en.epub.789.part");
        Path fresh = out().resolve(".news-en.epub.790.part"); // maybe another build's run still going
        Path mine = out().resolve(".notes.old"); // not ours
        for (Path p : List.of(dead, deadOld, older, fresh, mine)) {
            Files.writeString(p, "x");
        }
        Files.setLastModifiedTime(older, FileTime.from(Instant.now().minus(Duration.ofDays(3))));
        CommandLine.Result r = run("convert", Samples.path(Samples.ENGLISH).toString(), "-f", "epub",
                "-o", out().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dead).doesNotExist();
        assertThat(deadOld).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(fresh).exists();
        assertThat(mine).exists();
    }

    // 5. Fonts

    private Path patchedFont(String name, String table, java.util.function.BiConsumer<ByteBuffer, int[]> patch)
            throws Exception {
        byte[] font = Files.readAllBytes(Path.of("fonts/AtkinsonHyperlegibleNext-Regular.ttf"));
        ByteBuffer b = ByteBuffer.wrap(font);
        int tables = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            String tag = new String(font, at, 4, StandardCharsets.US_ASCII);
            if (tag.equals(table)) {
                patch.accept(b, new int[] {at, b.getInt(at + 8), b.getInt(at + 12)});
            }
        }
        return Files.write(tmp.resolve(name), font);
    }

    @Test
    void aFontNumberTooLargeIsAUsageErrorNamingIt() {
        CommandLine.Result r = run("convert", Samples.path(Samples.ENGLISH).toString(), "-f", "pdf",
                "--font", "fonts/AtkinsonHyperlegibleNext-Regular.ttf,99999999999", "-o", out().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("99999999999");
        oneLine(r);
    }

    @Test
    void aFontWithAGarbageGlyfTableOrNoOs2IsBadInputNamingIt() throws Exception {
        Path garbage = patchedFont("garbage.ttf", "glyf", (b, r) -> {
            for (int i = 0; i < r[2]; i++) {
                b.put(r[1] + i, (byte) 0xFF);
            }
        });
        Path noOs2 = patchedFont("noos2.ttf", "OS/2", (b, r) -> b.put(r[0] + 3, (byte) '3'));
        for (Path font : List.of(garbage, noOs2)) {
            CommandLine.Result r = run("convert", Samples.path(Samples.ENGLISH).toString(), "-f", "pdf,epub,docx",
                    "--font", font.toString(), "-o", out().toString());
            assertThat(r.code()).as(r.err()).isEqualTo(3);
            assertThat(r.err()).contains(font.getFileName().toString());
            oneLine(r);
        }
        assertThat(written()).isEmpty();
    }

    // 8. The terminal

    @Test
    void controlCharactersInAFileNameReachTheTerminalEscaped() throws Exception {
        Path in = tmp.resolve("evil\u001b[2J\u0007.txt");
        Files.copy(Samples.path(Samples.ENGLISH), in);
        CommandLine.Result r = run("convert", in.toString(), "-f", "epub", "-o", out().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("evil\\x1B[2J\\x07.epub").doesNotContain("\u001b", "\u0007");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aWarningAboutAnArticleWithControlCharactersInItsNameReachesTheTerminalEscaped() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(folder.resolve("bad\u001b[31m\u0007.md"), "# A\n\n![A picture](missing.png)\n");
        Files.writeString(folder.resolve("good.md"), "# B\n\nText.\n");
        CommandLine.Result r = run("convert", folder.toString(), "-f", "epub", "-o", out().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("bad\\x1B[31m\\x07.md: image missing.png not found")
                .doesNotContain("\u001b", "\u0007");
        assertThat(r.out()).contains("bad\\x1B[31m\\x07.epub").doesNotContain("\u001b", "\u0007");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anEspeakLibraryThatIsNotESpeakIsAUsageError() throws Exception {
        Path libc = Stream.of("/lib/x86_64-linux-gnu/libc.so.6", "/lib/aarch64-linux-gnu/libc.so.6", "/lib64/libc.so.6")
                .map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(libc != null);
        // its own JVM: one process loads one eSpeak NG, and another test may have loaded the bundled one here
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.accesspub.cli.Main", "convert",
                Samples.path(Samples.SEED).toString(), "-f", "audio", "--engine", "espeak", "--espeak-lib",
                libc.toString(), "-o", out().toString()).redirectErrorStream(true).start();
        String err = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(err).isEqualTo(2);
        assertThat(err).contains("not an eSpeak NG library");
        oneLine(new CommandLine.Result(2, "", err));
        assertThat(written()).isEmpty();
    }
}
