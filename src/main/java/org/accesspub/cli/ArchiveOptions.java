package org.accesspub.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.accesspub.AccesspubException;
import org.accesspub.Publisher;
import org.accesspub.batch.Archive;
import org.accesspub.batch.ArchiveResult;
import org.accesspub.batch.ArticleFiles;
import org.accesspub.batch.Batch;
import org.accesspub.batch.Digests;
import org.accesspub.batch.Manifest;
import org.accesspub.batch.ManifestEntry;
import org.accesspub.batch.Shard;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/** convert's options for whole archives: a manifest, a shard of it, and the time one article may take. */
final class ArchiveOptions {
    /** Options that change how a run goes, not what it writes: left out of the options' hash. */
    private static final Set<String> RUN_ONLY = Set.of("--output", "--jobs", "--manifest", "--shard", "--shards",
            "--article-timeout", "--debug", "--help", "--version");

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Convert the articles of this JSON Lines manifest (or folder) into OUT/<id>/, resumably, with a ledger.")
    Path manifest;

    @Option(names = "--shard", paramLabel = "K/N", description = "Only the articles whose id hashes to K of N shards (K from 0).")
    String shard;

    @Option(names = "--shards", paramLabel = "N",
            description = "N shards, this run's K from JOB_COMPLETION_INDEX (Kubernetes Indexed Job); or ACCESSPUB_SHARDS=N.")
    Integer shards;

    @Option(names = "--article-timeout", paramLabel = "DURATION",
            description = "Stop an article that takes longer (90s, 30m, 2h; 0: never). Default: 30m in batches, none for one article.")
    String articleTimeout;

    /** An archive run: a manifest, or a shard of a folder. */
    boolean isArchiveRun(List<Path> inputs) {
        return manifest != null || selectedShard() != null;
    }

    Duration timeLimit() {
        return timeLimit(true);
    }

    Duration timeLimit(boolean batch) {
        if (articleTimeout == null) {
            return batch ? Batch.DEFAULT_TIME_LIMIT : Duration.ZERO;
        }
        String t = articleTimeout.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.equals("0")) {
                return Duration.ZERO;
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            Duration d = switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new NumberFormatException();
            };
            if (n <= 0 || n > 1_000_000) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw AccesspubException.badUsage("--article-timeout takes a duration like 90s, 30m or 2h (0: never), not '"
                    + articleTimeout + "'");
        }
    }

    private Shard selectedShard() {
        return Shard.select(shard, shards, System.getenv());
    }

    int run(List<Path> inputs, Batch batch, Path outDir, CommandSpec spec,
            Function<ManifestEntry, Publisher> publishers, PrintWriter err) {
        Manifest m = manifest(inputs);
        m.skipped().forEach(s -> err.println("warning: " + s.message()));
        Shard selected = selectedShard();
        Archive archive = Archive.builder().batch(batch).outDir(outDir).shard(selected == null ? Shard.ALL : selected)
                .options(optionsKey(spec)).version(Version.build()).publishers(publishers).build();
        ArchiveResult result = archive.run(m);
        err.println(result.summary());
        for (var f : result.failures()) {
            err.println("  " + f.id() + ": failed: " + f.error());
        }
        err.flush();
        return result.exitCode();
    }

    private Manifest manifest(List<Path> inputs) {
        if (manifest != null) {
            if (!inputs.isEmpty()) {
                throw AccesspubException.badUsage("give --manifest or INPUT, not both: the manifest names the articles");
            }
            if (!Files.exists(manifest)) {
                throw AccesspubException.badUsage("the manifest " + manifest + " does not exist: write one with"
                        + " 'accesspub manifest DIR > inputs.jsonl'");
            }
            return Manifest.load(manifest);
        }
        if (inputs.size() != 1 || !Files.isDirectory(inputs.get(0))) {
            throw AccesspubException.badUsage("--shard takes the articles of a manifest (--manifest FILE) or of one"
                    + " folder, not " + (inputs.isEmpty() ? "nothing" : inputs));
        }
        return Manifest.ofFolder(inputs.get(0), inputs.get(0));
    }

    /** Every option that changes what is written, with the contents of the files they name. */
    private static String optionsKey(CommandSpec spec) {
        StringBuilder sb = new StringBuilder();
        for (OptionSpec o : spec.options()) {
            if (RUN_ONLY.contains(o.longestName())) {
                continue;
            }
            Object v = o.getValue();
            sb.append(o.longestName()).append('=').append(v).append('\n');
            if (v != null && (o.longestName().equals("--lexicon") || o.longestName().equals("--font"))) {
                Path file = Path.of(v.toString().replaceFirst(",\\d+$", ""));
                try {
                    sb.append(o.longestName()).append(".sha256=").append(Digests.of(file)).append('\n');
                } catch (IOException | RuntimeException e) {
                    // the option's own check reports an unreadable file
                }
            }
        }
        return sb.toString();
    }

}
