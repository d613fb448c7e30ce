package org.accesspub.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.accesspub.AccesspubException;
import org.accesspub.Failures;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code accesspub}: the command line over the library. Only option parsing and error mapping live here. */
@Command(name = "accesspub", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns one article (plain text, Markdown or HTML) into large print, e-book, document and speech.",
        subcommands = {ConvertCommand.class, InspectCommand.class, VoicesCommand.class, ManifestCommand.class,
                LedgerCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  accesspub convert samples/seed-article-zh.txt",
                "  accesspub convert article.md -f pdf,epub --size 小一 -o handouts",
                "  accesspub inspect samples/seed-article-zh.txt",
                "  accesspub voices",
                "  accesspub serve",
                "%nExit codes: 0 done, 1 unexpected failure, 2 bad usage, 3 bad input, 4 cannot write output."})
public final class Main implements Runnable {
    private static final String SIMPLELOG_LEVEL = "org.apache.logging.log4j.simplelog.level";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: convert, inspect, voices, manifest, ledger or serve");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command line and returns its exit code; tests call this. Any failure, errors included,
     * ends as one line and an exit code; the stack trace only with {@code --debug}.
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = TerminalText.wrap(rawOut);
        PrintWriter err = TerminalText.wrap(rawErr);
        boolean debug = List.of(args).contains("--debug");
        if (!debug && System.getProperty(SIMPLELOG_LEVEL) == null) {
            // POI logs through Log4j's fallback logger: a full disk printed 36 lines before our one
            System.setProperty(SIMPLELOG_LEVEL, "OFF");
        }
        Preload.start(args);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        // help without colour codes: every control character on the way to the terminal is shown escaped
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, debug, err));
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("accesspub: " + Failures.oneLine(ex.getMessage()));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try 'accesspub " + subcommandName(ex.getCommandLine()) + "--help' for the options.");
            return AccesspubException.BAD_USAGE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (Throwable t) { // the last resort: errors (stack overflow, out of memory) pass picocli by
            code = report(t, debug, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int report(Throwable t, boolean debug, PrintWriter err) {
        AccesspubException e = Failures.lastResort(t);
        err.println("accesspub: " + Failures.oneLine(e.getMessage()));
        if (debug) {
            t.printStackTrace(err);
        }
        return e.exitCode();
    }

    private static String subcommandName(CommandLine cl) {
        return cl.getParent() == null ? "" : cl.getCommandName() + " ";
    }
}
