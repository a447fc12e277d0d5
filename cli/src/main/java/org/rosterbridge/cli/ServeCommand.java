package org.rosterbridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rosterbridge.admin.AdminSettings;
import org.rosterbridge.admin.AdminWeb;
import org.rosterbridge.sync.SyncSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rosterbridge serve}: the admin web UI and the scheduler in one process, until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the admin web UI and runs the scheduler (nightly syncs) until Ctrl-C.",
            "Migrates the app database first. Create the first administrator with 'rosterbridge admin create-user'."
        })
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", description = "JDBC URL of the app database (default: an H2 file under ./data/).")
    String db = SyncSettings.DEFAULT_JDBC_URL;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks one).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(
            names = "--data",
            defaultValue = "data",
            paramLabel = "DIR",
            description =
                    "Where the token key file lives (default ./${DEFAULT-VALUE}) unless ROSTERBRIDGE_SECRET_KEY is set.")
    Path data;

    @Option(names = "--https", description = "Browsers reach the UI over TLS (a proxy in front): cookies get Secure.")
    boolean https;

    @Option(names = "--no-wait", hidden = true, description = "Start, print the address, stop (for tests).")
    boolean noWait;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        AdminSettings settings =
                AdminSettings.of(db, port).withHost(host).withDataDir(data).withHttps(https);
        AdminWeb.Running web = AdminWeb.start(settings);
        out.printf("admin UI at http://%s:%d/ (scheduler running)%n", host, web.port());
        if (!web.hasAdmins()) {
            out.printf("no administrator yet: rosterbridge admin create-user --db '%s' --user NAME%n", db);
        }
        out.flush();
        if (noWait) {
            web.close();
            return ExitCodes.OK;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}
