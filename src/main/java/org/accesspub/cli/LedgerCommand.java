package org.accesspub.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.accesspub.batch.LedgerSummary;
import org.accesspub.batch.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accesspub ledger OUT}: every shard's ledger merged into one summary. */
@Command(name = "ledger", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Summarise the ledgers of an archive run: done, failed (with reasons), unfinished, audio hours, slowest.",
        footerHeading = "%nExamples:%n",
        footer = {"  accesspub ledger out",
                "  accesspub ledger out --manifest inputs.jsonl --json",
                "%nExit code: 0 when no article failed; 3 when every failure is bad input; else that of a failure."})
final class LedgerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "OUT", description = "The output folder of convert --manifest (holds ledger/).")
    Path outDir;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Also count the articles of this manifest no run has reached.")
    Path manifest;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--slowest", paramLabel = "N", description = "List the N slowest articles (default: ${DEFAULT-VALUE}).")
    int slowest = 10;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LedgerSummary summary = LedgerSummary.of(outDir, manifest == null ? null : Manifest.load(manifest));
        spec.commandLine().getOut().print(json ? summary.json(Math.max(0, slowest)) + "\n" : summary.text(Math.max(0, slowest)));
        spec.commandLine().getOut().flush();
        return summary.exitCode();
    }
}
