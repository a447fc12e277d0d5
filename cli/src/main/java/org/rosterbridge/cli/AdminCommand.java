package org.rosterbridge.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rosterbridge.admin.AdminSettings;
import org.rosterbridge.admin.AdminWeb;
import org.rosterbridge.sync.SyncSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosterbridge admin}: administrators of the web UI. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Manage administrators of the admin web UI.",
        subcommands = {AdminCommand.CreateUser.class})
final class AdminCommand implements Runnable {

    static final String PASSWORD_ENV = "ROSTERBRIDGE_ADMIN_PASSWORD";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Creates an administrator or sets a new password. The password never comes from an argument, where it
     * would show in the process list and shell history.
     */
    @Command(
            name = "create-user",
            mixinStandardHelpOptions = true,
            description = {
                "Creates an administrator (or sets a new password for an existing one).",
                "The password comes from --password-file, else the environment variable " + PASSWORD_ENV
                        + ", else the first line of standard input; at least 12 characters."
            })
    static final class CreateUser implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--db", description = "JDBC URL of the app database (default: an H2 file under ./data/).")
        String db = SyncSettings.DEFAULT_JDBC_URL;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "The user name.")
        String user;

        @Option(
                names = "--password-file",
                paramLabel = "FILE",
                description = "A file whose first line is the password.")
        Path passwordFile;

        /** The environment; a seam for tests. */
        Map<String, String> env = System.getenv();

        @Override
        public Integer call() {
            char[] password = password();
            try {
                AdminWeb.createUser(AdminSettings.of(db, 0), user, password);
            } finally {
                Arrays.fill(password, '\0');
            }
            spec.commandLine().getOut().printf("administrator %s is ready%n", user);
            return ExitCodes.OK;
        }

        private char[] password() {
            String line;
            if (passwordFile != null) {
                line = firstLine(passwordFile);
            } else if (!env.getOrDefault(PASSWORD_ENV, "").isEmpty()) {
                line = env.get(PASSWORD_ENV);
            } else {
                line = stdin();
            }
            if (line.isEmpty()) {
                throw new UsageException("no password: give --password-file, set " + PASSWORD_ENV + " or pipe it in");
            }
            return line.toCharArray();
        }

        private static String firstLine(Path file) {
            try {
                return Files.readAllLines(file).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new UsageException("cannot read --password-file " + file + ": " + e.getMessage());
            }
        }

        private static String stdin() {
            try {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                return line == null ? "" : line.strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
