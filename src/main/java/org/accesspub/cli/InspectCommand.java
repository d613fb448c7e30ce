package org.accesspub.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.accesspub.speech.SpeechOptions;
import org.accesspub.Publisher;
import org.accesspub.speech.ScriptBuilder;
import org.accesspub.speech.ScriptText;
import org.accesspub.speech.SpokenScript;
import org.accesspub.speech.text.MandarinReading;
import org.accesspub.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code accesspub inspect}: prints the parsed article, so a user sees what the writers will get. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print the parsed article as JSON, or with --speech the script the audio will read.",
        footerHeading = "%nExamples:%n", footer = {"  accesspub inspect samples/seed-article-zh.txt",
                "  accesspub inspect --speech samples/seed-article-zh.txt --lexicon names.txt"})
final class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", description = "The article: .txt, .md, .html, .docx, .odt, or a web address (https://…).")
    String input;

    @CommandLine.Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--speech", description = "Print the spoken script: normalised text, pauses and chapters.")
    boolean speech;

    @Option(names = "--pinyin", description = "With --speech: each Mandarin sentence and the pinyin (tone digits, sandhi applied) it is read with.")
    boolean pinyin;

    @Option(names = "--lexicon", paramLabel = "FILE", description = "Readings for names and polyphones: word=reading lines.")
    Path lexicon;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Publisher publisher = Publisher.builder().readOptions(source.toReadOptions()).build();
        Article article = publisher.read(input);
        if (pinyin && !speech) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pinyin goes with --speech");
        }
        if (speech) {
            SpeechOptions options = SpeechOptions.builder().lexicon(lexicon).build();
            // prepared as convert prepares it, images taken only from the article's folder (a web page's come with it)
            Path folder = org.accesspub.read.web.AddressPolicy.isWebAddress(input) ? Path.of("").toAbsolutePath()
                    : Path.of(input).toAbsolutePath().getParent();
            SpokenScript script = ScriptBuilder.forOptions(options).build(publisher.prepare(article, folder));
            if (pinyin) {
                java.util.Set<Integer> reported = new java.util.HashSet<>();
                java.io.PrintWriter err = spec.commandLine().getErr();
                spec.commandLine().getOut().print(ScriptText.pinyin(script, cp -> {
                    if (reported.add(cp)) {
                        err.println("warning: " + MandarinReading.unreadable(cp));
                    }
                }));
            } else {
                spec.commandLine().getOut().println(ScriptText.render(script));
            }
        } else {
            spec.commandLine().getOut().println(ArticleJson.of(article));
        }
        return 0;
    }
}
