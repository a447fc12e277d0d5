package org.rosterbridge.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The one {@code main}: runs a command and exits with its code (0 ok, 1 data or run failure, 2 usage). */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs {@code args} writing to the given streams; the seam the CLI tests use. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = RosterbridgeCommand.commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }
}
