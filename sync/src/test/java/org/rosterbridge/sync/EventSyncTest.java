package org.rosterbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.sync.Fixtures.id;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Grade;

class EventSyncTest {

    @TempDir
    Path dir;

    final CleverId school = id(10);

    FakeUpstream district() {
        FakeUpstream upstream = new FakeUpstream(Fixtures.district("Test ISD"));
        upstream.records.add(Fixtures.school(10, "100"));
        upstream.records.add(Fixtures.term(20, "Fall"));
        upstream.records.add(Fixtures.teacher(40, "T40", school, "t40@example.org"));
        for (int n = 50; n < 80; n++) {
            upstream.records.add(Fixtures.student(n, "S" + n, school, Grade.G3));
        }
        upstream.records.add(
                Fixtures.section(90, school, Optional.of(id(20)), List.of(id(40)), List.of(id(50), id(51))));
        return upstream;
    }

    static RunReport run(SyncEngine engine, FakeUpstream upstream, SyncMode mode) {
        return engine.run(SyncRequest.of(URI.create("http://x.invalid"), "tok").withMode(mode), () -> upstream);
    }

    /** Random churn through the upstream's put/remove, so every change is also an event. */
    static void churn(FakeUpstream upstream, CleverId school, long seed) {
        Random random = new Random(seed);
        List<Integer> present = new ArrayList<>();
        for (int n = 50; n < 80; n++) {
            present.add(n);
        }
        for (int step = 0; step < 40; step++) {
            int n = 50 + random.nextInt(40);
            switch (random.nextInt(4)) {
                case 0:
                    upstream.put(Fixtures.student(n, "S" + n, school, Grade.values()[random.nextInt(12)]));
                    present.add(n);
                    break;
                case 1:
                    CleverObject gone = Fixtures.student(n, "S" + n, school, Grade.G3);
                    if (present.remove(Integer.valueOf(n))) {
                        upstream.remove(gone);
                    }
                    break;
                default:
                    List<CleverId> roster = present.stream()
                            .distinct()
                            .filter(i -> random.nextInt(3) == 0)
                            .map(Fixtures::id)
                            .toList();
                    upstream.put(Fixtures.section(
                            90 + random.nextInt(3), school, Optional.of(id(20)), List.of(id(40)), roster));
            }
        }
    }

    @Test
    void appliesEventsInOrderAndSavesTheCursorPerPage() {
        Db db = new Db(dir);
        FakeUpstream upstream = district();
        try (SyncEngine engine = SyncEngine.open(db.settings())) {
            run(engine, upstream, SyncMode.FULL);
            upstream.put(Fixtures.student(80, "S80", school, Grade.G3));
            upstream.put(Fixtures.student(50, "S50", school, Grade.G4));
            upstream.remove(Fixtures.student(51, "S51", school, Grade.G3));

            RunReport report = run(engine, upstream, SyncMode.AUTO);

            assertThat(report.mode()).isEqualTo(SyncMode.EVENTS);
            assertThat(report.counts().get("users")).isEqualTo(new Counts(1, 1, 1, 0, 0, 0));
            assertThat(db.rows("select event_cursor from sync_state"))
                    .singleElement()
                    .satisfies(r -> assertThat(r)
                            .containsEntry(
                                    "event_cursor", upstream.events.get(2).id()));
        }
    }

    @Test
    void applyingTheSameEventsTwiceChangesNothing() {
        Db db = new Db(dir);
        FakeUpstream upstream = district();
        try (SyncEngine engine = SyncEngine.open(db.settings().withBrake(100, 100))) {
            run(engine, upstream, SyncMode.FULL);
            churn(upstream, school, 7);
            run(engine, upstream, SyncMode.EVENTS);
            var once = db.snapshot();
            String beforeLastPage =
                    upstream.events.get(upstream.events.size() - 3).id();
            db.jdbi()
                    .useHandle(h -> h.createUpdate("update sync_state set event_cursor = :c")
                            .bind("c", beforeLastPage)
                            .execute());

            RunReport again = run(engine, upstream, SyncMode.EVENTS);

            assertThat(again.counts().values())
                    .allSatisfy(c -> assertThat(c.changed()).isZero());
            assertThat(db.snapshot()).isEqualTo(once);
        }
    }

    @Test
    void replayingTheWholeFeedEndsInTheSameState() {
        Db db = new Db(dir);
        FakeUpstream upstream = district();
        try (SyncEngine engine = SyncEngine.open(db.settings().withBrake(100, 100))) {
            run(engine, upstream, SyncMode.FULL);
            churn(upstream, school, 11);
            run(engine, upstream, SyncMode.EVENTS);
            var once = db.snapshot();
            db.jdbi().useHandle(h -> h.execute("update sync_state set event_cursor = ''"));

            run(engine, upstream, SyncMode.EVENTS);

            assertThat(db.snapshot()).isEqualTo(once);
        }
    }

    @Test
    void fullAndEventSyncsOfTheSameHistoryEndInTheSameState() {
        for (long seed = 1; seed <= 5; seed++) {
            Db byEvents = new Db(dir.resolve("events-" + seed));
            Db byFull = new Db(dir.resolve("full-" + seed));
            FakeUpstream upstream = district();
            upstream.pageSize = 1000;
            syncBoth(byEvents, byFull, upstream, seed);
            assertThat(byEvents.snapshot()).as("seed %d", seed).isEqualTo(byFull.snapshot());
        }
    }

    @Test
    void eventsPagedFinelyAgreeWithAFullSyncOnEveryActiveRecordAndArchiveAllItArchives() {
        for (long n = 1; n <= 5; n++) {
            long seed = n;
            Db byEvents = new Db(dir.resolve("events-" + seed));
            Db byFull = new Db(dir.resolve("full-" + seed));
            FakeUpstream upstream = district();
            syncBoth(byEvents, byFull, upstream, seed);
            // Small pages let events see states that lived only between two full syncs: a record created
            // and deleted in between is known (archived) to the event sync alone, and an archived record
            // keeps the last state events saw. Everything active is identical.
            var events = byEvents.snapshot();
            var full = byFull.snapshot();
            full.forEach((key, value) -> {
                if (value.startsWith("active")) {
                    assertThat(events).as("seed %d", seed).containsEntry(key, value);
                } else {
                    assertThat(events.get(key)).as("seed %d %s", seed, key).startsWith("archived");
                }
            });
            events.forEach((key, value) -> {
                if (!full.containsKey(key)) {
                    assertThat(value).startsWith("archived");
                }
            });
        }
    }

    private static void syncBoth(Db byEvents, Db byFull, FakeUpstream upstream, long seed) {
        try (SyncEngine a = SyncEngine.open(byEvents.settings().withBrake(100, 100));
                SyncEngine b = SyncEngine.open(byFull.settings().withBrake(100, 100))) {
            run(a, upstream, SyncMode.FULL);
            run(b, upstream, SyncMode.FULL);
            churn(upstream, id(10), seed);
            assertThat(run(a, upstream, SyncMode.EVENTS).mode()).isEqualTo(SyncMode.EVENTS);
            assertThat(run(b, upstream, SyncMode.FULL).status()).isEqualTo(RunStatus.APPLIED);
        }
    }

    @Test
    void fallsBackToAFullSyncWhenTheCursorIsGone() {
        Db db = new Db(dir);
        FakeUpstream upstream = district();
        try (SyncEngine engine = SyncEngine.open(db.settings())) {
            run(engine, upstream, SyncMode.FULL);
            upstream.cursorGone = true;

            RunReport report = run(engine, upstream, SyncMode.EVENTS);

            assertThat(report.mode()).isEqualTo(SyncMode.FULL);
            assertThat(report.status()).isEqualTo(RunStatus.APPLIED);
            assertThat(report.warnings()).anyMatch(w -> w.contains("no longer known"));
        }
    }

    @Test
    void autoModeRunsAFullSyncAtLeastDaily() {
        Db db = new Db(dir);
        FakeUpstream upstream = district();
        try (SyncEngine engine = SyncEngine.open(db.settings())) {
            assertThat(run(engine, upstream, SyncMode.AUTO).mode()).isEqualTo(SyncMode.FULL);
            db.clock.advance(Duration.ofHours(23));
            RunReport r = run(engine, upstream, SyncMode.AUTO);
            assertThat(r.mode()).as(r.toText()).isEqualTo(SyncMode.EVENTS);
            db.clock.advance(Duration.ofHours(2));
            assertThat(run(engine, upstream, SyncMode.AUTO).mode()).isEqualTo(SyncMode.FULL);
        }
    }

    @Test
    void holdsAnEventBurstThatArchivesMoreThanTenPercentUntilApproved() {
        Db db = new Db(dir);
        FakeUpstream upstream = district();
        try (SyncEngine engine = SyncEngine.open(db.settings())) {
            run(engine, upstream, SyncMode.FULL);
            List<Object> cursorBefore = db.rows("select event_cursor from sync_state").stream()
                    .map(r -> r.get("event_cursor"))
                    .toList();
            for (int n = 60; n < 65; n++) {
                upstream.remove(Fixtures.student(n, "S" + n, school, Grade.G3));
            }

            RunReport held = run(engine, upstream, SyncMode.AUTO);

            assertThat(held.mode()).isEqualTo(SyncMode.EVENTS);
            assertThat(held.status()).isEqualTo(RunStatus.HELD);
            assertThat(held.reasons()).anyMatch(r -> r.startsWith("would archive 5 of 31 users"));
            assertThat(db.count("select count(*) from users where archived_at is not null"))
                    .isZero();
            assertThat(db.rows("select event_cursor from sync_state").stream()
                            .map(r -> r.get("event_cursor"))
                            .toList())
                    .isEqualTo(cursorBefore);

            RunReport approved = engine.run(
                    SyncRequest.of(URI.create("http://x.invalid"), "tok").approving(held.runId()), () -> upstream);

            assertThat(approved.status()).as(approved.toText()).isEqualTo(RunStatus.APPLIED);
            assertThat(approved.mode()).isEqualTo(SyncMode.EVENTS);
            assertThat(db.count("select count(*) from users where archived_at is not null"))
                    .isEqualTo(5);
            assertThat(db.rows("select event_cursor from sync_state"))
                    .singleElement()
                    .satisfies(r -> assertThat(r)
                            .containsEntry(
                                    "event_cursor", upstream.events.get(4).id()));
            RunReport after = run(engine, upstream, SyncMode.AUTO);
            assertThat(after.status()).isEqualTo(RunStatus.APPLIED);
            assertThat(after.counts().values())
                    .allSatisfy(c -> assertThat(c.changed()).isZero());
        }
    }

    @Test
    void holdsABurstOfOnePageWithNothingAppliedAndAppliesItOnApproval() {
        Db db = new Db(dir);
        FakeUpstream upstream = district();
        upstream.pageSize = 1000;
        try (SyncEngine engine = SyncEngine.open(db.settings())) {
            run(engine, upstream, SyncMode.FULL);
            upstream.put(Fixtures.student(80, "S80", school, Grade.G3));
            for (int n = 60; n < 65; n++) {
                upstream.remove(Fixtures.student(n, "S" + n, school, Grade.G3));
            }

            RunReport held = run(engine, upstream, SyncMode.EVENTS);

            assertThat(held.status()).isEqualTo(RunStatus.HELD);
            assertThat(held.reasons()).anyMatch(r -> r.startsWith("would archive 5 of 31 users"));
            assertThat(db.count("select count(*) from users where archived_at is not null"))
                    .isZero();
            assertThat(db.count("select count(*) from users")).isEqualTo(31);
            assertThat(db.rows("select event_cursor from sync_state"))
                    .singleElement()
                    .satisfies(r -> assertThat(r).containsEntry("event_cursor", ""));

            RunReport approved = engine.run(
                    SyncRequest.of(URI.create("http://x.invalid"), "tok").approving(held.runId()), () -> upstream);

            assertThat(approved.status()).as(approved.toText()).isEqualTo(RunStatus.APPLIED);
            assertThat(db.count("select count(*) from users where archived_at is not null"))
                    .isEqualTo(5);
            assertThat(db.count("select count(*) from users")).isEqualTo(32);
        }
    }
}
