package org.accesspub;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.accesspub.model.Article;
import org.accesspub.prepare.PreparedDocument;
import org.accesspub.prepare.Preparer;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.Readers;
import org.accesspub.write.ArticleWriter;
import org.accesspub.write.Format;
import org.accesspub.write.OutputFiles;

/**
 * The library's front door: read a source into the model, then write it in each format asked for.
 * Built once with {@link #builder()}; the command line is a thin layer over this.
 */
public final class Publisher {
    private final ReadOptions readOptions;
    private final PublishOptions publishOptions;

    private Publisher(Builder b) {
        this.readOptions = b.readOptions;
        this.publishOptions = b.publishOptions;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Article read(Path input) {
        return Readers.read(input, readOptions);
    }

    /**
     * Makes every decision the outputs share, once: outline, dates, images (taken only from
     * {@code sourceDir}), links, terms and paragraph settings.
     */
    public PreparedDocument prepare(Article article, Path sourceDir) {
        return Preparer.builder().folder(sourceDir).warnings(publishOptions.warnings()).build().prepare(article);
    }

    /**
     * Writes {@code outDir/<base>.<ext>} for each format. Every file of a format is committed
     * together, or none is.
     */
    public List<Path> write(Article article, Path sourceDir, Set<Format> formats, Path outDir, String baseName) {
        return write(prepare(article, sourceDir), formats, outDir, baseName);
    }

    /** Writes a prepared document in each format; see {@link #write(Article, Path, Set, Path, String)}. */
    public List<Path> write(PreparedDocument document, Set<Format> formats, Path outDir, String baseName) {
        List<Path> written = new ArrayList<>();
        for (Format format : formats) {
            ArticleWriter writer = Writers.create(format, publishOptions);
            try (OutputFiles out = new OutputFiles(outDir, baseName)) {
                writer.write(document, out);
                written.addAll(out.commit());
            } catch (IOException e) {
                throw AccesspubException.cannotWrite("cannot write " + format.id() + " to " + outDir + ": "
                        + e.getMessage() + " (check the folder exists and is writable, or choose another with -o)", e);
            }
        }
        return written;
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

        public Builder readOptions(ReadOptions v) {
            readOptions = v;
            return this;
        }

        public Builder publishOptions(PublishOptions v) {
            publishOptions = v;
            return this;
        }

        public Publisher build() {
            return new Publisher(this);
        }
    }
}
