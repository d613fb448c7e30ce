package org.accesspub.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.accesspub.AccesspubException;
import org.accesspub.PublishOptions;
import org.accesspub.Publisher;
import org.accesspub.Warnings;
import org.accesspub.batch.ArticleFiles;
import org.accesspub.batch.Batch;
import org.accesspub.batch.BatchResult;
import org.accesspub.batch.Progress;
import org.accesspub.braille.BrailleOptions;
import org.accesspub.braille.BraillePage;
import org.accesspub.braille.BrailleTable;
import org.accesspub.braille.BrailleTables;
import org.accesspub.fonts.FontChain;
import org.accesspub.fonts.UserFonts;
import org.accesspub.prepare.DocumentOptions;
import org.accesspub.report.Reporter;
import org.accesspub.report.Validators;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.style.FontSize;
import org.accesspub.style.LargePrintProfile;
import org.accesspub.style.PageOptions;
import org.accesspub.style.PageSize;
import org.accesspub.style.Theme;
import org.accesspub.write.BookOptions;
import org.accesspub.write.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code accesspub convert}: reads each input and writes the formats asked for. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Convert articles to large-print PDF, EPUB 3, DOCX and speech audio.",
        footerHeading = "%nExamples:%n",
        footer = {"  accesspub convert samples/seed-article-zh.txt",
                "  accesspub convert samples/news-en.txt -f pdf --size x-large --theme high-contrast",
                "  accesspub convert samples/article.md -f epub,docx --size 小一 -o out/big",
                "  accesspub convert articles/ --jobs 2 -o out/all",
                "  accesspub convert notice.docx report.odt https://example.org/news/notice-42.html",
                "  accesspub convert --manifest inputs.jsonl --shard 0/4 -o out",
                "%nSizes: 18pt, 18, 24px, Chinese names 初号 小初 一号 小一 二号 小二 三号 小三 四号 小四,",
                "       presets large (18pt), x-large (24pt), xx-large (32pt)."})
final class ConvertCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Articles (.txt, .md, .html, .docx, .odt), folders of"
            + " them, or web addresses (https://…): many convert in one run.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path outDir = Path.of("out");

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "pdf, epub, docx, audio, braille, narrated, daisy; comma-separated (default: the first four).")
    List<String> formats = new ArrayList<>(List.of("pdf", "epub", "docx", "audio"));

    @CommandLine.Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--size", description = "Body text size (default: ${DEFAULT-VALUE}).")
    String size = "18pt";

    @Option(names = "--line-spacing", description = "Line height as a multiple of the size (default: ${DEFAULT-VALUE}).")
    double lineSpacing = 1.5;

    @Option(names = "--page", paramLabel = "a4|letter|a5|b5", description = "Paper size for the PDF and DOCX (default: ${DEFAULT-VALUE}).")
    String page = "a4";

    @Option(names = "--theme", paramLabel = "default|high-contrast", description = "Colours (default: ${DEFAULT-VALUE}).")
    String theme = "default";

    @Option(names = "--font", paramLabel = "FILE", description = "A font tried before the bundled ones: .ttf, .otf or file.ttc,N.")
    String font;

    @Option(names = "--fallback-font", paramLabel = "FILE",
            description = "A font tried after the bundled ones for characters they lack (rare Han characters): "
                    + ".ttf or file.ttc,N with TrueType outlines; repeatable.")
    java.util.List<String> fallbackFonts = new java.util.ArrayList<>();

    @Option(names = "--identifier", description = "EPUB identifier (default: a urn:uuid derived from the content).")
    String identifier;

    @Option(names = "--publisher", description = "Publisher named in the EPUB (default: the article's source).")
    String publisher;

    @Option(names = "--certifier", paramLabel = "NAME",
            description = "Who checked the EPUB's accessibility (a11y:certifiedBy); without it none is claimed.")
    String certifier;

    @Option(names = "--engine", paramLabel = "espeak|freetts", description = "Speech engine (default: by language).")
    String engine;

    @Option(names = "--voice", description = "Speech voice (default: the engine's voice for the language).")
    String voice;

    @Option(names = "--rate", description = "Speech rate: Chinese characters or English words a minute (default: 220 / 160).")
    Integer rate;

    @Option(names = "--audio-format", paramLabel = "mp3|wav", description = "Audio file format (default: ${DEFAULT-VALUE}).")
    String audioFormat = "mp3";

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Readings for names and polyphones: word=reading lines.")
    Path lexicon;

    @Option(names = "--espeak-lib", paramLabel = "PATH", description = "Use this libespeak-ng instead of the bundled one.")
    Path espeakLib;

    @Option(names = "--voice-model", paramLabel = "[LANG=]FILE.onnx",
            description = "A Piper voice model reading its language (repeatable; also named by ACCESSPUB_VOICE_MODELS).")
    List<String> voiceModels = new ArrayList<>();

    @Option(names = "--voice-config", paramLabel = "FILE.onnx.json",
            description = "The config of the voice model given at the same place (default: FILE.onnx.json beside it).")
    List<Path> voiceConfigs = new ArrayList<>();

    @Option(names = "--braille-table", split = ",", paramLabel = "TABLE",
            description = "Braille table replacing the default for its script: zhcn-cbs (default), zhcn-g1, zh-tw, ueb-g2 (default), ueb-g1.")
    List<String> brailleTables = new ArrayList<>();

    @Option(names = "--braille-page", paramLabel = "CELLSxLINES", description = "Braille page (default: ${DEFAULT-VALUE}).")
    String braillePage = "40x25";

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Articles and formats worked on at once (default: the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @CommandLine.Mixin
    ArchiveOptions archive = new ArchiveOptions();

    @Option(names = "--report", description = "Also write <name>.report.html and <name>.report.json: what to fix, and facts about each output.")
    boolean report;

    @Option(names = "--verify", description = "Check the files written with veraPDF (PDF/UA-1), EPUBCheck and the ECMA-376 schemas; implies --report.")
    boolean verify;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Warnings warnings = new Warnings(m -> err.println("warning: " + m));
        Set<Format> wanted = EnumSet.noneOf(Format.class);
        formats.forEach(f -> wanted.add(Format.parse(f)));
        if (!"mp3".equalsIgnoreCase(audioFormat) && !"wav".equalsIgnoreCase(audioFormat)) {
            throw AccesspubException.badUsage("unknown audio format '" + audioFormat + "': use mp3 or wav");
        }
        LargePrintProfile profile = LargePrintProfile.builder()
                .bodySize(FontSize.parse(size))
                .lineSpacing(lineSpacing)
                .page(PageSize.parse(page))
                .theme(Theme.parse(theme))
                .build();
        if (profile.warning() != null) {
            warnings.warn(profile.warning());
        }
        PublishOptions options = PublishOptions.builder()
                .document(DocumentOptions.builder()
                        .identifier(identifier)
                        .publisher(publisher)
                        .build())
                .page(PageOptions.builder()
                        .profile(profile)
                        .fonts((font == null ? FontChain.bundled() : FontChain.withUserFont(UserFonts.load(font)))
                                .withFallbacks(fallbackFonts.stream().map(UserFonts::load).toList()))
                        .build())
                .speech(SpeechOptions.builder()
                        .engine(engine)
                        .voice(voice)
                        .rate(rate)
                        .audioFormat(audioFormat.toLowerCase(java.util.Locale.ROOT))
                        .lexicon(lexicon)
                        .espeakLibrary(espeakLib)
                        .voiceModels(org.accesspub.speech.VoiceModel.of(voiceModels, voiceConfigs,
                                System.getenv(org.accesspub.speech.VoiceModel.ENVIRONMENT)))
                        .build())
                .braille(BrailleOptions.builder()
                        .tables(BrailleTables.of(brailleTables.stream().map(BrailleTable::parse).toList()))
                        .page(BraillePage.parse(braillePage))
                        .build())
                .book(BookOptions.builder().certifier(certifier).build())
                .build();
        Reporter reporter = verify ? Reporter.verifying(Validators.required()) : report ? Reporter.facts() : null;
        Publisher publisher = Publisher.builder().readOptions(source.toReadOptions()).publishOptions(options).warnings(warnings)
                .reporter(reporter).build();
        List<String> addresses = inputs.stream().filter(org.accesspub.read.web.AddressPolicy::isWebAddress).toList();
        List<Path> paths = inputs.stream().filter(i -> !addresses.contains(i)).map(Path::of).toList();
        if (archive.isArchiveRun(paths)) {
            if (!addresses.isEmpty()) {
                throw AccesspubException.badUsage("give web addresses in the manifest, not beside --manifest");
            }
            Progress progress = Progress.forBatch(out, err, System.console() != null);
            Batch batch = Batch.builder().publisher(publisher).formats(wanted).outDir(outDir).jobs(jobs)
                    .listener(progress).timeLimit(archive.timeLimit()).build();
            return archive.run(paths, batch, outDir, spec,
                    e -> publisher.withReadOptions(source.toReadOptions(e.title(), e.language())), err);
        }
        if (inputs.isEmpty()) {
            throw AccesspubException.badUsage("say what to convert: INPUT files, folders or web addresses, or --manifest FILE");
        }
        int webCode = addresses.isEmpty() ? 0
                : WebInputs.convert(addresses, publisher, wanted, outDir, out, err, paths.isEmpty() && addresses.size() == 1);
        if (paths.isEmpty()) {
            warnings.summarise();
            return webCode;
        }
        ArticleFiles.Listing listing = ArticleFiles.list(paths);
        List<Path> files = listing.articles();
        boolean batch = files.size() + listing.refused().size() > 1 || ArticleFiles.anyFolder(paths);
        Progress progress = batch ? Progress.forBatch(out, err, System.console() != null) : Progress.forOne(out, err);
        listing.ignored().forEach(s -> err.println("warning: " + s.message()));
        CheckLine checks = new CheckLine(progress);
        BatchResult result = Batch.builder().publisher(publisher).formats(wanted).outDir(outDir).jobs(jobs)
                .listener(checks).timeLimit(archive.timeLimit(batch)).build().run(files, listing.refused());
        warnings.summarise();
        if (checks.line() != null) {
            err.println(checks.line());
        }
        if (!batch) {
            if (result.firstFailure() != null) {
                throw result.firstFailure();
            }
            return webCode;
        }
        progress.summary(result);
        return result.exitCode() != 0 ? result.exitCode() : webCode;
    }
}
