package org.accesspub.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.accesspub.AccesspubException;
import org.accesspub.lang.Languages;
import org.accesspub.read.ReadOptions;
import org.accesspub.read.SourceKind;
import picocli.CommandLine.Option;

/** How to read the sources: shared by convert and inspect. */
final class SourceOptions {
    @Option(names = "--from", paramLabel = "txt|md|html|docx|odt|url",
            description = "Source kind (default: by file extension; Word and OpenDocument files also by content).")
    String from;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Source encoding (default: BOM, else UTF-8, else GB18030).")
    String encoding;

    @Option(names = "--lang", paramLabel = "TAG", description = "Article language, BCP 47: zh-CN, zh-TW, en … (default: detected).")
    String lang;

    @Option(names = "--title", description = "Replace the article's title.")
    String title;

    @Option(names = "--author", description = "Replace the article's author.")
    String author;

    @Option(names = "--keep-punctuation", description = "Keep ASCII punctuation between Chinese characters as written.")
    boolean keepPunctuation;

    @Option(names = "--max-input-size", paramLabel = "MB",
            description = "Refuse larger inputs (default: ${DEFAULT-VALUE} MB).")
    long maxInputMb = ReadOptions.DEFAULT_MAX_INPUT_MB;

    @Option(names = "--max-image-size", paramLabel = "MB",
            description = "Use the text alternative of larger images (default: ${DEFAULT-VALUE} MB).")
    long maxImageMb = ReadOptions.DEFAULT_MAX_IMAGE_MB;

    @Option(names = "--max-image-pixels", paramLabel = "MEGAPIXELS",
            description = "Use the text alternative of images of more pixels (default: ${DEFAULT-VALUE} million).")
    long maxImageMegapixels = ReadOptions.DEFAULT_MAX_IMAGE_MEGAPIXELS;

    @Option(names = "--keep-animation",
            description = "Keep animated images moving instead of showing their first frame (a flashing one is declared as a hazard).")
    boolean keepAnimation;

    @Option(names = "--debug", description = "Show the stack trace of an unexpected failure.")
    boolean debug;

    ReadOptions toReadOptions() {
        return toReadOptions(null, null);
    }

    /** The read options with one article's own title and language (a manifest's overrides), when given. */
    ReadOptions toReadOptions(String titleOverride, String languageOverride) {
        return ReadOptions.builder()
                .from(from == null ? null : SourceKind.parse(from))
                .encoding(charset())
                .language(languageOverride != null ? languageOverride : lang == null ? null : Languages.requireTag(lang))
                .title(titleOverride != null ? titleOverride : title)
                .author(author)
                .keepPunctuation(keepPunctuation)
                .maxInputBytes(maxInputBytes())
                .maxImageBytes(inRange("--max-image-size", maxImageMb, 1, 2047, "MB") * 1024 * 1024)
                .maxImagePixels(inRange("--max-image-pixels", maxImageMegapixels, 1, 1000, "million pixels") * 1_000_000)
                .keepAnimation(keepAnimation)
                .build();
    }

    private long maxInputBytes() {
        if (maxInputMb < 1 || maxInputMb > 2047) {
            throw AccesspubException.badUsage("--max-input-size " + maxInputMb + " is out of range: 1 to 2047 MB");
        }
        return maxInputMb * 1024 * 1024;
    }

    private static long inRange(String option, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            throw AccesspubException.badUsage(option + " " + value + " is out of range: " + min + " to " + max + " " + unit);
        }
        return value;
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw AccesspubException.badUsage("unknown encoding '" + encoding + "': use utf-8, gb18030, gbk, big5, utf-16 …");
        }
    }
}
