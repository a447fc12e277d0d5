package org.rosterbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.sync.Fixtures.id;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.Roles;
import org.rosterbridge.clever.TeacherRole;
import org.rosterbridge.clever.User;

class MatchingTest {

    @TempDir
    Path dir;

    final CleverId school = id(10);

    RunReport sync(SyncEngine engine, FakeUpstream upstream) {
        return engine.run(
                SyncRequest.of(URI.create("http://x.invalid"), "tok").withMode(SyncMode.FULL), () -> upstream);
    }

    Path csv(String... lines) throws IOException {
        Path file = dir.resolve("local.csv");
        Files.writeString(
                file,
                "type,district,sis_id,number,state_id,name,first_name,last_name,email,phone,student_sis_id\n"
                        + String.join("\n", lines) + "\n");
        return file;
    }

    FakeUpstream upstream() {
        FakeUpstream upstream = new FakeUpstream(Fixtures.district("Test ISD"));
        upstream.records.add(Fixtures.school(10, "100"));
        upstream.records.add(Fixtures.student(50, "S50", school, Grade.G3));
        upstream.records.add(Fixtures.student(51, "S51", school, Grade.G3));
        upstream.records.add(Fixtures.teacher(40, "T40", school, "pat@example.org"));
        upstream.records.add(Fixtures.contact(60, "", "parent@example.org", "555-0100", id(50)));
        return upstream;
    }

    @Test
    void linksDistrictSchoolAndUsersTheAppHadBeforeClever() throws IOException {
        Db db = new Db(dir);
        try (SyncEngine engine = SyncEngine.open(db.settings())) {
            engine.importLocal(csv(
                    "district,Old Name ISD,,MDR-1,,,,,,,",
                    "school,Old Name ISD,100,,,Old School,,,,,",
                    "student,Old Name ISD,S50,,,,First50,Last50,,,",
                    "teacher,Old Name ISD,,,,,T40,Teach40,pat@example.org,,",
                    "contact,Old Name ISD,,,,,,Parent 60,,(555) 0100,S50"));
            long localStudent = db.count("select id from users where sis_id = 'S50'");

            RunReport report = sync(engine, upstream());

            assertThat(report.counts().get("districts").linked())
                    .as(report.toText() + db.rows("select * from districts"))
                    .isEqualTo(1);
            assertThat(report.counts().get("schools").linked())
                    .as(report.toText() + db.rows("select * from schools"))
                    .isEqualTo(1);
            assertThat(report.counts().get("users").linked()).isEqualTo(3);
            assertThat(report.counts().get("users").created()).isEqualTo(1);
            assertThat(db.count("select id from users where clever_id = '" + id(50).value() + "'"))
                    .isEqualTo(localStudent);
            assertThat(db.count("select count(*) from districts")).isEqualTo(1);
            assertThat(db.count("select count(*) from users where clever_id is null"))
                    .isZero();
        }
    }

    @Test
    void queuesSeveralCandidatesForReviewInsteadOfGuessing() throws IOException {
        Db db = new Db(dir);
        try (SyncEngine engine = SyncEngine.open(db.settings())) {
            engine.importLocal(csv(
                    "district,Test ISD,,MDR-1,,,,,,,",
                    "student,Test ISD,S50,,,,A,B,,,",
                    "student,Test ISD,S50,,,,C,D,,,"));

            RunReport report = sync(engine, upstream());

            assertThat(report.reviews()).isEqualTo(1);
            assertThat(db.rows("select clever_id, match_key from match_reviews"))
                    .singleElement()
                    .satisfies(r -> assertThat(r)
                            .containsEntry("clever_id", id(50).value())
                            .containsEntry("match_key", "sis_id"));
            assertThat(db.count("select count(*) from users where clever_id is null"))
                    .isEqualTo(2);
        }
    }

    @Test
    void matchesAContactOnlyWithinItsStudentsHousehold() throws IOException {
        Db db = new Db(dir);
        try (SyncEngine engine = SyncEngine.open(db.settings())) {
            // Same e-mail, but linked to another student: not this household, so not a match.
            engine.importLocal(csv(
                    "district,Test ISD,,MDR-1,,,,,,,",
                    "student,Test ISD,S50,,,,First50,Last50,,,",
                    "student,Test ISD,S99,,,,Other,Kid,,,",
                    "contact,Test ISD,,,,,,Parent 60,parent@example.org,,S99",
                    "contact,Test ISD,,,,,,Parent 60,,555 0100,S50"));

            RunReport report = sync(engine, upstream());

            long contact = db.count("select id from users where clever_id = '" + id(60).value() + "'");
            assertThat(db.count("select count(*) from contact_students where contact_id = " + contact))
                    .isEqualTo(1);
            assertThat(db.count("select count(*) from users where roles = 'contact' and clever_id is null"))
                    .isEqualTo(1);
            assertThat(db.rows("select phone from user_roles where user_id = " + contact))
                    .singleElement()
                    .satisfies(r -> assertThat(r).containsEntry("phone", "555-0100"));
            assertThat(report.counts().get("users").created()).isEqualTo(2);
        }
    }

    @Test
    void resolvesAV2TeacherAndDistrictAdminToOnePerson() {
        Db db = new Db(dir);
        FakeUpstream upstream = upstream();
        upstream.records.add(Fixtures.districtAdmin(41, "Pat@Example.org"));
        try (SyncEngine engine = SyncEngine.open(db.settings())) {
            sync(engine, upstream);

            var persons = db.rows(
                    "select clever_id, person_id from users where roles in ('teacher', 'district_admin') order by clever_id");
            assertThat(persons).hasSize(2);
            assertThat(persons.get(0).get("person_id")).isEqualTo(persons.get(1).get("person_id"));
        }
    }

    @Test
    void rekeysAV2RecordWhenV3NamesItAsLegacyId() {
        Db db = new Db(dir);
        FakeUpstream upstream = upstream();
        try (SyncEngine engine = SyncEngine.open(db.settings().withBrake(100, 100))) {
            sync(engine, upstream);
            long teacher = db.count("select id from users where clever_id = '" + id(40).value() + "'");
            upstream.records.removeIf(r -> r.id().equals(id(40)));
            TeacherRole role = new TeacherRole(id(40), "T40", school, java.util.List.of(school), "", "", "", "");
            upstream.records.add(new User(
                    id(4000),
                    Fixtures.DISTRICT,
                    new Name("T40", "", "Teach40"),
                    "pat@example.org",
                    new Roles(
                            Optional.empty(),
                            Optional.of(role),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty())));

            RunReport report = sync(engine, upstream);

            assertThat(report.counts().get("users").linked()).isEqualTo(1);
            assertThat(report.counts().get("users").archived()).isZero();
            assertThat(db.count("select id from users where clever_id = '" + id(4000).value() + "'"))
                    .isEqualTo(teacher);
        }
    }
}
