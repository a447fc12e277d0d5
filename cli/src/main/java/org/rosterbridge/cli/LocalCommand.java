package org.rosterbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rosterbridge.sync.SyncEngine;
import org.rosterbridge.sync.SyncSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rosterbridge local import FILE.csv}: records the app had before Clever, for the first sync to match. */
@Command(
        name = "local",
        mixinStandardHelpOptions = true,
        description = "Records the app had before Clever.",
        subcommands = {LocalCommand.Import.class})
final class LocalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Load a CSV of pre-Clever districts, schools and users (columns: docs/app-schema.md).")
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.csv")
        Path file;

        @Option(names = "--db", description = "JDBC URL of the app database (default: an H2 file under ./data/).")
        String db = SyncSettings.DEFAULT_JDBC_URL;

        @Option(names = "--db-user", defaultValue = "", description = "Database user.")
        String dbUser;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such file: " + file);
            }
            String password = System.getenv().getOrDefault("ROSTERBRIDGE_DB_PASSWORD", "");
            try (SyncEngine engine = SyncEngine.open(SyncSettings.defaults(db).withCredentials(dbUser, password))) {
                int rows = engine.importLocal(file);
                PrintWriter out = spec.commandLine().getOut();
                out.println("imported " + rows + " local record(s) from " + file.getFileName());
            }
            return ExitCodes.OK;
        }
    }
}
