package org.rosterbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.generator.ChurnSettings;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GeneratorSettings;
import org.rosterbridge.sandbox.Replaced;
import org.rosterbridge.sandbox.Sandbox;
import org.rosterbridge.sandbox.SandboxDistrict;
import org.rosterbridge.sandbox.SandboxSettings;

/** The sync against the real hub, over HTTP only, through the sandbox: a generated district and its churn. */
class HubSyncTest {

    @TempDir
    Path dir;

    Path generate(int students) {
        Path district = dir.resolve("district");
        DistrictGenerator.generate(new GeneratorSettings(students, 42), district);
        return district;
    }

    Path churn(Path from, String name, int percent, long seed) {
        Path next = dir.resolve(name);
        DistrictGenerator.churn(new ChurnSettings(from, percent, seed), next);
        return next;
    }

    static RunReport sync(SyncEngine engine, SandboxDistrict d, ApiVersion version, SyncMode mode) {
        return engine.run(new SyncRequest(d.baseUrl(), d.token(), version, mode, false, ""));
    }

    @Test
    void fullSyncOfAGeneratedDistrictOverV3KeysEverythingByCleverId() {
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(generate(200), SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings())) {
            RunReport report = sync(engine, d, ApiVersion.V3_0, SyncMode.FULL);

            assertThat(report.status()).as(report.toText()).isEqualTo(RunStatus.APPLIED);
            assertThat(report.warnings()).as(report.toText()).isEmpty();
            assertThat(report.totals().get("students")).isEqualTo(200L);
            assertThat(report.totals().get("sections")).isPositive();
            assertThat(report.totals().get("enrollments")).isPositive();
            assertThat(db.count("select count(*) from users where clever_id is null"))
                    .isZero();
            assertThat(db.count("select count(*) from section_teachers where not is_primary"))
                    .as("co-teachers")
                    .isPositive();
            assertThat(sync(engine, d, ApiVersion.V3_0, SyncMode.FULL).counts().values())
                    .allSatisfy(c -> assertThat(c.changed()).isZero());
        }
    }

    @Test
    void fullSyncOverV2ReadsThePerRoleEndpoints() {
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(generate(200), SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings())) {
            RunReport report = sync(engine, d, ApiVersion.V2_1, SyncMode.FULL);

            assertThat(report.status()).as(report.toText()).isEqualTo(RunStatus.APPLIED);
            assertThat(report.totals().get("students")).isEqualTo(200L);
            assertThat(report.totals().get("teachers")).isPositive();
        }
    }

    @Test
    void eventSyncOfAChurnedSnapshotEndsWhereAFullSyncEnds() {
        Path district = generate(300);
        Path next = churn(district, "next", 5, 7);
        Db byEvents = new Db(dir.resolve("events"));
        Db byFull = new Db(dir.resolve("full"));
        try (SandboxDistrict d = Sandbox.start(district, SandboxSettings.defaults());
                SyncEngine a = SyncEngine.open(byEvents.settings().withBrake(100, 100));
                SyncEngine b = SyncEngine.open(byFull.settings().withBrake(100, 100))) {
            sync(a, d, ApiVersion.V3_0, SyncMode.FULL);
            sync(b, d, ApiVersion.V3_0, SyncMode.FULL);
            assertThat(d.replace(next)).isEqualTo(Replaced.SERVED);

            RunReport events = sync(a, d, ApiVersion.V3_0, SyncMode.AUTO);
            RunReport full = sync(b, d, ApiVersion.V3_0, SyncMode.FULL);

            assertThat(events.mode()).as(events.toText()).isEqualTo(SyncMode.EVENTS);
            assertThat(events.status()).as(events.toText()).isEqualTo(RunStatus.APPLIED);
            assertThat(full.status()).as(full.toText()).isEqualTo(RunStatus.APPLIED);
            assertThat(full.counts().get("users").changed()).isPositive();
            assertThat(events.totals()).isEqualTo(full.totals());
        }
        assertThat(byEvents.snapshot()).isEqualTo(byFull.snapshot());
    }

    @Test
    void retriesServerErrorsRateLimitsAndDroppedConnectionsWithoutSpuriousArchives() {
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(generate(200), SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings())) {
            sync(engine, d, ApiVersion.V3_0, SyncMode.FULL);
            d.failNext("/users", 500, 1);
            d.failNext("/sections", 429, 1);
            d.dropNext("/schools", 1);

            RunReport report = sync(engine, d, ApiVersion.V3_0, SyncMode.FULL);

            assertThat(report.status()).as(report.toText()).isEqualTo(RunStatus.APPLIED);
            assertThat(report.counts().values())
                    .allSatisfy(c -> assertThat(c.archived()).isZero());
            assertThat(report.counts().get("users").unchanged()).isPositive();
        }
    }

    @Test
    void aShortPageNeverArchives() {
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(generate(200), SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings().withPageSize(50))) {
            sync(engine, d, ApiVersion.V3_0, SyncMode.FULL);
            d.shortenNext("/users", 1);

            RunReport report = sync(engine, d, ApiVersion.V3_0, SyncMode.FULL);

            assertThat(report.counts().values())
                    .allSatisfy(c -> assertThat(c.archived()).isZero());
            assertThat(report.warnings()).anyMatch(w -> w.contains("short page"));
            assertThat(db.count("select count(*) from users where archived_at is not null"))
                    .isZero();
        }
    }

    @Test
    void aPersistentServerErrorFailsNothingAndArchivesNothing() {
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(generate(200), SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings())) {
            sync(engine, d, ApiVersion.V3_0, SyncMode.FULL);
            d.failNext("/sections", 401, 1);

            RunReport report = sync(engine, d, ApiVersion.V3_0, SyncMode.FULL);

            assertThat(report.counts().values())
                    .allSatisfy(c -> assertThat(c.archived()).isZero());
            assertThat(report.warnings()).anyMatch(w -> w.contains("HTTP 401"));
        }
    }
}
