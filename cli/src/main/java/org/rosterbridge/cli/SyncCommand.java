package org.rosterbridge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rosterbridge.sync.ApiVersion;
import org.rosterbridge.sync.RunReport;
import org.rosterbridge.sync.RunStatus;
import org.rosterbridge.sync.SyncEngine;
import org.rosterbridge.sync.SyncException;
import org.rosterbridge.sync.SyncMode;
import org.rosterbridge.sync.SyncRequest;
import org.rosterbridge.sync.SyncSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code rosterbridge sync}: one run per district token into the app database. Prints each district's report;
 * with {@code --format json} every report is one line of JSON, so the last line is the last district's.
 * Exit 0 when every run applied (or was a dry run), 1 when any was held or failed, 2 on usage errors.
 */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Sync districts from the Clever API into the app database (full or events).")
final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--api",
            defaultValue = "https://api.clever.com",
            description = "API root (default ${DEFAULT-VALUE}).")
    URI api;

    @Option(names = "--token", description = "A district-app token; repeat for several districts. Never printed.")
    List<String> tokens = new ArrayList<>();

    @Option(names = "--tokens-file", description = "A file with one district token per line (# comments).")
    Path tokensFile;

    @Option(names = "--db", description = "JDBC URL of the app database (default: an H2 file under ./data/).")
    String db = SyncSettings.DEFAULT_JDBC_URL;

    @Option(names = "--db-user", defaultValue = "", description = "Database user.")
    String dbUser;

    @Option(names = "--api-version", defaultValue = "v3.0", description = "v3.0, v3.1, v2.1 or v2.0.")
    String apiVersion;

    @Option(names = "--mode", defaultValue = "auto", description = "auto, full or events.")
    String mode;

    @Option(names = "--dry-run", description = "Plan and print, change nothing.")
    boolean dryRun;

    @Option(names = "--approve", defaultValue = "", paramLabel = "RUN-ID", description = "Apply a held run's plan.")
    String approve;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    String format;

    @Option(names = "--page-size", defaultValue = "10000", description = "Records per page, 1..10000.")
    int pageSize;

    @Option(
            names = "--archive-percent",
            defaultValue = "10",
            description = "Hold runs archiving more than this %% of a type.")
    double archivePercent;

    @Option(
            names = "--update-percent",
            defaultValue = "75",
            description = "Hold runs updating more than this %% of a type.")
    double updatePercent;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A properties file of sync settings (keys in docs/sync.md); options given here win.")
    Path config;

    @Override
    public Integer call() {
        SyncConfig file = config == null ? SyncConfig.empty() : SyncConfig.load(config);
        applyFile(file);
        List<SyncRequest> requests = requests();
        SyncSettings settings = settings(file);
        PrintWriter out = spec.commandLine().getOut();
        boolean allApplied = true;
        try (SyncEngine engine = SyncEngine.open(settings)) {
            for (SyncRequest request : requests) {
                RunReport report = engine.run(request);
                out.print(format.equals("json") ? report.toJson() + System.lineSeparator() : report.toText());
                out.flush();
                allApplied &= report.status() == RunStatus.APPLIED || report.status() == RunStatus.DRY_RUN;
            }
        }
        return allApplied ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private SyncSettings settings(SyncConfig file) {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json, was " + format);
        }
        try {
            String password = System.getenv().getOrDefault("ROSTERBRIDGE_DB_PASSWORD", "");
            SyncSettings settings = SyncSettings.defaults(db)
                    .withCredentials(dbUser, password)
                    .withPageSize(pageSize)
                    .withBrake(archivePercent, updatePercent)
                    .withUserMatchKeys(file.matchKeys());
            return file.fullEvery()
                    .map(every -> new SyncSettings(
                            settings.jdbcUrl(),
                            settings.dbUser(),
                            settings.dbPassword(),
                            settings.pageSize(),
                            settings.archiveLimitPercent(),
                            settings.updateLimitPercent(),
                            every,
                            settings.userMatchKeys(),
                            settings.clock()))
                    .orElse(settings);
        } catch (SyncException e) {
            throw new UsageException(e.getMessage());
        }
    }

    // The file fills only the options the command line left out.
    private void applyFile(SyncConfig file) {
        ParseResult parsed = spec.commandLine().getParseResult();
        for (Map.Entry<String, String> e : SyncConfig.OPTIONS.entrySet()) {
            if (!parsed.hasMatchedOption(e.getValue())) {
                file.option(e.getValue()).ifPresent(value -> set(e.getKey(), e.getValue(), value));
            }
        }
    }

    private void set(String key, String option, String value) {
        try {
            switch (option) {
                case "--db" -> db = value;
                case "--db-user" -> dbUser = value;
                case "--api" -> api = URI.create(value);
                case "--api-version" -> apiVersion = value;
                case "--mode" -> mode = value;
                case "--page-size" -> pageSize = Integer.parseInt(value);
                case "--archive-percent" -> archivePercent = Double.parseDouble(value);
                case "--update-percent" -> updatePercent = Double.parseDouble(value);
                default -> throw new IllegalStateException("no option " + option);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad value for " + key + " in the settings file: " + value);
        }
    }

    private List<SyncRequest> requests() {
        List<String> all = new ArrayList<>(tokens);
        if (tokensFile != null) {
            all.addAll(readTokens(tokensFile));
        }
        if (all.isEmpty() && approve.isEmpty()) {
            throw new UsageException("give at least one --token or a --tokens-file");
        }
        if (all.isEmpty()) {
            all.add("approval");
        }
        ApiVersion version;
        SyncMode syncMode;
        try {
            version = ApiVersion.of(apiVersion);
            syncMode = SyncMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | SyncException e) {
            throw new UsageException("bad --api-version or --mode: " + apiVersion + ", " + mode);
        }
        List<SyncRequest> requests = new ArrayList<>();
        for (String token : all) {
            requests.add(new SyncRequest(api, token, version, syncMode, dryRun, approve));
            if (!approve.isEmpty()) {
                break;
            }
        }
        return requests;
    }

    private static List<String> readTokens(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokens file " + file, e);
        }
    }
}
