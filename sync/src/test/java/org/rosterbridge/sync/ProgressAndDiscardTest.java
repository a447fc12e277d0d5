package org.rosterbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.sync.Fixtures.id;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Grade;

class ProgressAndDiscardTest {

    @TempDir
    Path dir;

    Db db;
    SyncEngine engine;
    FakeUpstream upstream;
    final CleverId school = id(10);

    @BeforeEach
    void setUp() {
        db = new Db(dir);
        engine = SyncEngine.open(db.settings());
        upstream = new FakeUpstream(Fixtures.district("Test ISD"));
        upstream.records.add(Fixtures.school(10, "100"));
        for (int n = 50; n < 60; n++) {
            upstream.records.add(Fixtures.student(n, "S" + n, school, Grade.G3));
        }
        upstream.records.add(Fixtures.section(80, school, Optional.empty(), List.of(), List.of(id(50))));
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    RunReport sync(List<SyncProgress> seen) {
        return engine.run(
                SyncRequest.of(URI.create("http://upstream.invalid"), "tok").withMode(SyncMode.FULL),
                () -> upstream,
                seen::add);
    }

    @Test
    void reportsEachPhaseOfAFullSyncInOrderEndingAtOneHundred() {
        List<SyncProgress> seen = new ArrayList<>();

        RunReport report = sync(seen);

        assertThat(seen).extracting(SyncProgress::phase).containsExactly("fetching", "planning", "applying", "done");
        assertThat(seen).extracting(SyncProgress::runId).containsOnly(report.runId());
        assertThat(seen).extracting(SyncProgress::percent).isSorted().endsWith(100);
    }

    @Test
    void discardedHeldRunCannotBeApproved() {
        sync(new ArrayList<>());
        upstream.records.removeIf(r -> r.id().equals(id(50)) || r.id().equals(id(51)));
        RunReport held = sync(new ArrayList<>());
        assertThat(held.status()).isEqualTo(RunStatus.HELD);

        assertThat(engine.discard(held.runId())).isTrue();

        assertThat(engine.discard(held.runId())).isFalse();
        assertThat(db.count("select count(*) from sync_plan_items")).isZero();
        RunReport approved = engine.run(
                SyncRequest.of(URI.create("http://x.invalid"), "tok").approving(held.runId()), () -> upstream);
        assertThat(approved.status()).isEqualTo(RunStatus.FAILED);
        assertThat(db.count("select count(*) from users where archived_at is not null"))
                .isZero();
    }
}
