package org.accesspub.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accesspub.AccesspubException;
import org.accesspub.Publisher;
import org.accesspub.write.Format;

/**
 * One shard of a manifest, converted so that it can be stopped and run again: each article goes to
 * {@code OUT/<id>/<id>.<ext>}, then {@code OUT/<id>/.done} is written last and atomically
 * ({@link DoneRecord}), and one line goes to the shard's {@link Ledger}. A rerun skips the articles whose
 * record matches, redoes those whose source, options or tool version changed, and finishes those a stopped
 * run left. An article is converted under a lock ({@code OUT/<id>/.lock}): a second run of the same shard at
 * the same time passes over it ({@code busy}) and the two runs share the work. A failed article never
 * stops the shard. Built with {@link #builder()}; immutable.
 */
public final class Archive {
    private static final Pattern VTT_END = Pattern.compile("--> (\\d+):(\\d\\d):(\\d\\d)\\.(\\d{3})");
    private final Batch batch;
    private final Path outDir;
    private final Shard shard;
    private final String options;
    private final String version;
    private final Function<ManifestEntry, Publisher> publishers;
    private final Ledger ledger;

    private Archive(Builder b) {
        this.batch = b.batch;
        this.outDir = b.outDir;
        this.shard = b.shard;
        this.options = b.options;
        this.version = b.version;
        this.publishers = b.publishers;
        this.ledger = new Ledger(b.outDir, b.shard);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Ledger ledger() {
        return ledger;
    }

    /** The entries of this shard, in manifest order. */
    public List<ManifestEntry> select(Manifest manifest) {
        return manifest.entries().stream().filter(e -> shard.contains(e.id())).toList();
    }

    /** Converts this shard's articles of {@code manifest}; options are checked before anything is written. */
    public ArchiveResult run(Manifest manifest) {
        List<ManifestEntry> mine = select(manifest);
        Set<Format> all = EnumSet.copyOf(batch.formats());
        mine.stream().filter(e -> e.formats() != null).forEach(e -> all.addAll(e.formats()));
        batch.publisher().check(all);
        BatchListener listener = batch.listener();
        listener.started(mine.size());
        List<LedgerLine> lines = new ArrayList<>();
        try (Watchdog threads = batch.threads()) {
            // a few articles at a time, so that a second run of the shard finds the rest free to take
            Semaphore inFlight = new Semaphore(threads.size() + 1);
            List<CompletableFuture<LedgerLine>> pending = new ArrayList<>();
            for (ManifestEntry entry : mine) {
                inFlight.acquireUninterruptibly();
                CompletableFuture<LedgerLine> f = CompletableFuture.supplyAsync(() -> claim(entry), threads.shared())
                        .thenCompose(c -> c.line != null ? CompletableFuture.completedFuture(c.line) : convert(c, threads))
                        .exceptionally(t -> unexpected(entry, t));
                f.whenComplete((l, t) -> inFlight.release());
                pending.add(f);
            }
            for (CompletableFuture<LedgerLine> f : pending) {
                lines.add(f.join());
            }
        }
        return new ArchiveResult(shard, ledger.file(), lines);
    }

    /** What a claim found: a line to record at once (up to date, busy, unreadable), or the lock to convert under. */
    private record Claim(ManifestEntry entry, Instant start, LedgerLine line, Path dir, String sourceSha256,
            String optionsSha256, FileChannel lock) {
    }

    private Claim claim(ManifestEntry entry) {
        Instant start = Instant.now();
        String sourceSha;
        try {
            // a web page is known by its address: a rerun does not fetch it again (delete its .done to refetch)
            sourceSha = entry.isUrl() ? Digests.of("address\n" + entry.source()) : Digests.of(entry.path());
        } catch (NoSuchFileException e) {
            return done(entry, start, failedLine(entry, start, 0, AccesspubException.badInput(entry.id() + ": "
                    + entry.path() + " does not exist (sources are relative to the manifest's folder)")));
        } catch (IOException e) {
            return done(entry, start, failedLine(entry, start, 0, AccesspubException.badInput(entry.id() + ": cannot read "
                    + entry.path() + ": " + e.getMessage())));
        }
        String optionsSha = Digests.of(options + "\nformats=" + sorted(formats(entry)) + "\ntitle=" + entry.title()
                + "\nlanguage=" + entry.language());
        Path dir = outDir.resolve(entry.id());
        LedgerLine upToDate = upToDate(entry, dir, sourceSha, optionsSha);
        if (upToDate != null) {
            return done(entry, start, upToDate);
        }
        try {
            Files.createDirectories(dir);
            FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this process converts it already
            }
            if (lock == null) {
                ch.close();
                return done(entry, start, line(entry, LedgerLine.BUSY, start, 0, List.of(), 0, List.of(), null, 0, 0));
            }
            upToDate = upToDate(entry, dir, sourceSha, optionsSha); // another run may have just finished it
            if (upToDate != null) {
                ch.close();
                return done(entry, start, upToDate);
            }
            clearStale(dir);
            return new Claim(entry, start, null, dir, sourceSha, optionsSha, ch);
        } catch (IOException e) {
            return done(entry, start, failedLine(entry, start, 0, AccesspubException.cannotWrite("cannot write to "
                    + dir + ": " + e.getMessage(), e)));
        }
    }

    private Claim done(ManifestEntry entry, Instant start, LedgerLine line) {
        if (!line.status().equals(LedgerLine.FAILED)) {
            batch.listener().skipped(Path.of(entry.id()), line.status().equals(LedgerLine.BUSY)
                    ? "busy (another run is converting it)" : "up to date");
        } else {
            batch.listener().finished(new ArticleResult(Path.of(entry.id()), List.of(), 0,
                    new AccesspubException(line.error(), line.exit())));
        }
        return new Claim(entry, start, record(line), null, null, null, null);
    }

    private LedgerLine upToDate(ManifestEntry entry, Path dir, String sourceSha, String optionsSha) {
        DoneRecord rec = DoneRecord.read(dir);
        if (rec == null || !rec.matches(sourceSha, optionsSha, version) || !rec.intact(dir)) {
            return null;
        }
        return line(entry, LedgerLine.SKIPPED, Instant.now(), rec.seconds(), rec.files(), rec.warnings(), List.of(),
                null, 0, rec.audioSeconds());
    }

    /** What a run killed in the middle left: temporary files, backups, a half-written or outdated record. */
    private static void clearStale(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.equals(DoneRecord.NAME) || (n.startsWith(".") && (n.endsWith(".part") || n.endsWith(".old")
                        || n.endsWith(".tmp")))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private CompletableFuture<LedgerLine> convert(Claim c, Watchdog threads) {
        ManifestEntry e = c.entry();
        List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
        Batch.Item item = new Batch.Item(Path.of(e.id()), e.path(), publishers.apply(e), formats(e), c.dir(), e.id(),
                warnings::add, e.isUrl() ? e.source() : null);
        return batch.convert(item, threads).thenApply(r -> {
            try {
                return record(finish(c, r, warnings));
            } finally {
                try {
                    c.lock().close();
                } catch (IOException ignored) {
                    // the lock goes with the process anyway
                }
            }
        });
    }

    private LedgerLine finish(Claim c, ArticleResult r, List<String> warnings) {
        double seconds = secondsSince(c.start());
        if (r.failed()) {
            return failedLine(c.entry(), c.start(), seconds, r.failure());
        }
        try {
            Set<String> names = new HashSet<>();
            List<DoneRecord.FileEntry> files = new ArrayList<>();
            double audio = 0;
            for (Path p : r.written()) {
                String name = p.getFileName().toString();
                names.add(name);
                files.add(new DoneRecord.FileEntry(name, Files.size(p), Digests.of(p)));
                if (name.endsWith(".vtt")) {
                    audio = audioSeconds(p);
                }
            }
            removeOthers(c.dir(), c.entry().id(), names);
            new DoneRecord(c.entry().id(), c.entry().source(), c.sourceSha256(), c.optionsSha256(), version,
                    Instant.now(), seconds, r.warnings(), audio, files).write(c.dir());
            LedgerLine done = line(c.entry(), LedgerLine.DONE, Instant.now(), seconds, files, r.warnings(),
                    List.copyOf(warnings), null, 0, audio);
            return r.checks() == null ? done : done.withChecks(r.checks());
        } catch (IOException e) {
            return failedLine(c.entry(), c.start(), seconds, AccesspubException.cannotWrite("cannot write the record "
                    + c.dir().resolve(DoneRecord.NAME) + ": " + e.getMessage(), e));
        }
    }

    /** Files of an earlier run in formats no longer asked for: the folder holds exactly the new set. */
    private static void removeOthers(Path dir, String id, Set<String> keep) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(id + ".") && !keep.contains(n) && Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The end of the transcript's last cue: how long the audio is. */
    static double audioSeconds(Path vtt) throws IOException {
        String text = Files.readString(vtt, StandardCharsets.UTF_8);
        Matcher m = VTT_END.matcher(text);
        double end = 0;
        while (m.find()) {
            end = Math.max(end, Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
                    + Integer.parseInt(m.group(3)) + Integer.parseInt(m.group(4)) / 1000.0);
        }
        return end;
    }

    private Set<Format> formats(ManifestEntry e) {
        return e.formats() != null ? e.formats() : batch.formats();
    }

    private static String sorted(Set<Format> formats) {
        return formats.stream().map(Format::id).sorted().collect(Collectors.joining(","));
    }

    private LedgerLine failedLine(ManifestEntry entry, Instant start, double seconds, AccesspubException failure) {
        return line(entry, LedgerLine.FAILED, Instant.now(), seconds, List.of(), 0, List.of(),
                org.accesspub.Failures.oneLine(failure.getMessage()), failure.exitCode(), 0);
    }

    private LedgerLine line(ManifestEntry entry, String status, Instant at, double seconds,
            List<DoneRecord.FileEntry> files, int warningCount, List<String> warnings, String error, int exit,
            double audioSeconds) {
        return new LedgerLine(entry.id(), status, at, shard.toString(), entry.source(), seconds, files, warningCount,
                warnings, null, error, exit, audioSeconds);
    }

    /** Appends the line to the ledger; a ledger that cannot be written fails the run (exit 4). */
    private LedgerLine record(LedgerLine line) {
        try {
            ledger.append(line);
            return line;
        } catch (IOException e) {
            throw AccesspubException.cannotWrite("cannot write the ledger " + ledger.file() + ": " + e.getMessage(), e);
        }
    }

    private LedgerLine unexpected(ManifestEntry entry, Throwable t) {
        Throwable cause = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
        if (cause instanceof AccesspubException ae && ae.getMessage().startsWith("cannot write the ledger")) {
            throw ae;
        }
        AccesspubException failure = cause instanceof AccesspubException ae ? ae
                : org.accesspub.Failures.unexpected(entry.id(), cause);
        batch.listener().finished(new ArticleResult(Path.of(entry.id()), List.of(), 0, failure));
        return record(failedLine(entry, Instant.now(), 0, failure));
    }

    private static double secondsSince(Instant start) {
        return java.time.Duration.between(start, Instant.now()).toNanos() / 1e9;
    }

    public static final class Builder {
        private Batch batch = Batch.builder().build();
        private Path outDir = Path.of("out");
        private Shard shard = Shard.ALL;
        private String options = "";
        private String version = "";
        private Function<ManifestEntry, Publisher> publishers;

        /** The threads, formats, listener, time limit and default publisher of the run. */
        public Builder batch(Batch v) {
            batch = v;
            return this;
        }

        public Builder outDir(Path v) {
            outDir = v;
            return this;
        }

        public Builder shard(Shard v) {
            shard = v;
            return this;
        }

        /** Every option that changes the files, as text: its hash goes in each record. */
        public Builder options(String v) {
            options = v;
            return this;
        }

        /** The tool's version and build: a record of another one is redone. */
        public Builder version(String v) {
            version = v;
            return this;
        }

        /** The publisher of one article, with its title and language overrides (default: the batch's). */
        public Builder publishers(Function<ManifestEntry, Publisher> v) {
            publishers = v;
            return this;
        }

        public Archive build() {
            if (publishers == null) {
                Publisher p = batch.publisher();
                publishers = e -> p;
            }
            return new Archive(this);
        }
    }
}
