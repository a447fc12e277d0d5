package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;

/** Summer School Export Only and its companion option: every filter off, summer schools only. */
class SummerRulesTest {

    @TempDir
    Path dir;

    private FixtureSis.Exported summer(String name, java.util.function.UnaryOperator<ExportSettings.Builder> more) {
        return SmallDistrict.build()
                .export(
                        dir.resolve(name),
                        b -> more.apply(
                                b.summerOnly(true).includeStaff(true).filters(Fixtures.filter("school", "H1"))));
    }

    @Test
    void summerOnlySchools() {
        assertThat(summer("schools", b -> b).column(CleverFile.SCHOOLS, "School_id"))
                .as("filters ignored")
                .containsExactly("SU1");
    }

    @Test
    void summerOnlyStudents() {
        FixtureSis.Exported current = summer("current", b -> b);
        assertThat(current.rows(CleverFile.STUDENTS))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("Student_id", "S3").containsEntry("School_id", "SU1"));
        FixtureSis sis = SmallDistrict.build();
        Student unscheduled =
                Fixtures.inSummerSchool(Fixtures.nextYear(Fixtures.student("S5", "E1", "05"), "", ""), "SU1");
        sis.students.add(Fixtures.record(unscheduled));
        FixtureSis.Exported next =
                sis.export(dir.resolve("next"), b -> b.summerOnly(true).sourceYear(SourceYear.NEXT));
        assertThat(next.column(CleverFile.STUDENTS, "Student_id"))
                .as("next year needs a scheduling school and grade")
                .containsExactly("S3");
        assertThat(next.column(CleverFile.STUDENTS, "Grade")).containsExactly("02");
    }

    @Test
    void summerOnlyTeachers() {
        assertThat(summer("teachers", b -> b).column(CleverFile.TEACHERS, "Teacher_id"))
                .containsExactly("T3");
    }

    @Test
    void summerOnlyClasses() {
        FixtureSis.Exported out = summer("classes", b -> b);
        assertThat(out.column(CleverFile.SECTIONS, "Section_id"))
                .as("next year's classes in summer schools")
                .containsExactly("CS1");
        assertThat(out.column(CleverFile.ENROLLMENTS, "Section_id")).containsExactly("CS1");
    }

    @Test
    void summerOnlyStaff() {
        FixtureSis sis = SmallDistrict.build();
        sis.staff.add(Fixtures.staff("A7", "SU1", "Principal"));
        FixtureSis.Exported out = sis.export(dir, b -> b.summerOnly(true).includeStaff(true));
        assertThat(out.column(CleverFile.STAFF, "Staff_id")).containsExactly("A7");
    }

    @Test
    void summerFromCurrentYear() {
        FixtureSis.Exported out = summer("from-current", b -> b.summerFromCurrentYear(true));
        assertThat(out.column(CleverFile.SECTIONS, "Section_id")).containsExactly("CS0");
        assertThat(out.column(CleverFile.ENROLLMENTS, "Section_id")).containsExactly("CS0");
        FixtureSis.Exported ignored =
                SmallDistrict.build().export(dir.resolve("normal"), b -> b.summerFromCurrentYear(true));
        assertThat(ignored.column(CleverFile.SECTIONS, "Section_id"))
                .as("no effect without summer-only")
                .contains("C1");
    }
}
