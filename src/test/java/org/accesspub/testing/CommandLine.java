package org.accesspub.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.accesspub.cli.Main;

/** Runs the command line in this JVM, as a user would type it, and keeps its exit code and both outputs. */
public final class CommandLine {
    private CommandLine() {
    }

    /** What one run of the command line ended with. */
    public record Result(int code, String out, String err) {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }
}
