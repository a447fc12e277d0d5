package org.rosterbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.sync.Fixtures.id;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Grade;

class LocalIdsTest {

    @TempDir
    Path dir;

    final CleverId school = id(10);

    Row section(List<CleverId> students) {
        return Flatten.row(Fixtures.section(90, school, Optional.of(id(20)), List.of(id(40)), students));
    }

    @Test
    void namesTheRecordsOfAPlanTheirReferencesAndOnlyTheLinksAnUpdateChanges() {
        Plan plan = new Plan(
                List.of(
                        new PlannedAction.Update(7, section(List.of(id(50), id(51))), section(List.of(id(50), id(52)))),
                        new PlannedAction.Unchanged(8, Flatten.row(Fixtures.student(60, "S60", school, Grade.G3)))),
                List.of());

        Map<Kind, Set<String>> named = LocalIds.namedBy(plan);

        assertThat(named)
                .containsOnlyKeys(Kind.SECTION, Kind.SCHOOL, Kind.TERM, Kind.USER)
                .containsEntry(Kind.SECTION, Set.of(id(90).value()))
                .containsEntry(Kind.SCHOOL, Set.of(school.value()))
                .containsEntry(Kind.TERM, Set.of(id(20).value()));
        // Of the roster only the student who left and the one who joined; the teacher and student 50 stay.
        assertThat(named.get(Kind.USER)).containsExactlyInAnyOrder(id(51).value(), id(52).value());
    }

    @Test
    void namedIdsReadOnlyTheRecordsNamedWhileWholeKindsReadEveryRecord() {
        Db db = new Db(dir);
        FakeUpstream upstream = new FakeUpstream(Fixtures.district("Test ISD"));
        upstream.records.add(Fixtures.school(10, "100"));
        for (int n = 50; n < 60; n++) {
            upstream.records.add(Fixtures.student(n, "S" + n, school, Grade.G3));
        }
        try (SyncEngine engine = SyncEngine.open(db.settings())) {
            engine.run(SyncRequest.of(URI.create("http://x.invalid"), "tok").withMode(SyncMode.FULL), () -> upstream);
        }
        long district = db.count("select id from districts");
        long student51 = db.count("select id from users where clever_id = '" + id(51).value() + "'");

        db.jdbi().useHandle(h -> {
            LocalIds named = new LocalIds.Named(h, Map.of(Kind.USER, Set.of(id(51).value(), id(99).value())));
            LocalIds whole = LocalIds.wholeKinds(h);
            named.load(Kind.USER, district);
            whole.load(Kind.USER, district);

            assertThat(named.find(Kind.USER, id(51).value())).isEqualTo(student51);
            assertThat(named.find(Kind.USER, id(52).value())).isZero();
            assertThat(named.find(Kind.USER, id(99).value())).isZero();
            assertThat(whole.find(Kind.USER, id(51).value())).isEqualTo(student51);
            assertThat(whole.find(Kind.USER, id(52).value())).isPositive();
        });
    }
}
