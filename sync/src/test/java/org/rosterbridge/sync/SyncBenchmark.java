package org.rosterbridge.sync;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Benchmark, not a test (docs/performance.md, Sync): a full sync from a running hub into embedded
 * PostgreSQL, a raw COPY of the very rows it wrote into an empty copy of the schema (the baseline, same
 * run), the same full sync into H2; then, with {@code --churn DIR --hub-data DIR}, the churned snapshot is
 * handed to the hub and an event sync runs on both databases; with {@code --baseline-jar} the PostgreSQL
 * event sync runs on copies of the database, alternately by this code and by the jar's. Prints wall time and the sum of the heap
 * pools' peaks per phase.
 *
 * <pre>
 * java -Xmx1g -cp "$CP" org.rosterbridge.sync.SyncBenchmark --api http://localhost:18602 --token T \
 *     [--hub-data /tmp/m --churn /tmp/m1 [--baseline-jar main-rosterbridge.jar]] [--h2 false] [--copy false]
 * </pre>
 */
public final class SyncBenchmark {

    private static final List<String> TABLES = List.of(
            "districts",
            "schools",
            "terms",
            "courses",
            "users",
            "user_roles",
            "user_schools",
            "sections",
            "section_teachers",
            "section_students",
            "contact_students",
            "membership_history",
            "change_log");

    private SyncBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI api = URI.create(options.get("--api"));
        String token = options.get("--token");
        boolean h2 = !"false".equals(options.get("--h2"));
        Path work = Files.createTempDirectory("sync-benchmark-");
        try (EmbeddedPostgres server =
                EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg")).start()) {
            String synced = database(server, "bench_sync");
            String onH2 = SyncSettings.h2File(work.resolve("h2/app").toString());
            SyncRequest full = SyncRequest.of(api, token).withMode(SyncMode.FULL);
            try (SyncEngine pg = SyncEngine.open(settings(synced, "postgres"))) {
                report("full sync, PostgreSQL", () -> pg.run(full));
            }
            if (!"false".equals(options.get("--copy"))) {
                copyBaseline(server, synced, work);
            }
            if (h2) {
                try (SyncEngine engine = SyncEngine.open(settings(onH2, ""))) {
                    report("full sync, H2", () -> engine.run(full));
                }
            }
            if (options.containsKey("--churn")) {
                churn(api, token, Path.of(options.get("--churn")), Path.of(options.get("--hub-data")));
                SyncRequest events = SyncRequest.of(api, token).withMode(SyncMode.EVENTS);
                if (options.containsKey("--baseline-jar")) {
                    compare(server, synced, Path.of(options.get("--baseline-jar")), api, token);
                } else {
                    try (SyncEngine pg = SyncEngine.open(settings(synced, "postgres"))) {
                        report("event sync, PostgreSQL", () -> pg.run(events));
                    }
                }
                if (h2) {
                    try (SyncEngine engine = SyncEngine.open(settings(onH2, ""))) {
                        report("event sync, H2", () -> engine.run(events));
                    }
                }
            }
        }
    }

    /**
     * The same event sync, on identical copies of the synced database, by this code and by the code in {@code
     * jar} (e.g. main's rosterbridge.jar, loaded in a class loader of its own), alternately twice each.
     */
    private static void compare(EmbeddedPostgres server, String synced, Path jar, URI api, String token)
            throws Exception {
        List<String> copies = List.of("bench_base1", "bench_new1", "bench_base2", "bench_new2");
        for (String copy : copies) {
            try (Connection c = server.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + copy + " TEMPLATE bench_sync");
            }
        }
        try (URLClassLoader base =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String copy : copies) {
                String url = server.getJdbcUrl("postgres", copy);
                if (copy.startsWith("bench_base")) {
                    baseline(base, url, api, token, copy);
                } else {
                    try (SyncEngine pg = SyncEngine.open(settings(url, "postgres"))) {
                        report(
                                "event sync, " + copy,
                                () -> pg.run(SyncRequest.of(api, token).withMode(SyncMode.EVENTS)));
                    }
                }
            }
        }
    }

    // The baseline's classes are not ours, so it is driven by reflection through the same public API.
    private static void baseline(ClassLoader base, String url, URI api, String token, String name) throws Exception {
        dropNewerMigrations(url);
        // Its JDBC driver must be its own for DriverManager, and Flyway finds migrations through the context loader.
        Class.forName("org.postgresql.Driver", true, base);
        Thread.currentThread().setContextClassLoader(base);
        try {
            runBaseline(base, url, api, token, name);
        } finally {
            Thread.currentThread().setContextClassLoader(SyncBenchmark.class.getClassLoader());
        }
    }

    private static void runBaseline(ClassLoader base, String url, URI api, String token, String name) throws Exception {
        Class<?> settings = base.loadClass("org.rosterbridge.sync.SyncSettings");
        Object s = settings.getMethod("defaults", String.class).invoke(null, url);
        s = settings.getMethod("withCredentials", String.class, String.class).invoke(s, "postgres", "");
        s = settings.getMethod("withBrake", double.class, double.class).invoke(s, 100.0, 100.0);
        Class<?> request = base.loadClass("org.rosterbridge.sync.SyncRequest");
        Object mode = base.loadClass("org.rosterbridge.sync.SyncMode")
                .getField("EVENTS")
                .get(null);
        Object r = request.getMethod("of", URI.class, String.class).invoke(null, api, token);
        Object events = request.getMethod("withMode", mode.getClass()).invoke(r, mode);
        try (AutoCloseable engine = (AutoCloseable) base.loadClass("org.rosterbridge.sync.SyncEngine")
                .getMethod("open", settings)
                .invoke(null, s)) {
            Method run = engine.getClass().getMethod("run", request);
            Measured<Object> m = measure(() -> {
                try {
                    return run.invoke(engine, events);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
            Object report = m.value();
            System.out.printf(
                    Locale.ROOT,
                    "%-24s %8.1f s  peak heap %5d MB  status %s  users %s  totals %s%n",
                    "event sync, " + name,
                    m.seconds(),
                    m.peakHeapMb(),
                    report.getClass().getMethod("status").invoke(report),
                    ((Map<?, ?>) report.getClass().getMethod("counts").invoke(report)).get("users"),
                    report.getClass().getMethod("totals").invoke(report));
        }
    }

    // The baseline code's Flyway refuses a database migrated past what it knows; what we added is only indexes.
    private static void dropNewerMigrations(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM sync_schema_history WHERE version::int > 1");
        }
    }

    private static SyncSettings settings(String url, String user) {
        return SyncSettings.defaults(url).withCredentials(user, "").withBrake(100, 100);
    }

    private static void report(String phase, Supplier<RunReport> run) {
        Measured<RunReport> m = measure(run);
        RunReport r = m.value();
        System.out.printf(
                Locale.ROOT,
                "%-24s %8.1f s  peak heap %5d MB  status %s  users %s  totals %s%n",
                phase,
                m.seconds(),
                m.peakHeapMb(),
                r.status().wire(),
                r.counts().get("users"),
                r.totals());
        r.reasons().forEach(reason -> System.out.println("  reason: " + reason));
        r.warnings().forEach(warning -> System.out.println("  warning: " + warning));
    }

    /** Dumps every roster table the sync wrote, then times loading the same rows by COPY into a fresh schema. */
    private static void copyBaseline(EmbeddedPostgres server, String syncedUrl, Path work) throws Exception {
        Path dump = Files.createDirectories(work.resolve("dump"));
        long rows = 0;
        try (Connection c = DriverManager.getConnection(syncedUrl, "postgres", "")) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : TABLES) {
                try (OutputStream out = Files.newOutputStream(dump.resolve(table))) {
                    rows += copy.copyOut("COPY " + table + " TO STDOUT", out);
                }
            }
        }
        String baseline = database(server, "bench_copy");
        AppDatabase.open(baseline, "postgres", "").close();
        long loaded = rows;
        Measured<Long> m = measure(() -> load(baseline, dump));
        System.out.printf(
                Locale.ROOT,
                "%-24s %8.1f s  peak heap %5d MB  %d rows in %d tables%n",
                "raw COPY baseline",
                m.seconds(),
                m.peakHeapMb(),
                loaded,
                TABLES.size());
    }

    private static long load(String url, Path dump) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long rows = 0;
            for (String table : TABLES) {
                try (InputStream in = Files.newInputStream(dump.resolve(table))) {
                    rows += copy.copyIn("COPY " + table + " FROM STDIN", in);
                }
            }
            c.commit();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the churned files in the hub's directory and waits until the hub serves them. */
    private static void churn(URI api, String token, Path churned, Path hubData) throws Exception {
        String before = districtJson(api, token);
        try (Stream<Path> files = Files.list(churned)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, hubData.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        long start = System.nanoTime();
        while (districtJson(api, token).equals(before)) {
            if (System.nanoTime() - start > Duration.ofMinutes(20).toNanos()) {
                throw new IllegalStateException("the hub did not publish the churned snapshot in 20 minutes");
            }
            Thread.sleep(2000);
        }
        System.out.printf(Locale.ROOT, "hub published the churned snapshot after %.0f s%n", seconds(start));
    }

    // The district's last_sync changes when the hub publishes a new snapshot.
    private static String districtJson(URI api, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api.resolve("/v3.0/districts"))
                .header("Authorization", "Bearer " + token)
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String database(EmbeddedPostgres server, String name) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return server.getJdbcUrl("postgres", name);
    }

    private static <T> Measured<T> measure(Supplier<T> work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        T value = work.get();
        double seconds = seconds(start);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured<>(value, seconds, peak >> 20);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.containsKey("--api") || !options.containsKey("--token")) {
            throw new IllegalArgumentException(
                    "usage: --api URL --token TOKEN [--hub-data DIR --churn DIR [--baseline-jar JAR]] [--h2 false] [--copy false]");
        }
        return options;
    }

    private record Measured<T>(T value, double seconds, long peakHeapMb) {}
}
