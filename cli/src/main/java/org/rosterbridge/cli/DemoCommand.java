package org.rosterbridge.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rosterbridge.admin.AdminSettings;
import org.rosterbridge.admin.AdminWeb;
import org.rosterbridge.clever.csv.CleverCsv;
import org.rosterbridge.clever.csv.ValidationReport;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GenerationSummary;
import org.rosterbridge.generator.GeneratorSettings;
import org.rosterbridge.hub.Hub;
import org.rosterbridge.hub.HubSettings;
import org.rosterbridge.hub.RunningHub;
import org.rosterbridge.sync.RunReport;
import org.rosterbridge.sync.RunStatus;
import org.rosterbridge.sync.SyncEngine;
import org.rosterbridge.sync.SyncRequest;
import org.rosterbridge.sync.SyncSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the whole chain on embedded defaults: generates a district as Clever files, validates it, serves"
                    + " it with the hub (Data API, Events, SFTP), syncs it over HTTP into an H2 app database and starts"
                    + " the admin web UI with the district connected and a fresh administrator password.",
            "Then keeps the hub and the UI running until Ctrl-C. Running it again reuses the same ids and database."
        })
final class DemoCommand implements Callable<Integer> {

    private static final String TOKEN = "demo-district-token";
    private static final String ADMIN = "admin";

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where the demo keeps its files (default ./data/demo).")
    Path dir = Path.of("data", "demo");

    @Option(names = "--students", paramLabel = "N", description = "District size (default 2000).")
    int students = 2_000;

    @Option(names = "--seed", paramLabel = "N", description = "Generator seed (default 7).")
    long seed = 7;

    @Option(names = "--port", paramLabel = "N", description = "The hub's HTTP port (default 8086; 0 picks one).")
    int port = HubSettings.DEFAULT_PORT;

    @Option(names = "--ui-port", paramLabel = "N", description = "The admin UI's port (default 8080; 0 picks one).")
    int uiPort = 8080;

    @Option(names = "--no-serve", description = "Stop after the sync instead of serving until Ctrl-C.")
    boolean noServe;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path district = dir.resolve("district");
        generate(out, district);
        if (!validate(out, district)) {
            return ExitCodes.FAILURE;
        }
        RunningHub hub = Hub.start(hubSettings(district));
        try {
            URI api = URI.create("http://localhost:" + hub.port());
            out.printf("3. the hub serves it at %s (Data API v2.0-v3.1, Events)%n", api);
            RunReport report = sync(out, api);
            try (AdminWeb.Running web = adminUi(out, api)) {
                printNext(out, hub, api);
                if (!noServe) {
                    serveUntilInterrupted(hub, web);
                }
            }
            return report.status() == RunStatus.APPLIED ? ExitCodes.OK : ExitCodes.FAILURE;
        } finally {
            hub.close();
        }
    }

    private void generate(PrintWriter out, Path district) {
        GenerationSummary generated = DistrictGenerator.generate(new GeneratorSettings(students, seed), district);
        out.printf(Locale.ROOT, "1. generated a district of %,d students in %s%n", students, district);
        generated.files().forEach(f -> out.printf(Locale.ROOT, "     %-16s %,9d rows%n", f.fileName(), f.rows()));
    }

    private boolean validate(PrintWriter out, Path district) {
        ValidationReport report = CleverCsv.validate(district);
        out.printf(
                Locale.ROOT,
                "2. validated it as Clever would: %s, %d errors, %d warnings%n",
                report.valid() ? "valid" : "invalid",
                report.errors(),
                report.warnings());
        report.problems().stream().limit(10).forEach(p -> out.println("     " + p));
        return report.valid();
    }

    private HubSettings hubSettings(Path district) {
        return HubSettings.builder(district)
                .port(port)
                .sftpPort(0)
                .token(TOKEN)
                .districtName("Rosterbridge Demo District")
                .build();
    }

    private RunReport sync(PrintWriter out, URI api) {
        String database =
                SyncSettings.h2File(dir.resolve("app").toAbsolutePath().toString());
        try (SyncEngine engine = SyncEngine.open(SyncSettings.defaults(database))) {
            RunReport report = engine.run(SyncRequest.of(api, TOKEN));
            out.printf("4. synced it over HTTP into the app database %s%n", database);
            out.println("     " + report.toText().replace("\n", "\n     "));
            return report;
        }
    }

    private AdminWeb.Running adminUi(PrintWriter out, URI api) {
        AdminSettings settings =
                AdminSettings.of(appDatabase(), uiPort).withHost("localhost").withDataDir(dir.resolve("admin"));
        AdminWeb.Running web = AdminWeb.start(settings);
        char[] password = randomPassword();
        web.createUser(ADMIN, password);
        long district = web.connectDistrict(api, TOKEN, "v3.0", ZoneId.of("America/New_York"));
        out.printf("5. the admin UI is up with the district connected: http://localhost:%d/login%n", web.port());
        // A fresh local demo password, printed so a newcomer can sign in; reset on every demo run.
        out.printf("     user %s, password %s%n", ADMIN, new String(password));
        out.printf("     district: http://localhost:%d/districts/%d%n", web.port(), district);
        Arrays.fill(password, '\0');
        return web;
    }

    private static char[] randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    private String appDatabase() {
        return SyncSettings.h2File(dir.resolve("app").toAbsolutePath().toString());
    }

    private void printNext(PrintWriter out, RunningHub hub, URI api) {
        out.println("try:");
        out.printf("  curl -H 'Authorization: Bearer %s' '%s/v3.0/users?role=student&limit=2'%n", TOKEN, api);
        out.printf("  curl -H 'Authorization: Bearer %s' '%s/v3.0/events?limit=5'%n", TOKEN, api);
        out.printf(
                "  ./rosterbridge sync --api %s --token %s --db '%s'%n",
                api,
                TOKEN,
                SyncSettings.h2File(dir.resolve("app").toAbsolutePath().toString()));
        // A local sandbox's own credentials, printed so a newcomer can try an upload; never a district's.
        out.printf("  sftp -P %d %s@localhost   (password %s)%n", hub.sftpPort(), hub.sftpUser(), hub.sftpPassword());
    }

    private void serveUntilInterrupted(RunningHub hub, AdminWeb.Running web) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.close();
            hub.close();
            stopped.countDown();
        }));
        spec.commandLine().getOut().println("serving until Ctrl-C");
        spec.commandLine().getOut().flush();
        stopped.await();
    }
}
