package org.rosterbridge.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.generator.ChurnSettings;
import org.rosterbridge.generator.DistrictGenerator;
import org.rosterbridge.generator.GeneratorSettings;
import org.rosterbridge.sandbox.Sandbox;
import org.rosterbridge.sandbox.SandboxDistrict;
import org.rosterbridge.sandbox.SandboxSettings;

/** One test per Clever Secure Sync certification requirement, against the hub over HTTP. */
class CertificationTest {

    @TempDir
    Path dir;

    Path district() {
        Path district = dir.resolve("district");
        DistrictGenerator.generate(new GeneratorSettings(200, 3), district);
        return district;
    }

    static RunReport sync(SyncEngine engine, SandboxDistrict d, SyncMode mode) {
        return engine.run(new SyncRequest(d.baseUrl(), d.token(), ApiVersion.V3_0, mode, false, ""));
    }

    /** A copy of {@code district} with sections.csv rewritten row by row (all values quoted, as generated). */
    Path withSections(Path district, String name, UnaryOperator<List<String>> edit) {
        Path copy = dir.resolve(name);
        try {
            Files.createDirectories(copy);
            try (var files = Files.list(district)) {
                for (Path p : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                    Files.copy(p, copy.resolve(p.getFileName()));
                }
            }
            List<String> lines = Files.readAllLines(copy.resolve("sections.csv"));
            List<String> out = new ArrayList<>(List.of(lines.get(0)));
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = edit.apply(new ArrayList<>(
                        Arrays.asList(line.substring(1, line.length() - 1).split("\",\"", -1))));
                out.add("\"" + String.join("\",\"", cells) + "\"");
            }
            Files.write(copy.resolve("sections.csv"), out);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void usesTheCleverIdAsTheKeyForEveryRecordType() {
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(district(), SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings())) {
            assertThat(sync(engine, d, SyncMode.FULL).status()).isEqualTo(RunStatus.APPLIED);
        }
        for (String table : List.of("districts", "schools", "terms", "courses", "sections", "users")) {
            assertThat(db.count("select count(*) from " + table)).as(table).isPositive();
            assertThat(db.count("select count(*) from " + table + " where clever_id is null"))
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void matchesExistingUsersToCleverData() throws IOException {
        Path district = district();
        List<String> students = Files.readAllLines(district.resolve("students.csv"));
        StringBuilder local = new StringBuilder("type,district,sis_id,first_name,last_name\n");
        // students.csv repeats a student once per contact; five distinct students are wanted.
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : students.subList(1, students.size())) {
            String[] cells = line.substring(1).split("\",\"", -1);
            if (seen.size() == 5 || !seen.add(cells[1])) {
                continue;
            }
            // The hub names the district after its directory; the local district matches it by name.
            local.append("student,district,")
                    .append(cells[1])
                    .append(',')
                    .append(cells[6])
                    .append(',')
                    .append(cells[4])
                    .append('\n');
        }
        Path csv = dir.resolve("local.csv");
        Files.writeString(csv, local.toString());
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(district, SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings())) {
            engine.importLocal(csv);
            long before = db.count("select max(id) from users");

            RunReport report = sync(engine, d, SyncMode.FULL);

            assertThat(report.counts().get("users").linked())
                    .as(report.toText()
                            + db.rows("select id, clever_id, name, mdr_number from districts")
                            + db.rows("select id, district_id, sis_id, roles from users where id <= 6")
                            + Files.readString(csv))
                    .isEqualTo(5);
            assertThat(db.count("select count(*) from users where id <= " + before + " and clever_id is not null"))
                    .isEqualTo(5);
        }
    }

    @Test
    void updatesAtLeastDailyAndOnDemand() {
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(district(), SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings())) {
            assertThat(sync(engine, d, SyncMode.AUTO).mode()).isEqualTo(SyncMode.FULL);
            db.clock.advance(Duration.ofHours(1));
            assertThat(sync(engine, d, SyncMode.AUTO).mode()).isEqualTo(SyncMode.EVENTS);
            assertThat(sync(engine, d, SyncMode.FULL).mode()).as("on demand").isEqualTo(SyncMode.FULL);
            db.clock.advance(Duration.ofHours(25));
            assertThat(sync(engine, d, SyncMode.AUTO).mode()).as("daily").isEqualTo(SyncMode.FULL);
        }
    }

    @Test
    void archivesUnsharedRecordsAndRestoresThemIncludingTermsAndCourses() {
        Path district = district();
        // Every section moves to another term and loses its course: the old term and the courses disappear.
        Path moved = withSections(district, "moved", cells -> {
            cells.set(15, "");
            cells.set(16, "");
            cells.set(17, "");
            cells.set(20, "Summer");
            cells.set(21, "2026-06-15");
            cells.set(22, "2026-07-31");
            return cells;
        });
        Path churned = dir.resolve("churned");
        DistrictGenerator.churn(new ChurnSettings(district, 10, 5), churned);
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(district, SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings().withBrake(100, 100))) {
            sync(engine, d, SyncMode.FULL);
            long terms = db.count("select count(*) from terms");
            long courses = db.count("select count(*) from courses");

            d.replace(moved);
            RunReport gone = sync(engine, d, SyncMode.FULL);
            assertThat(gone.counts().get("terms").archived()).as(gone.toText()).isEqualTo(terms);
            assertThat(gone.counts().get("courses").archived()).isEqualTo(courses);

            d.replace(district);
            RunReport back = sync(engine, d, SyncMode.FULL);
            assertThat(back.counts().get("terms").restored()).as(back.toText()).isEqualTo(terms);
            assertThat(back.counts().get("courses").restored()).isEqualTo(courses);

            d.replace(churned);
            RunReport churn = sync(engine, d, SyncMode.FULL);
            long archivedUsers = churn.counts().get("users").archived();
            assertThat(archivedUsers).as(churn.toText()).isPositive();
            d.replace(district);
            RunReport again = sync(engine, d, SyncMode.FULL);
            assertThat(again.counts().get("users").restored()).isEqualTo(archivedUsers);
            assertThat(db.count("select count(*) from terms where archived_at is null"))
                    .isEqualTo(terms);
        }
    }

    @Test
    void handlesMissingNonGuaranteedFields() {
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(district(), SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings())) {
            RunReport report = sync(engine, d, SyncMode.FULL);

            assertThat(report.status()).isEqualTo(RunStatus.APPLIED);
            assertThat(report.warnings()).isEmpty();
            assertThat(db.count("select count(*) from users where email = '' and roles = 'student'"))
                    .isPositive();
        }
    }

    @Test
    void tiesHistoryToTheStudentRecord() {
        Path district = district();
        Path next = dir.resolve("next");
        DistrictGenerator.churn(new ChurnSettings(district, 10, 8), next);
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(district, SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings().withBrake(100, 100))) {
            sync(engine, d, SyncMode.FULL);
            d.replace(next);
            sync(engine, d, SyncMode.AUTO);
        }
        assertThat(db.count("select count(*) from membership_history h join users u on u.id = h.student_id"
                        + " where h.action = 'left' and u.roles = 'student'"))
                .isPositive();
        assertThat(
                        db.count(
                                "select count(*) from membership_history h left join users u on u.id = h.student_id where u.id is null"))
                .isZero();
    }

    @Test
    void preservesStudentTeacherAssociationsIncludingCoTeachers() {
        Db db = new Db(dir.resolve("db"));
        try (SandboxDistrict d = Sandbox.start(district(), SandboxSettings.defaults());
                SyncEngine engine = SyncEngine.open(db.settings())) {
            sync(engine, d, SyncMode.FULL);
        }
        assertThat(db.count("select count(*) from section_teachers where not is_primary"))
                .isPositive();
        assertThat(db.count("select count(*) from sections s where (select count(*) from section_teachers t"
                        + " where t.section_id = s.id and t.is_primary) <> 1"))
                .isZero();
        assertThat(db.count("select count(*) from section_students")).isPositive();
    }
}
