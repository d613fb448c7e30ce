package org.accesspub;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accesspub.model.Article;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.Preparer;
import org.accesspub.prepare.check.Checker;
import org.accesspub.prepare.check.Finding;
import org.accesspub.prepare.check.Findings;
import org.accesspub.prepare.check.Rule;
import org.accesspub.report.Reporter;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.Format;

/**
 * The library's front door: read a source into the model, then write it in each format asked for.
 * Built once with {@link #builder()}; immutable and safe to share between threads. Its writers are built
 * once per set of formats and serve every job (a batch's articles, a web server's requests) at the same
 * time; each job brings its own {@link Warnings} (by default the ones given to the builder).
 */
public final class Publisher {
    private final ReadOptions readOptions;
    private final PublishOptions publishOptions;
    private final Warnings warnings;
    private final Reporter reporter;
    private final org.accesspub.read.web.AddressPolicy addressPolicy;
    /** The writers of each set of formats asked for, built on first use; shared by the publishers made from this one. */
    private final Map<List<Format>, Map<Format, ArticleWriter>> writers;

    private Publisher(Builder b, Map<List<Format>, Map<Format, ArticleWriter>> writers) {
        this.readOptions = b.readOptions;
        this.publishOptions = b.publishOptions;
        this.warnings = b.warnings;
        this.reporter = b.reporter;
        this.addressPolicy = b.addressPolicy;
        this.writers = writers;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The options every writer of this publisher takes. */
    public PublishOptions publishOptions() {
        return publishOptions;
    }

    /** Where warnings go when a job brings none of its own. */
    public Warnings warnings() {
        return warnings;
    }

    public Article read(Path input) {
        return Readers.read(input, readOptions);
    }

    /** Reads a web address (its page and images, as the address policy allows) or else a file of that name. */
    public Article read(String input) {
        return read(input, warnings);
    }

    /** {@link #read(String)}, reporting what the user should know to one job's {@code jobWarnings}. */
    public Article read(String input, Warnings jobWarnings) {
        if (org.accesspub.read.web.AddressPolicy.isWebAddress(input)) {
            return org.accesspub.read.WebPages.read(input, readOptions, addressPolicy, jobWarnings);
        }
        if (readOptions.from() == org.accesspub.read.SourceKind.URL) {
            throw AccesspubException.badUsage("--from url takes a web address (http:// or https://), not " + input);
        }
        return read(Path.of(input));
    }

    /**
     * Makes every decision the outputs share, once: outline, dates, images (taken only from
     * {@code sourceDir}), links, terms and paragraph settings.
     */
    public PreparedDocument prepare(Article article, Path sourceDir) {
        return prepare(article, sourceDir, warnings);
    }

    /** {@link #prepare(Article, Path)}, reporting to one job's {@code jobWarnings}. */
    public PreparedDocument prepare(Article article, Path sourceDir, Warnings jobWarnings) {
        return Preparer.builder().folder(sourceDir).warnings(jobWarnings)
                .identifier(publishOptions.document().identifier()).publisher(publishOptions.document().publisher())
                .imageLimits(new org.accesspub.prepare.ImageLimits(readOptions.maxImageBytes(),
                        org.accesspub.prepare.ImageLimits.DEFAULT.maxDataUrlChars(), readOptions.maxImagePixels(),
                        readOptions.keepAnimation()))
                .build().prepare(article);
    }

    /**
     * Builds the writer of every format asked for, which checks every option, then prepares the
     * article; nothing is written yet: a bad option fails here, before any file of any input exists.
     *
     * @param sourceDir the folder of the source file: images are taken only from inside it
     */
    public Conversion conversion(Article article, Path sourceDir, Set<Format> formats, Path outDir, String baseName) {
        return conversion(article, sourceDir, formats, outDir, baseName, warnings);
    }

    /** {@link #conversion(Article, Path, Set, Path, String)} as one job reporting to {@code jobWarnings}. */
    public Conversion conversion(Article article, Path sourceDir, Set<Format> formats, Path outDir, String baseName,
                                 Warnings jobWarnings) {
        Map<Format, ArticleWriter> writers = writers(formats);
        PreparedDocument document = prepare(article, sourceDir, jobWarnings);
        return new Conversion(document, writers, outDir, baseName, jobWarnings,
                () -> check(article, document, formats, jobWarnings), reporter);
    }

    /** The conversion of an already prepared document; see {@link #conversion(Article, Path, Set, Path, String)}. */
    public Conversion conversion(PreparedDocument document, Set<Format> formats, Path outDir, String baseName) {
        return conversion(document, formats, outDir, baseName, warnings);
    }

    /** The conversion of an already prepared document as one job reporting to {@code jobWarnings}. */
    public Conversion conversion(PreparedDocument document, Set<Format> formats, Path outDir, String baseName,
                                 Warnings jobWarnings) {
        Map<Format, ArticleWriter> writers = writers(formats);
        return new Conversion(document, writers, outDir, baseName, jobWarnings,
                () -> check(document.article(), document, formats, jobWarnings), reporter);
    }

    /**
     * The self-check of a prepared article for these outputs: fonts for the printed and e-book outputs,
     * speech for audio and talking books, braille tables for braille.
     */
    public Findings check(Article source, PreparedDocument document, Set<Format> formats) {
        return check(source, document, formats, warnings);
    }

    private Findings check(Article source, PreparedDocument document, Set<Format> formats, Warnings jobWarnings) {
        boolean shown = formats.contains(Format.PDF) || formats.contains(Format.EPUB) || formats.contains(Format.DOCX)
                || formats.contains(Format.NARRATED);
        boolean spoken = formats.contains(Format.AUDIO) || formats.contains(Format.NARRATED) || formats.contains(Format.DAISY);
        Findings findings = Checker.builder()
                .fonts(shown ? publishOptions.page().fonts() : null)
                .speech(spoken ? publishOptions.speech() : null)
                .braille(formats.contains(Format.BRAILLE) ? publishOptions.braille().tables() : null)
                .build().check(source, document);
        // the DOCX writer used to say this; the self-check decides it once for every output
        for (Finding f : findings.of(Rule.TABLE_HEADER)) {
            jobWarnings.warn(Warning.keyed("table", "table.header", "a table has no header row (" + f.excerpt()
                    + "); screen readers cannot name its columns", f.excerpt()).alsoFinding(Rule.TABLE_HEADER.id()));
        }
        return findings;
    }

    /** The writers of these formats: built (and every option checked) the first time the set is asked for. */
    Map<Format, ArticleWriter> writers(Set<Format> formats) {
        List<Format> key = List.copyOf(formats);
        Map<Format, ArticleWriter> built = writers.get(key);
        if (built == null) {
            built = Writers.forFormats(formats, publishOptions); // outside the map's lock: it may load fonts
            Map<Format, ArticleWriter> raced = writers.putIfAbsent(key, built);
            built = raced != null ? raced : built;
        }
        return built;
    }

    /**
     * Checks every option the writers of these formats take, as {@link #conversion} would, without an
     * article: a bad option fails before a batch reads or writes anything.
     */
    public void check(Set<Format> formats) {
        writers(formats);
    }

    /** The same publisher, reporting warnings to {@code warnings} by default; it shares this one's writers. */
    public Publisher withWarnings(Warnings warnings) {
        return copy().warnings(warnings).build(writers);
    }

    /** The same publisher reading with other options (a manifest entry's title and language); it shares the writers. */
    public Publisher withReadOptions(ReadOptions options) {
        return copy().readOptions(options).build(writers);
    }

    private Builder copy() {
        return builder().readOptions(readOptions).publishOptions(publishOptions).warnings(warnings).reporter(reporter)
                .addressPolicy(addressPolicy);
    }

    /**
     * Writes {@code outDir/<base>.<ext>} for each format. All files of all formats are committed
     * together, replacing the previous set, or none is.
     */
    public List<Path> write(Article article, Path sourceDir, Set<Format> formats, Path outDir, String baseName) {
        return conversion(article, sourceDir, formats, outDir, baseName).run();
    }

    /** Writes a prepared document in each format, all committed together or none. */
    public List<Path> write(PreparedDocument document, Set<Format> formats, Path outDir, String baseName) {
        return conversion(document, formats, outDir, baseName).run();
    }

    /** The base name of an output: the input's file name without its extension. */
    public static String baseName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public static final class Builder {
        private ReadOptions readOptions = ReadOptions.defaults();
        private PublishOptions publishOptions = PublishOptions.defaults();
        private Warnings warnings = Warnings.collecting();
        private Reporter reporter;
        private org.accesspub.read.web.AddressPolicy addressPolicy = org.accesspub.read.web.AddressPolicy.ANY;

        /** Which web addresses may be fetched (default: any http(s) host, as on the command line). */
        public Builder addressPolicy(org.accesspub.read.web.AddressPolicy v) {
            addressPolicy = v;
            return this;
        }

        public Builder readOptions(ReadOptions v) {
            readOptions = v;
            return this;
        }

        public Builder publishOptions(PublishOptions v) {
            publishOptions = v;
            return this;
        }

        /** Where the warnings go (default: collected and dropped). */
        public Builder warnings(Warnings v) {
            warnings = v;
            return this;
        }

        /** Writes a self-check report with every conversion ({@code --report}); null (the default) writes none. */
        public Builder reporter(Reporter v) {
            reporter = v;
            return this;
        }

        public Publisher build() {
            return build(new java.util.concurrent.ConcurrentHashMap<>());
        }

        private Publisher build(Map<List<Format>, Map<Format, ArticleWriter>> writers) {
            return new Publisher(this, writers);
        }
    }
}
