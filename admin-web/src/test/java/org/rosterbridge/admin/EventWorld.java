package org.rosterbridge.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GeneratorSettings;
import org.rosterbridge.sandbox.Replaced;
import org.rosterbridge.sandbox.Sandbox;
import org.rosterbridge.sandbox.SandboxDistrict;
import org.rosterbridge.sandbox.SandboxSettings;
import org.rosterbridge.sync.ApiVersion;
import org.rosterbridge.sync.RunReport;
import org.rosterbridge.sync.RunStatus;
import org.rosterbridge.sync.SyncEngine;
import org.rosterbridge.sync.SyncMode;
import org.rosterbridge.sync.SyncRequest;
import org.rosterbridge.sync.SyncSettings;
import org.rosterbridge.testkit.ManualClock;

/**
 * A generated district served by the sandbox, a real sync engine filling an app database, and the events
 * domain on top, all on one hand-moved clock. Connected district ref 1 is the sandbox district.
 */
final class EventWorld implements AutoCloseable {

    static final long REF = 1;
    static final String ADMIN = "admin-1";

    final ManualClock clock = new ManualClock(Instant.parse("2026-09-01T12:00:00Z"));
    final Path dir;
    final SandboxDistrict sandbox;
    final SyncEngine engine;
    final AdminDb db;
    final DataSource pool;
    final Jdbi jdbi;
    final Events events;
    final ClassEditor editor;
    final DataBrowser browser;
    private Path served;
    private int snapshots;
    int syncs;

    private EventWorld(Path dir, String url, String user) {
        this.dir = dir;
        this.served = dir.resolve("district");
        DistrictGenerator.generate(new GeneratorSettings(120, 11), served);
        this.sandbox = Sandbox.start(served, SandboxSettings.defaults());
        this.engine = SyncEngine.open(SyncSettings.defaults(url)
                .withClock(clock)
                .withCredentials(user, "")
                .withBrake(100, 100));
        this.db = AdminDb.open(url);
        this.pool = db.dataSource();
        this.jdbi = db.jdbi();
        connect();
        this.events = new Events(jdbi, ref -> sync(), clock);
        this.editor = new ClassEditor(jdbi, events, clock);
        this.browser = new DataBrowser(jdbi);
    }

    static EventWorld h2(Path dir) {
        return new EventWorld(dir, SyncSettings.h2File(dir.resolve("app").toString()), "");
    }

    /** On a PostgreSQL database whose URL names the user ({@code ?user=}). */
    static EventWorld on(Path dir, String url, String user) {
        return new EventWorld(dir, url, user);
    }

    /** Connected district {@link #REF}; the token is never used, as syncs here call the engine directly. */
    private void connect() {
        jdbi.useHandle(h -> h.createUpdate("insert into admin_districts (id, name, api_url, api_version, time_zone,"
                        + " token_cipher, token_last4, created_at) values (:id, 'Sandbox ISD', :url, 'v3.0',"
                        + " 'America/Chicago', 'unused', 'none', :now)")
                .bind("id", REF)
                .bind("url", sandbox.baseUrl().toString())
                .bind("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .execute());
    }

    /** A full sync of the sandbox district, a minute after the last thing that happened. */
    RunReport sync() {
        clock.advance(Duration.ofMinutes(1));
        syncs++;
        RunReport report = engine.run(
                new SyncRequest(sandbox.baseUrl(), sandbox.token(), ApiVersion.V3_0, SyncMode.FULL, false, ""));
        if (report.status() != RunStatus.APPLIED) {
            throw new IllegalStateException(report.toText());
        }
        // What the platform's DistrictSync does after every run.
        jdbi.useHandle(h -> h.createUpdate("update admin_districts set clever_id = :c where id = :r")
                .bind("c", report.districtId())
                .bind("r", REF)
                .execute());
        clock.advance(Duration.ofMinutes(1));
        return report;
    }

    /** Serves a copy of the current snapshot with {@code edit} applied to its files. */
    void serveEdited(Consumer<Path> edit) {
        Path next = dir.resolve("snapshot-" + ++snapshots);
        copy(served, next);
        edit.accept(next);
        if (sandbox.replace(next) != Replaced.SERVED) {
            throw new IllegalStateException("the sandbox did not serve the edited snapshot");
        }
        served = next;
    }

    /** An event of ref 1 over every school and the term with the most sections. */
    Event createEvent(String name, boolean parents) {
        long district = events.ensureDistrictData(REF);
        Set<Long> schools = Set.copyOf(ids("select id from schools where district_id = " + district));
        long term = busiestTerm();
        clock.advance(Duration.ofMinutes(1));
        EventCreation created = events.create(
                new NewEvent(REF, name, schools, Set.of(term), parents, ZoneId.of("America/Chicago"), ADMIN));
        clock.advance(Duration.ofMinutes(1));
        return ((EventCreation.Created) created).event();
    }

    long busiestTerm() {
        return ids("select term_id from sections where term_id is not null group by term_id"
                        + " order by count(*) desc, term_id")
                .get(0);
    }

    List<Long> ids(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).list());
    }

    long count(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    String text(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        db.close();
        engine.close();
        sandbox.close();
    }
}
