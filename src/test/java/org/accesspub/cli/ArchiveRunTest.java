package org.accesspub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.accesspub.batch.Shard;
import org.accesspub.testing.Samples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive run of issue 26 in small: the samples repeated under distinct ids in a manifest, converted in
 * three shards to EPUB and DOCX (the fast formats), stopped and resumed, run twice at once. The 200-article
 * run is scripts/shard-sim.sh.
 */
class ArchiveRunTest {
    private static final int SHARDS = 3;
    @TempDir
    Path tmp;
    Path manifest;
    Path out;
    final List<String> ids = new ArrayList<>();

    @BeforeEach
    void aManifestOfTheSamplesRepeatedUnderDistinctIds() throws Exception {
        Path archive = Files.createDirectories(tmp.resolve("archive"));
        for (String s : Samples.ALL) {
            Files.copy(Samples.path(s), archive.resolve(s));
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            String id = String.format("article-%03d", i);
            ids.add(id);
            lines.append("{\"id\": \"").append(id).append("\", \"source\": \"archive/")
                    .append(Samples.ALL.get(i % Samples.ALL.size())).append("\"}\n");
        }
        manifest = tmp.resolve("inputs.jsonl");
        Files.writeString(manifest, lines);
        out = tmp.resolve("out");
    }

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
        return new Run(code, o.toString(), e.toString());
    }

    private Run shard(int k, String... more) {
        List<String> args = new ArrayList<>(List.of("convert", "--manifest", manifest.toString(), "--shard",
                k + "/" + SHARDS, "-f", "epub,docx", "--jobs", "2", "-o", out.toString()));
        args.addAll(List.of(more));
        return cli(args.toArray(String[]::new));
    }

    private List<JsonObject> ledger(int k) throws Exception {
        Path file = out.resolve("ledger").resolve(k + "-of-" + SHARDS + ".jsonl");
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }

    private List<JsonObject> ledger0() throws Exception {
        Path file = out.resolve("ledger").resolve("0-of-1.jsonl");
        return Files.readAllLines(file).stream().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }

    private static List<String> with(List<JsonObject> lines, String status) {
        return lines.stream().filter(l -> l.get("status").getAsString().equals(status))
                .map(l -> l.get("id").getAsString()).toList();
    }

    /** Every file under the article folders with its size and modification time. */
    private Map<String, String> snapshot() throws Exception {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(out.resolve("ledger")))
                    .collect(Collectors.toMap(p -> out.relativize(p).toString(), p -> {
                        try {
                            return Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
        }
    }

    private void assertWholeArticle(String id) throws Exception {
        Path dir = out.resolve(id);
        assertThat(dir.resolve(id + ".epub")).isNotEmptyFile();
        assertThat(dir.resolve(id + ".docx")).isNotEmptyFile();
        try (ZipFile epub = new ZipFile(dir.resolve(id + ".epub").toFile());
                ZipFile docx = new ZipFile(dir.resolve(id + ".docx").toFile())) {
            assertThat(epub.getEntry("mimetype")).isNotNull();
            assertThat(docx.getEntry("word/document.xml")).isNotNull();
        }
        JsonObject done = JsonParser.parseString(Files.readString(dir.resolve(".done"))).getAsJsonObject();
        assertThat(done.get("id").getAsString()).isEqualTo(id);
        assertThat(done.getAsJsonArray("files")).hasSize(2);
        done.getAsJsonArray("files").forEach(f -> {
            Path file = dir.resolve(f.getAsJsonObject().get("name").getAsString());
            assertThat(file).hasSize(f.getAsJsonObject().get("bytes").getAsLong());
        });
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".part") || n.endsWith(".old") || n.endsWith(".tmp"));
        }
    }

    @Test
    void shardsAreDisjointCoverTheManifestAndTheLedgerAddsUpThenARerunWritesNothing() throws Exception {
        for (int k = 0; k < SHARDS; k++) {
            assertThat(shard(k).code()).isZero();
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < SHARDS; k++) {
            List<String> done = with(ledger(k), "done");
            for (String id : done) {
                assertThat(seen.add(id)).as(id + " is in one shard only").isTrue();
                assertThat(Shard.of(id, SHARDS)).isEqualTo(k);
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            assertWholeArticle(id);
        }

        Run summary = cli("ledger", out.toString(), "--manifest", manifest.toString(), "--json");
        assertThat(summary.code()).isZero();
        JsonObject s = JsonParser.parseString(summary.out()).getAsJsonObject();
        assertThat(s.get("articles").getAsInt()).isEqualTo(8);
        assertThat(s.get("done").getAsInt()).isEqualTo(8);
        assertThat(s.get("failed").getAsInt()).isZero();
        assertThat(s.get("notRun").getAsInt()).isZero();
        double seconds = 0;
        for (int k = 0; k < SHARDS; k++) {
            seconds += ledger(k).stream().mapToDouble(l -> l.get("seconds").getAsDouble()).sum();
        }
        assertThat(s.get("seconds").getAsDouble()).isCloseTo(seconds, org.assertj.core.data.Offset.offset(0.01));
        assertThat(s.getAsJsonArray("slowest")).hasSize(8);

        Map<String, String> before = snapshot();
        for (int k = 0; k < SHARDS; k++) {
            Run again = shard(k);
            assertThat(again.code()).isZero();
            assertThat(again.out()).isEmpty(); // no file written
        }
        assertThat(snapshot()).isEqualTo(before);
        int skipped = 0;
        for (int k = 0; k < SHARDS; k++) {
            skipped += with(ledger(k), "skipped").size();
        }
        assertThat(skipped).isEqualTo(8);
        Run text = cli("ledger", out.toString());
        assertThat(text.out()).contains("done       8 (0 converted in their last run, 8 up to date)", "failed     0");
    }

    @Test
    void aChangedSourceOrChangedOptionsAreRedoneAndNothingElse() throws Exception {
        for (int k = 0; k < SHARDS; k++) {
            assertThat(shard(k).code()).isZero();
        }
        String changed = ids.get(1);
        int k = Shard.of(changed, SHARDS);
        Path source = tmp.resolve("archive").resolve(Samples.ALL.get(1));
        // every id from this source changes
        Files.writeString(source, Files.readString(source) + "\n\nOne more paragraph, added after the first run.\n");
        Set<String> fromSource = new HashSet<>();
        for (int i = 1; i < 8; i += Samples.ALL.size()) {
            fromSource.add(ids.get(i));
        }
        Map<String, String> before = snapshot();
        List<String> redone = new ArrayList<>();
        for (int s = 0; s < SHARDS; s++) {
            int lines = ledger(s).size();
            assertThat(shard(s).code()).isZero();
            ledger(s).stream().skip(lines).filter(l -> l.get("status").getAsString().equals("done"))
                    .forEach(l -> redone.add(l.get("id").getAsString()));
        }
        assertThat(redone).containsExactlyInAnyOrderElementsOf(fromSource);
        Map<String, String> after = snapshot();
        before.keySet().stream().filter(f -> fromSource.stream().noneMatch(f::startsWith))
                .forEach(f -> assertThat(after.get(f)).as(f).isEqualTo(before.get(f)));

        int lines = ledger(k).size();
        assertThat(shard(k, "--size", "24pt").code()).isZero();
        List<JsonObject> rerun = ledger(k).subList(lines, ledger(k).size());
        assertThat(with(rerun, "done")).hasSizeGreaterThan(0).hasSize(rerun.size()); // new options: all redone
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aShardStoppedBySigtermLeavesNoTemporaryFileAndTheRerunFinishesOnlyWhatWasLeft() throws Exception {
        int k = 0;
        long inShard = ids.stream().filter(id -> Shard.of(id, SHARDS) == 0).count();
        assertThat(inShard).isGreaterThanOrEqualTo(2);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.accesspub.cli.Main",
                "convert", "--manifest", manifest.toString(), "--shard", k + "/" + SHARDS, "-f", "epub,docx",
                "--jobs", "1", "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && with(ledger(k), "done").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor()).isZero();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> finished = with(ledger(k), "done");
        assertThat(finished).as("stopped after the first article, before the last").isNotEmpty()
                .hasSizeLessThan((int) inShard);
        assertThat(p.exitValue()).isNotZero();
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".part") || n.endsWith(".old") || n.startsWith(".done."));
        }
        // what a SIGKILL would leave in an unfinished article's folder
        String unfinished = ids.stream().filter(id -> Shard.of(id, SHARDS) == k && !finished.contains(id))
                .findFirst().orElseThrow();
        Path dir = Files.createDirectories(out.resolve(unfinished));
        Files.writeString(dir.resolve("." + unfinished + ".epub.123.part"), "half an epub");
        Files.writeString(dir.resolve("." + unfinished + ".456.old"), "an old docx");

        int lines = ledger(k).size();
        Run resume = shard(k);
        assertThat(resume.code()).isZero();
        List<JsonObject> rerun = ledger(k).subList(lines, ledger(k).size());
        assertThat(with(rerun, "skipped")).containsExactlyInAnyOrderElementsOf(finished);
        assertThat(with(rerun, "done")).hasSize((int) inShard - finished.size()).doesNotContainAnyElementsOf(finished);
        for (String id : ids) {
            if (Shard.of(id, SHARDS) == k) {
                assertWholeArticle(id);
            }
        }
    }

    @Test
    void twoRunsOfTheSameShardAtOnceConvertEachArticleOnceAndLeaveWholeSets() throws Exception {
        int k = 1;
        CompletableFuture<Run> a = CompletableFuture.supplyAsync(() -> shard(k));
        CompletableFuture<Run> b = CompletableFuture.supplyAsync(() -> shard(k));
        assertThat(a.get(10, TimeUnit.MINUTES).code()).isZero();
        assertThat(b.get(10, TimeUnit.MINUTES).code()).isZero();
        List<JsonObject> lines = ledger(k);
        List<String> mine = ids.stream().filter(id -> Shard.of(id, SHARDS) == k).toList();
        Map<String, Long> converted = with(lines, "done").stream()
                .collect(Collectors.groupingBy(id -> id, HashMap::new, Collectors.counting()));
        assertThat(converted.keySet()).containsExactlyInAnyOrderElementsOf(mine);
        assertThat(converted.values()).allMatch(n -> n == 1);
        assertThat(lines).hasSize(2 * mine.size()); // the other run: busy, or up to date
        for (String id : mine) {
            assertWholeArticle(id);
        }
        JsonObject s = JsonParser.parseString(cli("ledger", out.toString(), "--json").out()).getAsJsonObject();
        assertThat(s.get("done").getAsInt()).isEqualTo(mine.size());
        assertThat(s.get("unfinished").getAsInt()).isZero();
    }

    @Test
    void aFailedArticleNeverStopsTheShardAndTheLedgerGivesItsReason() throws Exception {
        Files.writeString(tmp.resolve("archive/empty.md"), "  \n");
        Files.writeString(manifest, "{\"id\": \"empty\", \"source\": \"archive/empty.md\"}\n"
                + "{\"id\": \"missing\", \"source\": \"archive/nowhere.txt\"}\n"
                + "{\"id\": \"news\", \"source\": \"archive/" + Samples.ENGLISH + "\", \"title\": \"Own title\","
                + " \"formats\": [\"epub\"]}\n");
        Run run = cli("convert", "--manifest", manifest.toString(), "-f", "epub,docx", "-o", out.toString());
        assertThat(run.code()).isEqualTo(3); // every failure is bad input: a retry will not mend it
        assertThat(out.resolve("news/news.epub")).isNotEmptyFile();
        assertThat(out.resolve("news/news.docx")).doesNotExist(); // the article's own formats
        assertThat(out.resolve("empty/.done")).doesNotExist();
        Run summary = cli("ledger", out.toString());
        assertThat(summary.code()).isEqualTo(3);
        assertThat(summary.out()).contains("done       1", "failed     2", "empty (3): ", "missing (3): ",
                "nowhere.txt does not exist");
        Path epub = out.resolve("news/news.epub");
        try (ZipFile z = new ZipFile(epub.toFile())) {
            String opf = new String(z.getInputStream(z.stream().filter(e -> e.getName().endsWith(".opf"))
                    .findFirst().orElseThrow()).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(opf).contains("Own title");
        }
    }

    @Test
    void aWebAddressInTheManifestIsFetchedOnceAndARerunSkipsItWithoutFetching() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<html lang=\"en\"><head><title>Library hours</title></head><body><article><h1>Library hours</h1>"
                + "<p>The library is open from Tuesday to Sunday, and closed on Mondays and public holidays.</p>"
                + "</article></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.concurrent.atomic.AtomicInteger fetched = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/news/hours.html", ex -> {
            fetched.incrementAndGet();
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Files.writeString(manifest, "{\"id\": \"hours\", \"source\": \"" + base + "/news/hours.html\"}\n"
                    + "{\"id\": \"gone\", \"source\": \"" + base + "/news/gone.html\"}\n");
            Run run = cli("convert", "--manifest", manifest.toString(), "-f", "epub,docx", "-o", out.toString());
            assertThat(run.code()).as(run.err()).isEqualTo(3); // the missing page is bad input; the other is written
            assertWholeArticle("hours");
            assertThat(out.resolve("gone/.done")).doesNotExist();
            assertThat(fetched.get()).isEqualTo(1);
            JsonObject line = ledger0().stream().filter(l -> l.get("id").getAsString().equals("hours")).findFirst()
                    .orElseThrow();
            assertThat(line.getAsJsonObject("checks").get("error").getAsInt()).isZero(); // the self-check's counts
            assertThat(line.getAsJsonObject("checks").has("tip")).isTrue();

            Map<String, String> before = snapshot();
            cli("convert", "--manifest", manifest.toString(), "-f", "epub,docx", "-o", out.toString());
            assertThat(snapshot()).isEqualTo(before);
            assertThat(fetched.get()).isEqualTo(1); // known by its address: not fetched again
            assertThat(cli("ledger", out.toString()).out()).contains("gone (3): ");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBadManifestIsRefusedBeforeAnythingIsWrittenNamingTheLine() throws Exception {
        Map<String, String> cases = Map.of(
                "{\"id\": \"a\", \"source\": \"x.txt\"}\n{\"id\": \"A\", \"source\": \"y.txt\"}\n", "line 2: the id 'A' is already used on line 1",
                "{\"id\": \"a/b\", \"source\": \"x.txt\"}\n", "line 1: the id 'a/b' holds '/'",
                "{\"id\": \"..\", \"source\": \"x.txt\"}\n", "line 1: the id '..' starts with '.'",
                "{\"id\": \"a\", \"source\": \"x.txt\", \"size\": 3}\n", "line 1: unknown key 'size'",
                "{\"id\": \"a\", \"source\": \"x.txt\", \"formats\": [\"mobi\"]}\n", "line 1: unknown format 'mobi'",
                "{\"id\": \"a\" \"source\": \"x.txt\"}\n", "line 1: not a JSON object",
                "{\"id\": \"a\"}\n", "line 1: no \"source\"",
                "{\"id\": \"a\", \"source\": \"x.txt\", \"language\": \"no such tag!\"}\n", "line 1: ");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Files.writeString(manifest, c.getKey());
            Run run = cli("convert", "--manifest", manifest.toString(), "-f", "epub", "-o", out.toString());
            assertThat(run.code()).as(c.getKey()).isEqualTo(2);
            assertThat(run.err()).as(c.getKey()).contains(c.getValue()).hasLineCount(1);
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aShardOptionIsCheckedAndTheIndexComesFromKubernetes() {
        assertThat(cli("convert", "--manifest", manifest.toString(), "--shard", "3/3", "-o", out.toString()).code())
                .isEqualTo(2);
        assertThat(cli("convert", "--manifest", manifest.toString(), "--shard", "1-of-3", "-o", out.toString()).code())
                .isEqualTo(2);
        Run noIndex = cli("convert", "--manifest", manifest.toString(), "--shards", "3", "-o", out.toString());
        if (System.getenv(Shard.INDEX_VARIABLE) == null) {
            assertThat(noIndex.code()).isEqualTo(2);
            assertThat(noIndex.err()).contains("JOB_COMPLETION_INDEX");
        }
        assertThat(Shard.select(null, 3, Map.of(Shard.INDEX_VARIABLE, "2"))).isEqualTo(new Shard(2, 3));
        assertThat(Shard.select(null, null, Map.of(Shard.INDEX_VARIABLE, "1", Shard.COUNT_VARIABLE, "4")))
                .isEqualTo(new Shard(1, 4));
        assertThat(Shard.select(null, null, Map.of())).isNull();
        assertThat(out).doesNotExist();
    }

    @Test
    void theManifestOfAFolderNamesEveryArticleOnceAndReadsBack() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("papers/2019"));
        Files.copy(Samples.path(Samples.ENGLISH), dir.resolve("a.txt"));
        Files.copy(Samples.path(Samples.MARKDOWN), dir.resolve("a.md"));
        Files.copy(Samples.path(Samples.SEED), tmp.resolve("papers/b.txt"));
        Files.writeString(tmp.resolve("papers/.hidden.txt"), "no");
        Files.writeString(tmp.resolve("papers/notes.json"), "{}");
        Run run = cli("manifest", tmp.resolve("papers").toString(), "-o", tmp.resolve("papers.jsonl").toString());
        assertThat(run.code()).isZero();
        List<String> lines = Files.readAllLines(tmp.resolve("papers.jsonl"));
        assertThat(lines).containsExactly(
                "{\"id\":\"2019-a\",\"source\":\"papers/2019/a.md\"}",
                "{\"id\":\"2019-a-txt\",\"source\":\"papers/2019/a.txt\"}",
                "{\"id\":\"b\",\"source\":\"papers/b.txt\"}");
        Run convert = cli("convert", "--manifest", tmp.resolve("papers.jsonl").toString(), "-f", "epub",
                "-o", out.toString());
        assertThat(convert.code()).isZero();
        assertThat(out.resolve("2019-a-txt/2019-a-txt.epub")).isNotEmptyFile();
        assertThat(out.resolve("b/b.epub")).isNotEmptyFile();
    }
}
