package org.accesspub.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.accesspub.AccesspubException;
import org.accesspub.lang.Languages;
import org.accesspub.model.Article;
import org.accesspub.model.Metadata;

/**
 * Reads a source file into an {@link Article}: decodes it, picks the reader by extension or
 * {@code --from}, then settles the language, the title and Chinese punctuation the same way for
 * every kind of source.
 */
public final class Readers {
    private Readers() {
    }

    public static Article read(Path path, ReadOptions options) {
        String name = path.toString();
        byte[] bytes = load(path, name, options.maxInputBytes());
        SourceKind kind = options.from() != null ? options.from() : SourceKind.of(path);
        if (kind == SourceKind.URL) {
            throw AccesspubException.badUsage("--from url takes a web address (http:// or https://), not the file " + name);
        }
        if (kind.isPackage() || options.from() == null && (org.accesspub.read.office.ZipParts.isZip(bytes)
                || org.accesspub.read.office.ZipParts.isOle2(bytes))) {
            return settle(OfficeReaders.read(bytes, kind, name), options, name);
        }
        String text = TextDecoder.decode(bytes, options.encoding(),
                kind == SourceKind.HTML ? DeclaredCharset.of(bytes) : null, name);
        return read(text, kind, options, name);
    }

    /**
     * Reads a Word or OpenDocument file already in memory (recognised by its content; {@code kind} only says
     * what its name claims); {@code name} is used in error messages.
     */
    public static Article readDocument(byte[] bytes, SourceKind kind, ReadOptions options, String name) {
        return settle(OfficeReaders.read(bytes, kind, name), options, name);
    }

    /** Reads text that is already decoded; {@code name} is used in error messages. */
    public static Article read(String text, SourceKind kind, ReadOptions options, String name) {
        String clean = TextDecoder.clean(text);
        if (TextDecoder.isBlank(clean)) {
            throw AccesspubException.badInput(name + " is empty: give a file with the article's text");
        }
        Article article = reader(kind).read(kind == SourceKind.TXT ? clean : CharacterReferences.withoutSurrogates(clean));
        return settle(article, options, name);
    }

    private static ArticleReader reader(SourceKind kind) {
        return switch (kind) {
            case TXT -> new PlainTextReader();
            case MD -> new MarkdownReader();
            case HTML, URL -> new HtmlReader();
            case DOCX, ODT -> throw new IllegalArgumentException(kind + " is read from bytes: OfficeReaders");
        };
    }

    private static byte[] load(Path path, String name, long maxBytes) {
        try {
            if (Files.isDirectory(path)) {
                throw AccesspubException.badInput(name + " is a folder: give the article's file");
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // a FIFO would block forever, /dev/zero never ends: refused before opening
                throw AccesspubException.badInput(name + " is not a regular file (a pipe or a device):"
                        + " save the article to a file first");
            }
            if (Files.size(path) > maxBytes) {
                throw tooLarge(name, maxBytes);
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw tooLarge(name, maxBytes); // it grew while being read
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw AccesspubException.badInput("no such file: " + name + " (check the path)");
        } catch (AccessDeniedException e) {
            throw AccesspubException.badInput("cannot read " + name + ": permission denied");
        } catch (IOException e) {
            throw AccesspubException.badInput("cannot read " + name + ": " + e.getMessage());
        }
    }

    private static AccesspubException tooLarge(String name, long maxBytes) {
        return AccesspubException.badInput(name + " is larger than " + ReadOptions.megabytes(maxBytes)
                + " MB: give one article at a time, or raise --max-input-size");
    }

    static Article settle(Article article, ReadOptions options, String name) {
        Metadata m = article.metadata();
        if (article.blocks().isEmpty() && (m.title() == null || m.title().isBlank())) {
            throw AccesspubException.badInput(name + " holds no article text: give a file with a title and paragraphs");
        }
        if (options.title() != null) {
            m = m.withTitle(options.title());
        }
        if (options.author() != null) {
            m = m.withAuthor(options.author());
        }
        String sourceLang = article.metadata().language();
        // a tag from <html lang> or front matter is input like any other: only a well-formed one is kept
        boolean usable = sourceLang != null && !"und".equals(sourceLang) && Languages.isWellFormedTag(sourceLang);
        String lang = options.language() != null ? options.language()
                : usable ? sourceLang.strip().replace('_', '-')
                : Languages.detect(new Article(m, article.blocks()).allText());
        m = m.withLanguage(lang);
        Article settled = new Article(m, article.blocks());
        if (Languages.isChinese(lang) && !options.keepPunctuation()) {
            settled = TextTransform.apply(settled, ChinesePunctuation::apply);
        }
        return settled;
    }
}
