package org.rosterbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.sync.Fixtures.id;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.User;
import org.rosterbridge.generator.ChurnSettings;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GeneratorSettings;
import org.rosterbridge.sandbox.Sandbox;
import org.rosterbridge.sandbox.SandboxDistrict;
import org.rosterbridge.sandbox.SandboxSettings;
import org.rosterbridge.testkit.EmbeddedPostgres;

/** The same schema and sync on real PostgreSQL (zonky's embedded server), a database per test. */
class PostgresSyncTest {

    @TempDir
    Path dir;

    static Db database() {
        return new Db(EmbeddedPostgres.newDatabase("sync") + "&reWriteBatchedInserts=true");
    }

    @Test
    void fullThenEventSyncFromTheHubOnPostgres() {
        Path district = dir.resolve("district");
        DistrictGenerator.generate(new GeneratorSettings(300, 5), district);
        Path next = dir.resolve("next");
        DistrictGenerator.churn(new ChurnSettings(district, 5, 9), next);
        Db byEvents = database();
        Db byFull = database();
        try (SandboxDistrict d = Sandbox.start(district, SandboxSettings.defaults());
                SyncEngine a = SyncEngine.open(byEvents.settings().withBrake(100, 100));
                SyncEngine b = SyncEngine.open(byFull.settings().withBrake(100, 100))) {
            RunReport first = a.run(new SyncRequest(d.baseUrl(), d.token(), ApiVersion.V3_0, SyncMode.FULL, false, ""));
            assertThat(first.status()).as(first.toText()).isEqualTo(RunStatus.APPLIED);
            assertThat(first.totals().get("students")).isEqualTo(300L);
            b.run(new SyncRequest(d.baseUrl(), d.token(), ApiVersion.V3_0, SyncMode.FULL, false, ""));
            d.replace(next);

            RunReport events =
                    a.run(new SyncRequest(d.baseUrl(), d.token(), ApiVersion.V3_0, SyncMode.AUTO, false, ""));
            RunReport full = b.run(new SyncRequest(d.baseUrl(), d.token(), ApiVersion.V3_0, SyncMode.FULL, false, ""));

            assertThat(events.mode()).isEqualTo(SyncMode.EVENTS);
            assertThat(events.totals()).isEqualTo(full.totals());
        }
        assertThat(byEvents.snapshot()).isEqualTo(byFull.snapshot());
    }

    @Test
    void archivesRestoresAndHoldsOnPostgres() {
        Db db = database();
        FakeUpstream upstream = new FakeUpstream(Fixtures.district("PG ISD"));
        upstream.records.add(Fixtures.school(10, "100"));
        upstream.records.add(Fixtures.term(20, "Fall"));
        upstream.records.add(Fixtures.teacher(40, "T40", id(10), "t@example.org"));
        for (int n = 50; n < 70; n++) {
            upstream.records.add(Fixtures.student(n, "S" + n, id(10), Grade.G3));
        }
        upstream.records.add(
                Fixtures.section(80, id(10), Optional.of(id(20)), List.of(id(40)), List.of(id(50), id(51))));
        SyncRequest request =
                SyncRequest.of(URI.create("http://x.invalid"), "tok").withMode(SyncMode.FULL);
        try (SyncEngine engine = SyncEngine.open(db.settings())) {
            engine.run(request, () -> upstream);
            var student = upstream.records.stream()
                    .filter(r -> r.id().equals(id(60)))
                    .findFirst()
                    .orElseThrow();
            upstream.records.remove(student);
            assertThat(engine.run(request, () -> upstream).counts().get("users").archived())
                    .isEqualTo(1);
            upstream.records.add(student);
            assertThat(engine.run(request, () -> upstream).counts().get("users").restored())
                    .isEqualTo(1);

            upstream.records.removeIf(r -> r.id().equals(id(50)) || r.id().equals(id(51)) || r.id().equals(id(52)));
            RunReport held = engine.run(request, () -> upstream);
            assertThat(held.status()).isEqualTo(RunStatus.HELD);
            RunReport approved = engine.run(request.approving(held.runId()), () -> upstream);
            assertThat(approved.status()).as(approved.toText()).isEqualTo(RunStatus.APPLIED);
            assertThat(db.count("select count(*) from users where archived_at is not null"))
                    .isEqualTo(3);
        }
    }

    @Test
    void copyOnPostgresAndBatchesOnH2EndInTheSameState() {
        Db h2 = new Db(dir);
        Db pg = database();
        FakeUpstream upstream = new FakeUpstream(Fixtures.district("Tab\tand\\backslash ISD"));
        upstream.records.add(Fixtures.school(10, "100"));
        upstream.records.add(Fixtures.term(20, "Fall"));
        upstream.records.add(Fixtures.teacher(40, "T40", id(10), "t@example.org"));
        for (int n = 50; n < 60; n++) {
            User s = Fixtures.student(n, "S" + n, id(10), Grade.G3);
            upstream.records.add(new User(s.id(), s.district(), awkward(n), s.email(), s.roles()));
        }
        upstream.records.add(Fixtures.contact(90, "C90", "c@example.org", "555 0100", id(50), id(51)));
        upstream.records.add(
                Fixtures.section(80, id(10), Optional.of(id(20)), List.of(id(40)), List.of(id(50), id(51), id(52))));
        SyncRequest request =
                SyncRequest.of(URI.create("http://x.invalid"), "tok").withMode(SyncMode.FULL);
        try (SyncEngine onH2 = SyncEngine.open(h2.settings().withBrake(100, 100));
                SyncEngine onPg = SyncEngine.open(pg.settings().withBrake(100, 100))) {
            assertThat(onH2.run(request, () -> upstream).status()).isEqualTo(RunStatus.APPLIED);
            assertThat(onPg.run(request, () -> upstream).status()).isEqualTo(RunStatus.APPLIED);
            upstream.records.removeIf(r -> r.id().equals(id(59)));
            upstream.records.replaceAll(r -> r.id().equals(id(58)) && r instanceof User u
                    ? new User(u.id(), u.district(), new Name("Renamed\r\n", "", "O\\Brien\t"), u.email(), u.roles())
                    : r);
            assertThat(onH2.run(request, () -> upstream).status()).isEqualTo(RunStatus.APPLIED);
            assertThat(onPg.run(request, () -> upstream).status()).isEqualTo(RunStatus.APPLIED);
        }
        assertThat(pg.snapshot()).isEqualTo(h2.snapshot()).containsKey("USER:" + id(58).value());
        assertThat(history(pg)).isEqualTo(history(h2)).isNotEmpty();
        assertThat(changes(pg)).isEqualTo(changes(h2)).contains("users updated name_last O\\Brien\t");
    }

    // Names with every character COPY's text format escapes, and a literal \N that must stay text.
    private static Name awkward(int n) {
        return new Name("Tab\t" + n, "Back\\slash", n % 2 == 0 ? "\\N" : "New\nline é");
    }

    private static List<String> history(Db db) {
        return db
                .rows("select u.clever_id as student, h.target_type, h.action from membership_history h"
                        + " join users u on u.id = h.student_id order by 1, 2, 3")
                .stream()
                .map(Object::toString)
                .toList();
    }

    private static List<String> changes(Db db) {
        return db.rows("select record_type, action, field, new_value from change_log order by 1, 2, 3, 4").stream()
                .map(r ->
                        r.get("record_type") + " " + r.get("action") + " " + r.get("field") + " " + r.get("new_value"))
                .toList();
    }
}
