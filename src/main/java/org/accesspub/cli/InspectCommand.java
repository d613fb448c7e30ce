package org.accesspub.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.accesspub.Publisher;
import org.accesspub.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code accesspub inspect}: prints the parsed article, so a user sees what the writers will get. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print the parsed article as JSON.",
        footerHeading = "%nExample:%n", footer = "  accesspub inspect samples/seed-article-zh.txt")
final class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", description = "The article: .txt, .md or .html.")
    Path input;

    @CommandLine.Mixin
    SourceOptions source = new SourceOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Article article = Publisher.builder().readOptions(source.toReadOptions()).build().read(input);
        spec.commandLine().getOut().println(ArticleJson.of(article));
        return 0;
    }
}
