package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.TeacherColumn;

/** The teachers.csv rules and the staff identity rules they share with sections and staff. */
class TeacherRulesTest {

    @TempDir
    Path dir;

    @Test
    void teacherSelection() {
        List<Staff> staff = List.of(
                Fixtures.staff("T1", "E1", "Teacher"),
                Fixtures.staff("T2", "E1", "Enrichment Teacher"),
                Fixtures.staff("T3", "E1", "ELL Teacher", "Coach"),
                Fixtures.staff("T4", "E1", "AIS Teacher"),
                Fixtures.staff("T5", "E1", "Aide"),
                Fixtures.inactive(Fixtures.staff("T6", "E1", "Teacher")),
                Fixtures.withAccount(Fixtures.staff("T7", "E1", "Teacher"), "uT7", List.of("E1", "H1")));
        ExportContext all = Fixtures.context(
                Fixtures.settings().build(),
                List.of(Fixtures.school("E1"), Fixtures.school("H1", "High", false)),
                staff,
                Map.of());
        assertThat(TeacherRows.candidates(all))
                .extracting(r -> r.get(TeacherColumn.TEACHER_ID) + "@" + r.get(TeacherColumn.SCHOOL_ID))
                .containsExactly("T1@E1", "T2@E1", "T3@E1", "T4@E1", "T7@E1", "T7@H1");
        ExportContext high = Fixtures.context(
                Fixtures.settings()
                        .filters(Fixtures.filter("school-type", "High"))
                        .build(),
                List.of(Fixtures.school("E1"), Fixtures.school("H1", "High", false)),
                staff,
                Map.of());
        assertThat(TeacherRows.candidates(high))
                .extracting(r -> r.get(TeacherColumn.TEACHER_ID) + "@" + r.get(TeacherColumn.SCHOOL_ID))
                .as("the school filters apply to the teachers' schools")
                .containsExactly("T7@H1");
    }

    @Test
    void teacherStatusFilter() {
        FixtureSis sis = SmallDistrict.build();
        sis.students.set(
                1, Fixtures.withCodes(Fixtures.student("S2", "H1", "09"), StatusKind.GROUP, DatedCode.open("BAND")));
        sis.students.set(
                1,
                new SisStudent(
                        sis.students.get(1).student(), sis.students.get(1).codes(), List.of(), List.of("C2")));
        FixtureSis.Exported out = sis.export(dir, b -> b.filters(Fixtures.filter("group", "BAND")));
        assertThat(out.column(CleverFile.STUDENTS, "Student_id")).containsExactly("S2");
        assertThat(out.column(CleverFile.TEACHERS, "Teacher_id"))
                .as("only teachers of the students' classes")
                .containsExactly("T2");
        FixtureSis.Exported unfiltered = sis.export(dir.resolve("all"), b -> b);
        assertThat(unfiltered.column(CleverFile.TEACHERS, "Teacher_id")).containsExactly("T1", "T2", "T3");
    }

    @Test
    void teacherFields() {
        Row row = TeacherRows.row(Fixtures.staff("T1", "E1", "Teacher"), "T1", "E1", false);
        assertThat(row.get(TeacherColumn.TEACHER_NUMBER)).isEqualTo("SID-T1");
        assertThat(row.get(TeacherColumn.STATE_TEACHER_ID)).isEqualTo("SID-T1");
        assertThat(row.get(TeacherColumn.FIRST_NAME)).isEqualTo("FirstT1");
        assertThat(row.get(TeacherColumn.MIDDLE_NAME)).isEqualTo("M");
        assertThat(row.get(TeacherColumn.LAST_NAME)).isEqualTo("LastT1");
        assertThat(row.get(TeacherColumn.TITLE)).isEmpty();
        assertThat(row.get(TeacherColumn.USERNAME)).isEqualTo("int-T1");
        assertThat(row.get(TeacherColumn.PASSWORD)).isEmpty();
    }

    @Test
    void staffPrimaryUser() {
        Staff home = Fixtures.withAccount(Fixtures.staff("T1", "E1", "Teacher"), "pat", List.of("E1"));
        Staff away = Fixtures.withAccount(Fixtures.staff("T9", "H1", "Teacher"), "pat", List.of("H1"));
        Staff alone = Fixtures.withAccount(Fixtures.staff("T5", "E1", "Teacher"), "sam", List.of("E1"));
        Staff noAccount = Fixtures.withAccount(Fixtures.staff("T6", "E1", "Teacher"), "", List.of("E1"));
        StaffIdentity identity = new StaffIdentity(
                Map.of("T1", home, "T9", away, "T5", alone, "T6", noAccount), Map.of("pat", "T1", "sam", "T4"));
        assertThat(identity.resolve("T9"))
                .as("cross-building: the primary user's staff id")
                .isEqualTo("T1");
        assertThat(identity.resolve("T1")).isEqualTo("T1");
        assertThat(identity.resolve("T5")).as("one building only: its own id").isEqualTo("T5");
        assertThat(identity.resolve("T6")).isEqualTo("T6");
        ExportContext context = Fixtures.context(
                Fixtures.settings().build(),
                List.of(Fixtures.school("E1"), Fixtures.school("H1", "High", false)),
                List.of(home, away),
                Map.of("pat", "T1"));
        assertThat(TeacherRows.candidates(context))
                .extracting(r -> r.get(TeacherColumn.TEACHER_ID) + "@" + r.get(TeacherColumn.SCHOOL_ID))
                .containsExactly("T1@E1", "T1@H1");
    }

    @Test
    void staffAlternateEmail() {
        Staff staff = Fixtures.staff("T1", "E1", "Teacher");
        assertThat(TeacherRows.row(staff, "T1", "E1", false).get(TeacherColumn.TEACHER_EMAIL))
                .isEqualTo("T1@staff.example.org");
        assertThat(TeacherRows.row(staff, "T1", "E1", true).get(TeacherColumn.TEACHER_EMAIL))
                .isEqualTo("T1@alt.example.org");
        assertThat(StaffRows.row(staff, "T1", "E1", true).get(org.rosterbridge.clever.csv.StaffColumn.STAFF_EMAIL))
                .isEqualTo("T1@alt.example.org");
    }
}
