package org.accesspub.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import org.accesspub.AccesspubException;
import org.accesspub.Conversion;
import org.accesspub.Failures;
import org.accesspub.PublishOptions;
import org.accesspub.Publisher;
import org.accesspub.Warnings;
import org.accesspub.model.Article;
import org.accesspub.model.Block;
import org.accesspub.model.Blocks;
import org.accesspub.model.Metadata;
import org.accesspub.prepare.DateParser;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.web.AddressPolicy;
import org.accesspub.report.Reporter;
import org.accesspub.speech.text.Sentences;
import org.accesspub.style.FontSize;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.style.PageSize;
import org.accesspub.style.Theme;
import org.accesspub.write.Format;
import org.accesspub.write.OutputFiles;
import org.accesspub.braille.BrailleOptions;
import org.accesspub.braille.BrailleTable;
import org.accesspub.braille.BrailleTables;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.style.PageOptions;

/**
 * The server's one way into the conversion: from an editor's {@link Choices} to {@link Publisher},
 * exactly as {@code convert} does it. Warnings, overrides and files belong to the job; the only thing kept
 * between calls is one publisher per set of choices, whose immutable writers every job with those choices
 * shares. Shared by every job.
 */
final class JobRunner {
    /** Told how one article's conversion goes, from whichever thread does the work. */
    interface Listener {
        void format(String format, String state);

        /** A warning of the job, with the key the page words it by. */
        void warning(org.accesspub.Warning warning);

        /** A format that counts its steps (the audio: utterances spoken) has done {@code done} of {@code total}. */
        void progress(String format, long done, long total);

        /** The article's title as prepared, before its files are made: the page names the job by it meanwhile. */
        void title(String title);

        /** What stops the conversion's pending files from ever being committed (a cancel, a time-out). */
        void pending(Runnable abandon);
    }

    /** What one article's conversion made: the files' names, the title they carry, the rules its report lists. */
    record Result(List<String> files, String title, java.util.SortedSet<String> reported) {
    }

    private static final int MAX_SHARED = 64;

    private final long maxInputBytes;
    private final java.util.Map<String, Publisher> shared = new java.util.concurrent.ConcurrentHashMap<>();

    JobRunner(long maxInputBytes) {
        this.maxInputBytes = maxInputBytes;
    }

    /** Builds every writer the choices need: a bad option fails here, before any job exists. */
    void check(Choices c) {
        if (c.wanted().isEmpty()) {
            throw AccesspubException.badUsage("no output chosen");
        }
        publisher(c, new Job.Article(), Warnings.collecting(), false).check(formats(c));
    }

    /** Reads and prepares the article without writing any output, and speaks its first sentence into {@code dir}. */
    Preview preview(Path input, Job.Article a, Choices c, Path dir, String sampleName) {
        Publisher p = publisher(c, a, Warnings.collecting(), false);
        Article article = read(p, input, a);
        PreparedDocument doc = p.prepare(article, input.getParent());
        List<Preview.Heading> outline = doc.outline().stream().map(e -> new Preview.Heading(e.level(), e.text())).toList();
        PreviewFacts facts = PreviewFacts.of(doc.blocks());
        String first = facts.firstParagraph;
        String sentence = first == null ? doc.info().title() : Sentences.split(first).stream().findFirst().orElse(first);
        String sample = null;
        String sampleError = null;
        if (sentence != null && !sentence.isBlank()) {
            try {
                Article spoken = new Article(Metadata.of(sentence.strip(), doc.language()), List.of());
                Publisher speaker = publisher(c, a, Warnings.collecting(), false);
                speaker.write(spoken, dir, Set.of(Format.AUDIO), dir, sampleName);
                sample = sampleName + ".mp3";
            } catch (AccesspubException e) {
                sampleError = Failures.oneLine(e.getMessage());
            }
        }
        var info = doc.info();
        return new Preview(info.title(), info.author(), info.shownDate(doc.terms()), info.source(),
                doc.language(), outline, facts.images, facts.tables, facts.tablesWithoutHeader, first, sentence, sample, sampleError);
    }

    /**
     * Converts one article into {@code outDir}: every format at once on {@code pool} (audio, the longest, first),
     * then the self-check report, then all committed together. Returns the names of the files made.
     */
    Result run(Path input, Job.Article a, Choices c, Path outDir, String baseName, ExecutorService pool,
               Listener listener) {
        Warnings warnings = Warnings.keyed(w -> listener.warning(new org.accesspub.Warning(w.kind(), w.key(),
                w.args().stream().map(arg -> named(arg, input, a)).toList(), Failures.oneLine(named(w.text(), input, a)),
                w.finding())));
        Publisher p = publisher(c, a, warnings, c.report);
        Article article = read(p, input, a);
        Set<Format> formats = formats(c);
        Conversion conversion = p.conversion(article, input.getParent(), formats, outDir, baseName);
        if (conversion.title() != null) {
            listener.title(conversion.title());
        }
        try (OutputFiles out = conversion.newOutputFiles()) {
            listener.pending(out::abandon);
            List<Format> order = new ArrayList<>(formats);
            order.sort(Comparator.comparing(f -> f != Format.AUDIO));
            List<CompletableFuture<Void>> parts = new ArrayList<>();
            for (Format f : order) {
                parts.add(CompletableFuture.runAsync(() -> {
                    listener.format(f.id(), "working");
                    try {
                        conversion.writeFormat(f, out, (done, total) -> listener.progress(f.id(), done, total));
                        listener.format(f.id(), "done");
                    } catch (AccesspubException e) {
                        listener.format(f.id(), "failed");
                        throw new AccesspubException(named(e.getMessage(), input, a), e.exitCode(), e);
                    } catch (RuntimeException | Error e) {
                        listener.format(f.id(), "failed");
                        throw e;
                    }
                }, pool));
            }
            CompletableFuture<?> checked = CompletableFuture.runAsync(conversion::findings, pool);
            try {
                CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).join();
                checked.join();
            } catch (CompletionException e) {
                for (CompletableFuture<Void> part : parts) { // the first format that failed, in the order made
                    if (part.isCompletedExceptionally()) {
                        try {
                            part.join();
                        } catch (CompletionException pe) {
                            throw asAccesspub(pe.getCause());
                        }
                    }
                }
                throw asAccesspub(e.getCause());
            }
            conversion.writeReport(out);
            List<Path> files = conversion.commit(out);
            warnings.summarise();
            java.util.SortedSet<String> reported = new java.util.TreeSet<>();
            if (conversion.report() != null) {
                conversion.report().findings().all().forEach(f -> reported.add(f.rule().id()));
            }
            return new Result(files.stream().map(f -> f.getFileName().toString()).toList(),
                    conversion.report() != null ? conversion.report().title() : article.metadata().title(), reported);
        } catch (IOException e) {
            throw AccesspubException.cannotWrite("cannot clear the job's temporary files: " + e.getMessage(), e);
        }
    }

    /** A message with the server's name of the input replaced by the editor's name of the upload. */
    static String named(String message, Path input, Job.Article a) {
        String label = a.label == null ? "the article" : a.label;
        return message.replace(input.toAbsolutePath().toString(), label).replace(input.toString(), label)
                .replace(input.getFileName().toString(), label);
    }

    static Set<Format> formats(Choices c) {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        c.wanted().forEach(f -> formats.add(Format.parse(f)));
        return formats;
    }

    private static AccesspubException asAccesspub(Throwable t) {
        return t instanceof AccesspubException ae ? ae : Failures.unexpected("conversion", t);
    }

    private Article read(Publisher p, Path input, Job.Article a) {
        Article article;
        try {
            article = p.read(input); // a path: no web address is ever fetched
        } catch (AccesspubException e) {
            throw new AccesspubException(named(e.getMessage(), input, a), e.exitCode(), e);
        }
        if (a.date != null && !a.date.isBlank()) {
            String iso = DateParser.parse(a.date.strip()).map(d -> d.iso()).orElseThrow(() -> AccesspubException.badInput(
                    "the date '" + a.date.strip() + "' is not a date: write it as 2026-03-18"));
            article = article.withMetadata(article.metadata().withDate(iso));
        }
        return article;
    }

    /**
     * The publisher of one article: the CLI's options from the form's choices, with the job's own warnings and
     * overrides; web addresses are never fetched. Jobs with the same choices share one publisher's writers (built
     * once, immutable), so a warm server keeps them, as it keeps the engines, dictionaries and fonts.
     */
    private Publisher publisher(Choices c, Job.Article a, Warnings warnings, boolean report) {
        LargePrintProfile profile = profile(c);
        if (profile.warning() != null) {
            warnings.warn(org.accesspub.Warning.keyed(Warnings.GENERAL, "size.small", profile.warning(), c.size,
                    Math.round(FontSize.LARGE_PRINT_MINIMUM)));
        }
        String key = String.join("|", c.size, c.page, c.theme, c.voice, c.rate, c.braille, Boolean.toString(report));
        if (shared.size() > MAX_SHARED) {
            shared.clear(); // many different choices: start again rather than grow
        }
        Publisher base = shared.computeIfAbsent(key, k -> Publisher.builder()
                .publishOptions(options(c, profile))
                .reporter(report ? Reporter.facts() : null)
                .addressPolicy(AddressPolicy.PRIVATE_REFUSED)
                .build());
        ReadOptions read = ReadOptions.builder()
                .title(blankToNull(a.title))
                .author(blankToNull(a.author))
                .maxInputBytes(maxInputBytes)
                .build();
        return base.withReadOptions(read).withWarnings(warnings);
    }

    private static LargePrintProfile profile(Choices c) {
        return LargePrintProfile.builder()
                .bodySize(FontSize.parse(c.size))
                .page(PageSize.parse(c.page))
                .theme(Theme.parse(c.theme))
                .build();
    }

    private static PublishOptions options(Choices c, LargePrintProfile profile) {
        return PublishOptions.builder()
                .page(PageOptions.builder().profile(profile).build())
                .speech(SpeechOptions.builder()
                        .voice(c.voice.isEmpty() ? null : c.voice)
                        .engine("kevin16".equals(c.voice) ? "freetts" : c.voice.isEmpty() ? null : "espeak")
                        .rate(c.rate.isEmpty() ? null : Integer.valueOf(c.rate))
                        .build())
                .braille(BrailleOptions.builder()
                        .tables(c.braille.isEmpty() ? BrailleTables.defaults()
                                : BrailleTables.of(List.of(BrailleTable.parse(c.braille))))
                        .build())
                .build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
