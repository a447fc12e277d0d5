package org.rosterbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.sync.Fixtures.id;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.Section;

/** What an event sync reads from the database depends on the events, not on the size of the district. */
class EventPageCostTest {

    @TempDir
    Path dir;

    final CleverId school = id(10);

    @Test
    void anEventSyncReadsTheSameRowsFromASmallAndATenTimesLargerDistrict() {
        long small = rowsReadByTheSameEvents(30);
        long large = rowsReadByTheSameEvents(300);

        assertThat(large).isEqualTo(small);
    }

    @Test
    void theSameEventsEndInTheSameStateWhateverTheDistrictsSize() {
        Db db = new Db(dir.resolve("state"));
        try (SyncEngine engine = SyncEngine.open(db.settings().withBrake(100, 100))) {
            FakeUpstream upstream = district(30);
            run(engine, upstream, SyncMode.FULL);
            churn(upstream);

            RunReport report = run(engine, upstream, SyncMode.EVENTS);

            assertThat(report.status()).as(report.toText()).isEqualTo(RunStatus.APPLIED);
            assertThat(report.counts().get("users")).isEqualTo(new Counts(2, 2, 1, 0, 0, 0));
            assertThat(db.count("select count(*) from section_students s join users u on u.id = s.student_id"
                            + " where u.clever_id = '" + id(5000).value() + "'"))
                    .isEqualTo(1);
            assertThat(db.count(
                            "select count(distinct person_id) from users where lower(email) = 'shared@example.org'"))
                    .isEqualTo(1);
        }
    }

    private long rowsReadByTheSameEvents(int students) {
        Db db = new Db(dir.resolve("d" + students));
        try (SyncEngine engine = SyncEngine.open(db.settings().withBrake(100, 100))) {
            FakeUpstream upstream = district(students);
            run(engine, upstream, SyncMode.FULL);
            churn(upstream);
            RowCounter counter = new RowCounter();
            engine.jdbi().setStatementBuilderFactory(connection -> counter);

            RunReport report = run(engine, upstream, SyncMode.EVENTS);

            assertThat(report.status()).as(report.toText()).isEqualTo(RunStatus.APPLIED);
            assertThat(report.mode()).isEqualTo(SyncMode.EVENTS);
            return counter.rows();
        }
    }

    private FakeUpstream district(int students) {
        FakeUpstream upstream = new FakeUpstream(Fixtures.district("Test ISD"));
        upstream.records.add(Fixtures.school(10, "100"));
        upstream.records.add(Fixtures.term(20, "Fall"));
        upstream.records.add(Fixtures.teacher(40, "T40", school, "t40@example.org"));
        upstream.records.add(Fixtures.teacher(41, "T41", school, "shared@example.org"));
        for (int n = 0; n < students; n++) {
            upstream.records.add(Fixtures.student(1000 + n, "S" + n, school, Grade.G3));
        }
        upstream.records.add(section(List.of(id(1000), id(1001), id(1002))));
        return upstream;
    }

    // A student created, one updated, one deleted, a section's roster changed, a teacher given a shared e-mail.
    private void churn(FakeUpstream upstream) {
        upstream.pageSize = 3;
        upstream.put(Fixtures.student(5000, "S5000", school, Grade.G4));
        upstream.put(Fixtures.student(1000, "S0", school, Grade.G5));
        upstream.remove(Fixtures.student(1001, "S1", school, Grade.G3));
        upstream.put(section(List.of(id(1000), id(1002), id(5000))));
        upstream.put(Fixtures.districtAdmin(42, "Shared@example.org"));
        upstream.put(Fixtures.teacher(40, "T40", school, "shared@example.org"));
    }

    private Section section(List<CleverId> students) {
        return Fixtures.section(90, school, Optional.of(id(20)), List.of(id(40)), students);
    }

    private static RunReport run(SyncEngine engine, FakeUpstream upstream, SyncMode mode) {
        return engine.run(SyncRequest.of(URI.create("http://x.invalid"), "tok").withMode(mode), () -> upstream);
    }
}
