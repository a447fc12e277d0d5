package org.rosterbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rosterbridge.hub.Hub;
import org.rosterbridge.hub.HubException;
import org.rosterbridge.hub.HubSettings;
import org.rosterbridge.hub.HubStatus;
import org.rosterbridge.hub.RunningHub;
import org.rosterbridge.hub.Upload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "hub",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the district in --data (Clever's SFTP layout) as Clever does: Data API v2.0, v2.1, v3.0, v3.1"
                    + " and Events on --port, uploads by SFTP on --sftp-port, held uploads until approved.",
            "Runs until stopped (Ctrl-C). The hub keeps its state in DIR/.hub/."
        },
        subcommands = {HubCommand.Approve.class, HubCommand.Discard.class, HubCommand.Status.class})
final class HubCommand implements Callable<Integer> {
    static final String SFTP_PASSWORD_ENV = "ROSTERBRIDGE_SFTP_PASSWORD";

    @Spec
    CommandSpec spec;

    @Mixin
    Target target;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default 8086; 0 picks a free one).")
    int port = HubSettings.DEFAULT_PORT;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "The district-app bearer token (default: generated once, kept).")
    String token = "";

    @Option(
            names = "--admin-token",
            paramLabel = "TOKEN",
            description = "The /admin bearer token (default: generated once, kept).")
    String adminToken = "";

    @Option(
            names = "--sftp-port",
            paramLabel = "N",
            description = "Run the SFTP server on this port (0 picks a free one).")
    int sftpPort = HubSettings.NO_SFTP;

    @Option(names = "--sftp-user", paramLabel = "NAME", description = "SFTP user (default: the district key).")
    String sftpUser = "";

    @Option(
            names = "--sftp-password-file",
            paramLabel = "FILE",
            description = "File whose first line is the SFTP password; else " + SFTP_PASSWORD_ENV
                    + "; else one generated once, kept and printed.")
    String sftpPasswordFile = "";

    @Option(
            names = "--district-key",
            paramLabel = "KEY",
            description = "What Clever ids derive from (default: the directory's name).")
    String districtKey = "";

    @Option(
            names = "--district-name",
            paramLabel = "NAME",
            description = "The district's name (default: the district key).")
    String districtName = "";

    @Option(
            names = "--district-admin",
            paramLabel = "EMAIL",
            description = "A district admin's e-mail address (repeatable).")
    List<String> districtAdmins = List.of();

    @Option(
            names = "--quiet-period",
            paramLabel = "DURATION",
            description = "Process an upload this long after its last write (default 5m).")
    String quietPeriod = "5m";

    @Option(names = "--rate-limit", paramLabel = "N", description = "Requests per token per minute (default 1200).")
    int rateLimit = 1_200;

    @Option(
            names = "--hold-delete",
            paramLabel = "PCT",
            description = "Hold uploads deleting more than PCT %% of a record type (default 10).")
    double holdDelete = 10;

    @Option(
            names = "--hold-update",
            paramLabel = "PCT",
            description = "Hold uploads updating more than PCT %% of a record type (default 75).")
    double holdUpdate = 75;

    @Option(
            names = "--event-retention",
            paramLabel = "DURATION",
            description = "How long events are kept (default 30d).")
    String eventRetention = "30d";

    @Option(
            names = "--stop-after-ingest",
            description = "Process --data once, print the outcome and stop (no serving).")
    boolean stopAfterIngest;

    @Override
    public Integer call() {
        HubSettings settings = settings();
        PrintWriter out = spec.commandLine().getOut();
        try (RunningHub hub = Hub.start(settings)) {
            if (stopAfterIngest) {
                HubStatus status = hub.status();
                out.println("served snapshot: " + status.servedSnapshot());
                status.uploads().stream().findFirst().ifPresent(u -> print(out, u));
                out.flush();
                return status.servedSnapshot() > 0 ? ExitCodes.OK : ExitCodes.FAILURE;
            }
            announce(out, hub, settings);
            awaitShutdown(hub);
        } catch (HubException e) {
            spec.commandLine().getErr().println("hub: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private HubSettings settings() {
        try {
            return target.builder(spec)
                    .port(port)
                    .token(token)
                    .adminToken(adminToken)
                    .sftpPort(sftpPort)
                    .sftpUser(sftpUser)
                    .sftpPassword(sftpPassword(sftpPasswordFile, System.getenv()))
                    .districtKey(districtKey)
                    .districtName(districtName)
                    .districtAdmins(districtAdmins)
                    .quietPeriod(duration("--quiet-period", quietPeriod))
                    .rateLimit(rateLimit)
                    .holdThresholds(holdDelete, holdUpdate)
                    .eventRetention(duration("--event-retention", eventRetention))
                    .build();
        } catch (HubException | UsageException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * The SFTP password from {@code file} (its first line), else from the environment, else empty for one
     * the hub generates. Never an option's value: command lines show in {@code ps} and shell histories.
     */
    static String sftpPassword(String file, Map<String, String> environment) {
        if (file.isEmpty()) {
            return environment.getOrDefault(SFTP_PASSWORD_ENV, "").strip();
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            String password = lines.isEmpty() ? "" : lines.get(0).strip();
            if (password.isEmpty()) {
                throw new UsageException("--sftp-password-file " + file + " has no password on its first line");
            }
            return password;
        } catch (IOException e) {
            throw new UsageException("cannot read --sftp-password-file " + file);
        }
    }

    private Duration duration(String option, String text) {
        return Durations.parse(text)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        option + " must be a duration such as 30s, 5m, 2h, 30d or PT5M, not " + text));
    }

    private static void announce(PrintWriter out, RunningHub hub, HubSettings settings) {
        // A password the operator gave is theirs already; only a generated one is shown, so they can use it.
        out.println("hub: serving " + settings.dataDirectory() + " at http://localhost:" + hub.port());
        out.println("  district token: " + hub.token());
        out.println("  admin token:    " + hub.adminToken());
        if (hub.sftpPort() != HubSettings.NO_SFTP) {
            out.println("  sftp:           port " + hub.sftpPort() + ", user " + hub.sftpUser() + ", password "
                    + (settings.sftpPassword().isEmpty() ? hub.sftpPassword() : "as given"));
        }
        HubStatus status = hub.status();
        out.println("  served snapshot: " + status.servedSnapshot());
        status.uploads().stream().findFirst().ifPresent(u -> print(out, u));
        out.flush();
    }

    private static void awaitShutdown(RunningHub hub) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            hub.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void print(PrintWriter out, Upload upload) {
        out.printf(
                Locale.ROOT,
                "  upload %d: %s, %d errors, %d warnings%s%n",
                upload.snapshot(),
                upload.state().name().toLowerCase(Locale.ROOT),
                upload.errors(),
                upload.warnings(),
                upload.reason().isEmpty() ? "" : " (" + upload.reason() + ")");
    }

    /** Where the hub's state is: --data and --db, shared by the hub command and its subcommands. */
    static final class Target {
        // Not required in picocli's sense: the hub command's subcommands take their own --data.
        @Option(names = "--data", paramLabel = "DIR", description = "The district's upload directory (required).")
        Path data;

        @Option(
                names = "--db",
                paramLabel = "URL",
                description = "A JDBC URL (PostgreSQL) instead of the H2 file in DIR/.hub/.")
        String db = "";

        HubSettings.Builder builder(CommandSpec spec) {
            if (data == null) {
                throw new ParameterException(spec.commandLine(), "--data DIR is required");
            }
            if (!data.toFile().isDirectory()) {
                throw new ParameterException(spec.commandLine(), "--data " + data + " is not a directory");
            }
            return HubSettings.builder(data).databaseUrl(db);
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Serves the held upload.")
    static final class Approve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Target target;

        @Override
        public Integer call() {
            return decide(
                    spec,
                    () -> "approved snapshot "
                            + Hub.approve(target.builder(spec).build()));
        }
    }

    @Command(name = "discard", mixinStandardHelpOptions = true, description = "Throws the held upload away.")
    static final class Discard implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Target target;

        @Override
        public Integer call() {
            return decide(
                    spec,
                    () -> "discarded snapshot "
                            + Hub.discard(target.builder(spec).build()));
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "Lists the uploads and what became of them.")
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Target target;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                HubStatus status = Hub.status(target.builder(spec).build());
                out.println("served snapshot: " + status.servedSnapshot());
                status.uploads().forEach(u -> print(out, u));
                out.flush();
                return ExitCodes.OK;
            } catch (HubException e) {
                spec.commandLine().getErr().println("hub status: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
    }

    private interface Decision {
        String run();
    }

    private static int decide(CommandSpec spec, Decision decision) {
        try {
            spec.commandLine().getOut().println(decision.run());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (HubException e) {
            spec.commandLine().getErr().println("hub " + spec.name() + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
