package org.accesspub.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.accesspub.AccesspubException;
import org.accesspub.batch.ArticleFiles;
import org.accesspub.batch.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accesspub manifest DIR}: the manifest of a folder, one JSON line an article, for convert --manifest. */
@Command(name = "manifest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the manifest of a folder (and its subfolders) for convert --manifest: one JSON line an article.",
        footerHeading = "%nExamples:%n",
        footer = {"  accesspub manifest archive > inputs.jsonl",
                "  accesspub manifest /data/archive -o /data/inputs.jsonl",
                "%nIds are the paths inside the folder without extension, / written as -; sources are relative",
                "to the manifest's folder (-o), or to the current folder when printed."})
final class ManifestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder of articles (.txt, .md, .html …).")
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the manifest here (sources relative to its folder) instead of to stdout.")
    Path output;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw AccesspubException.badInput(dir + " is not a folder: give the folder of the articles");
        }
        Path relativeTo = output == null ? Path.of("") : output.toAbsolutePath().getParent();
        Manifest manifest = Manifest.ofFolder(dir, relativeTo);
        PrintWriter err = spec.commandLine().getErr();
        for (ArticleFiles.Skipped s : manifest.skipped()) {
            err.println("warning: " + s.message());
        }
        String text = manifest.toJsonLines();
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw AccesspubException.cannotWrite("cannot write " + output + ": " + e.getMessage(), e);
            }
            err.println(manifest.entries().size() + " articles in " + output);
        }
        return 0;
    }
}
