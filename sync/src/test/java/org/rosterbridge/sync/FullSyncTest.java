package org.rosterbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.sync.Fixtures.id;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.User;

class FullSyncTest {

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
        upstream.records.add(Fixtures.term(20, "Fall"));
        upstream.records.add(Fixtures.course(30, "MATH-3"));
        upstream.records.add(Fixtures.teacher(40, "T40", school, "t40@example.org"));
        upstream.records.add(Fixtures.teacher(41, "T41", school, "t41@example.org"));
        for (int n = 50; n < 70; n++) {
            upstream.records.add(Fixtures.student(n, "S" + n, school, Grade.G3));
        }
        upstream.records.add(Fixtures.section(
                80, school, Optional.of(id(20)), List.of(id(40), id(41)), List.of(id(50), id(51), id(52))));
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    RunReport sync() {
        return engine.run(
                SyncRequest.of(URI.create("http://upstream.invalid"), "tok").withMode(SyncMode.FULL), () -> upstream);
    }

    @Test
    void createsEveryRecordKeyedByCleverIdOnFirstFullSync() {
        RunReport report = sync();

        assertThat(report.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(report.counts().get("users").created()).isEqualTo(22);
        assertThat(report.counts().get("sections").created()).isEqualTo(1);
        assertThat(report.totals())
                .containsEntry("students", 20L)
                .containsEntry("teachers", 2L)
                .containsEntry("enrollments", 3L);
        assertThat(db.count("select count(*) from users where clever_id is null"))
                .isZero();
        assertThat(report.toJson())
                .contains("\"run_id\":\"" + report.runId() + "\"", "\"status\":\"applied\"", "\"mode\":\"full\"");
    }

    @Test
    void secondFullSyncOfTheSameDataChangesNothing() {
        sync();
        RunReport second = sync();

        assertThat(second.counts().values())
                .allSatisfy(c -> assertThat(c.changed()).isZero());
        assertThat(second.counts().get("users").unchanged()).isEqualTo(22);
    }

    @Test
    void archivesStudentMissingFromFullSyncAndRestoresTheSameRecordWhenItReappears() {
        sync();
        long localId = db.count("select id from users where clever_id = '" + id(60).value() + "'");
        User student = (User) upstream.records.stream()
                .filter(r -> r.id().equals(id(60)))
                .findFirst()
                .orElseThrow();
        upstream.records.remove(student);

        RunReport archived = sync();
        assertThat(archived.counts().get("users").archived()).isEqualTo(1);
        assertThat(db.count("select count(*) from users where archived_at is not null"))
                .isEqualTo(1);

        upstream.records.add(student);
        RunReport restored = sync();
        assertThat(restored.counts().get("users").restored()).isEqualTo(1);
        assertThat(db.count("select id from users where clever_id = '" + id(60).value() + "' and archived_at is null"))
                .isEqualTo(localId);
    }

    @Test
    void archivesAndRestoresTermsAndCourses() {
        sync();
        var term = upstream.records.stream()
                .filter(r -> r.id().equals(id(20)))
                .findFirst()
                .orElseThrow();
        var course = upstream.records.stream()
                .filter(r -> r.id().equals(id(30)))
                .findFirst()
                .orElseThrow();
        upstream.records.remove(term);
        upstream.records.remove(course);
        RunReport gone = engine.run(
                SyncRequest.of(URI.create("http://x.invalid"), "tok").withMode(SyncMode.FULL), () -> upstream);
        // One of one term is 100%: held by the brake; approving it applies exactly that plan.
        assertThat(gone.status()).isEqualTo(RunStatus.HELD);
        RunReport approved = engine.run(
                SyncRequest.of(URI.create("http://x.invalid"), "tok").approving(gone.runId()), () -> upstream);
        assertThat(approved.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(approved.counts().get("terms").archived()).isEqualTo(1);
        assertThat(approved.counts().get("courses").archived()).isEqualTo(1);

        upstream.records.add(term);
        upstream.records.add(course);
        RunReport back = sync();
        assertThat(back.counts().get("terms").restored()).isEqualTo(1);
        assertThat(back.counts().get("courses").restored()).isEqualTo(1);
        assertThat(db.count("select count(*) from terms where archived_at is null"))
                .isEqualTo(1);
    }

    @Test
    void incompleteFetchUpdatesButNeverArchives() {
        sync();
        upstream.records.removeIf(r -> r.id().equals(id(61)));
        upstream.problems.add("users: page 2 failed");

        RunReport report = sync();

        assertThat(report.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(report.counts().get("users").archived()).isZero();
        assertThat(report.warnings()).anyMatch(w -> w.contains("incomplete"));
        assertThat(db.count("select count(*) from users where archived_at is not null"))
                .isZero();
    }

    @Test
    void holdsARunThatWouldArchiveMoreThanTenPercentAndAppliesItOnApproval() {
        sync();
        upstream.records.removeIf(r -> r.id().equals(id(50)) || r.id().equals(id(51)) || r.id().equals(id(52)));

        RunReport held = sync();

        assertThat(held.status()).isEqualTo(RunStatus.HELD);
        assertThat(held.reasons()).anyMatch(r -> r.contains("archive 3 of 22 users"));
        assertThat(db.count("select count(*) from users where archived_at is not null"))
                .isZero();

        RunReport applied = engine.run(
                SyncRequest.of(URI.create("http://x.invalid"), "tok").approving(held.runId()), () -> upstream);
        assertThat(applied.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(applied.runId()).isEqualTo(held.runId());
        assertThat(db.count("select count(*) from users where archived_at is not null"))
                .isEqualTo(3);
    }

    @Test
    void appliesARenamedDistrictWithoutHoldingIt() {
        sync();
        upstream.district = Fixtures.district("Renamed ISD");

        RunReport report = sync();

        assertThat(report.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(report.counts().get("districts").updated()).isEqualTo(1);
    }

    @Test
    void holdsAnEmptyUpstream() {
        sync();
        upstream.records.clear();

        RunReport report = sync();

        assertThat(report.status()).isEqualTo(RunStatus.HELD);
        assertThat(report.reasons()).anyMatch(r -> r.contains("empty or truncated"));
        assertThat(db.count("select count(*) from users where archived_at is null"))
                .isEqualTo(22);
    }

    @Test
    void dryRunPlansButChangesNothing() {
        RunReport report = engine.run(
                SyncRequest.of(URI.create("http://x.invalid"), "tok")
                        .withMode(SyncMode.FULL)
                        .withDryRun(true),
                () -> upstream);

        assertThat(report.status()).isEqualTo(RunStatus.DRY_RUN);
        assertThat(report.counts().get("users").created()).isEqualTo(22);
        assertThat(db.count("select count(*) from users")).isZero();
        assertThat(db.count("select count(*) from sync_runs")).isZero();
    }

    @Test
    void keepsPrimaryTeacherAndCoTeachersInOrder() {
        sync();

        var teachers = db.rows(
                "select u.clever_id, t.is_primary, t.position from section_teachers t join users u on u.id = t.teacher_id order by t.position");
        assertThat(teachers).hasSize(2);
        assertThat(teachers.get(0)).containsEntry("clever_id", id(40).value()).containsEntry("is_primary", true);
        assertThat(teachers.get(1)).containsEntry("clever_id", id(41).value()).containsEntry("is_primary", false);
    }

    @Test
    void tiesHistoryToTheStudentAcrossSectionChanges() {
        engine.close();
        engine = SyncEngine.open(db.settings().withBrake(100, 100));
        sync();
        upstream.records.removeIf(r -> r.id().equals(id(80)));
        upstream.records.add(Fixtures.section(
                80, school, Optional.of(id(20)), List.of(id(40), id(41)), List.of(id(51), id(52), id(53))));
        upstream.records.removeIf(r -> r.id().equals(id(51)));
        upstream.records.add(Fixtures.student(51, "S51", school, Grade.G4));

        sync();

        long student50 = db.count("select id from users where clever_id = '" + id(50).value() + "'");
        assertThat(db.rows("select action from membership_history where student_id = " + student50
                        + " and target_type = 'section' order by id"))
                .extracting(r -> r.get("action"))
                .containsExactly("joined", "left");
        long student51 = db.count("select id from users where clever_id = '" + id(51).value() + "'");
        assertThat(db.rows("select old_value, new_value from change_log where record_id = " + student51
                        + " and field = 'student.grade'"))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("old_value", "3").containsEntry("new_value", "4"));
    }

    @Test
    void toleratesMissingOptionalFieldsAndUnknownCodes() {
        upstream.records.add(
                new org.rosterbridge.clever.Term(id(21), Fixtures.DISTRICT, "", Optional.empty(), Optional.empty()));
        User odd = Fixtures.student(70, "S70", school, Grade.G3);
        var role = odd.roles().student().orElseThrow();
        var strange = new org.rosterbridge.clever.StudentRole(
                role.legacyId(),
                role.sisId(),
                "",
                "",
                role.school(),
                role.schools(),
                List.of(),
                Optional.empty(),
                org.rosterbridge.clever.Coded.of(org.rosterbridge.clever.Gender.class, "Nonbinary"),
                org.rosterbridge.clever.Coded.of(Grade.class, "Grade 13½"),
                "",
                org.rosterbridge.clever.Coded.empty(org.rosterbridge.clever.Race.class),
                org.rosterbridge.clever.Coded.empty(org.rosterbridge.clever.YesNo.class),
                org.rosterbridge.clever.Coded.empty(org.rosterbridge.clever.YesNo.class),
                org.rosterbridge.clever.Coded.empty(org.rosterbridge.clever.FrlStatus.class),
                "",
                org.rosterbridge.clever.Coded.of(org.rosterbridge.clever.HomeLanguage.class, "Klingon"),
                org.rosterbridge.clever.Location.EMPTY,
                "",
                "",
                "");
        upstream.records.add(new User(
                id(70),
                Fixtures.DISTRICT,
                new org.rosterbridge.clever.Name("", "", ""),
                "",
                org.rosterbridge.clever.Roles.of(strange)));

        RunReport report = sync();

        assertThat(report.reasons()).as(report.toText()).isEmpty();
        assertThat(report.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(db.rows(
                        "select grade, home_language from user_roles r join users u on u.id = r.user_id where u.clever_id = '"
                                + id(70).value() + "'"))
                .singleElement()
                .satisfies(r ->
                        assertThat(r).containsEntry("grade", "Grade 13½").containsEntry("home_language", "Klingon"));
    }
}
