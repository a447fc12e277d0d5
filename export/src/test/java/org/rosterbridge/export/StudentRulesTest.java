package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.export.Fixtures.AS_OF;
import static org.rosterbridge.export.Fixtures.FUTURE;
import static org.rosterbridge.export.Fixtures.PAST;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StudentColumn;

/** The students.csv field rules, one test per rule id. */
class StudentRulesTest {

    @TempDir
    Path dir;

    private static Row only(SisStudent record, ExportSettings settings) {
        List<Row> rows =
                StudentRows.rows(record, Fixtures.context(settings, Fixtures.school("E1"), Fixtures.school("E2")));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static Row only(Student student) {
        return only(Fixtures.record(student), Fixtures.settings().build());
    }

    @Test
    void studentGrade() {
        for (String code : List.of("PKF", "PKH", "PS2", "PKP", "PKA", "PA", "PP", "PS", "PK", "PSA", "PSP")) {
            assertThat(GradeRule.display(code)).as(code).isEqualTo("Prekindergarten");
        }
        for (String code :
                List.of("KA", "KP", "K", "KH", "K3A", "K3F", "K3P", "K4A", "K4F", "K4P", "K5A", "K5F", "K5P")) {
            assertThat(GradeRule.display(code)).as(code).isEqualTo("Kindergarten");
        }
        assertThat(GradeRule.display("AAP")).isEqualTo("Postgraduate");
        assertThat(GradeRule.display("07")).isEqualTo("07");
        assertThat(GradeRule.display("pk")).as("codes are matched as spelled").isEqualTo("pk");

        Student student = Fixtures.nextYear(Fixtures.student("S1", "E1", "PKF"), "E2", "KA");
        assertThat(only(student).get(StudentColumn.GRADE)).isEqualTo("Prekindergarten");
        Row next = only(
                Fixtures.record(student),
                Fixtures.settings().sourceYear(SourceYear.NEXT).build());
        assertThat(next.get(StudentColumn.GRADE)).isEqualTo("Kindergarten");
    }

    @Test
    void studentSchool() {
        Student student = Fixtures.nextYear(Fixtures.student("S1", "E1", "05"), "E2", "06");
        assertThat(only(student).get(StudentColumn.SCHOOL_ID)).isEqualTo("E1");
        Row next = only(
                Fixtures.record(student),
                Fixtures.settings().sourceYear(SourceYear.NEXT).build());
        assertThat(next.get(StudentColumn.SCHOOL_ID)).isEqualTo("E2");

        Selection selection = Fixtures.context(
                        Fixtures.settings().sourceYear(SourceYear.NEXT).build(), Fixtures.school("E1"))
                .selection();
        Student graduating = Fixtures.nextYear(Fixtures.student("S2", "E1", "12"), "", "");
        assertThat(selection.student(Fixtures.record(graduating)))
                .as("no school next year")
                .isFalse();
    }

    @Test
    void studentActive() {
        Selection selection = Fixtures.context(Fixtures.settings().build(), Fixtures.school("E1"))
                .selection();
        Student student = Fixtures.student("S1", "E1", "01");
        assertThat(selection.student(Fixtures.record(student))).isTrue();
        assertThat(selection.student(Fixtures.record(Fixtures.inactive(student))))
                .isFalse();
    }

    @Test
    void studentIdentity() {
        Row row = only(Fixtures.student("S1", "E1", "01"));
        assertThat(row.get(StudentColumn.STUDENT_ID)).isEqualTo("S1");
        assertThat(row.get(StudentColumn.STUDENT_NUMBER)).isEqualTo("N-S1");
        assertThat(row.get(StudentColumn.STATE_ID)).isEqualTo("ST-S1");
        assertThat(row.get(StudentColumn.LAST_NAME)).isEqualTo("LastS1");
        assertThat(row.get(StudentColumn.FIRST_NAME)).isEqualTo("FirstS1");
        assertThat(row.get(StudentColumn.GRADUATION_YEAR)).isEqualTo("2035");
        assertThat(row.get(StudentColumn.STUDENT_EMAIL)).isEqualTo("S1@students.example.org");
        assertThat(row.get(StudentColumn.USERNAME)).isEqualTo("int-S1");
        assertThat(row.get(StudentColumn.PASSWORD)).isEmpty();
        assertThat(row.get(StudentColumn.UNWEIGHTED_GPA)).isEmpty();
        assertThat(row.get(StudentColumn.WEIGHTED_GPA)).isEmpty();
        assertThat(row.get(StudentColumn.CONTACT_PHONE_TYPE)).isEmpty();
    }

    @Test
    void studentGender() {
        assertThat(StudentFieldRules.gender("M")).isEqualTo("Male");
        assertThat(StudentFieldRules.gender("f")).isEqualTo("Female");
        assertThat(StudentFieldRules.gender("X")).isEqualTo("Nonbinary");
        assertThat(StudentFieldRules.gender("Female")).isEqualTo("Female");
        assertThat(StudentFieldRules.gender("")).isEmpty();
        assertThat(only(Fixtures.student("S1", "E1", "01")).get(StudentColumn.GENDER))
                .isEqualTo("Female");
    }

    @Test
    void studentDob(@TempDir Path temp) {
        FixtureSis sis = new FixtureSis();
        sis.schools.add(Fixtures.school("E1"));
        sis.students.add(Fixtures.record(Fixtures.student("S1", "E1", "01")));
        FixtureSis.Exported out = sis.export(temp, b -> b);
        assertThat(out.column(CleverFile.STUDENTS, "DOB")).containsExactly("2015-04-03");
    }

    @Test
    void studentRace() {
        assertThat(StudentFieldRules.race("Black or African American")).isEqualTo("B");
        assertThat(StudentFieldRules.race("Multiracial")).isEqualTo("M");
        assertThat(StudentFieldRules.race("American Indian or Alaska Native")).isEqualTo("I");
        assertThat(StudentFieldRules.race("Native Hawaiian or Other Pacific Islander"))
                .isEqualTo("P");
        assertThat(StudentFieldRules.race("WHITE")).isEqualTo("W");
        assertThat(StudentFieldRules.race("Asian")).isEqualTo("A");
        assertThat(StudentFieldRules.race("Black or African American, White"))
                .as("first word in the seed's order")
                .isEqualTo("B");
        assertThat(StudentFieldRules.race("Other")).isEmpty();
        assertThat(StudentFieldRules.race("")).isEmpty();
    }

    @Test
    void studentHispanic() {
        Student student = Fixtures.student("S1", "E1", "01");
        assertThat(only(student).get(StudentColumn.HISPANIC_LATINO)).isEqualTo("N");
        Student hispanic = new Student(
                student.id(),
                true,
                "",
                "",
                "",
                "L",
                "",
                "F",
                "",
                "",
                "",
                "",
                true,
                "",
                "E1",
                "01",
                "E1",
                "01",
                "",
                student.address(),
                "");
        assertThat(only(hispanic).get(StudentColumn.HISPANIC_LATINO)).isEqualTo("Y");
    }

    @Test
    void studentLanguage() {
        assertThat(StudentFieldRules.LANGUAGES).hasSize(47);
        assertThat(StudentFieldRules.language("Spanish")).isEqualTo("Spanish");
        assertThat(StudentFieldRules.language("Telegu"))
                .as("spelled as the seed spells it")
                .isEqualTo("Telegu");
        assertThat(StudentFieldRules.language("Telugu")).isEmpty();
        assertThat(StudentFieldRules.language("spanish")).as("spelled as is").isEmpty();
        assertThat(StudentFieldRules.language("Yoruba")).isEmpty();
    }

    @Test
    void statusEndDate() {
        assertThat(StatusRules.current(DatedCode.open("ELL"), AS_OF)).isTrue();
        assertThat(StatusRules.current(DatedCode.ending("ELL", FUTURE), AS_OF)).isTrue();
        assertThat(StatusRules.current(DatedCode.ending("ELL", PAST), AS_OF)).isFalse();
        assertThat(StatusRules.current(DatedCode.ending("ELL", AS_OF), AS_OF))
                .as("ending today is not in the future")
                .isFalse();
    }

    @Test
    void studentEll() {
        assertThat(StatusRules.ell(List.of(DatedCode.open("ELL")), StateCodes.PA, AS_OF))
                .isEqualTo("Y");
        assertThat(StatusRules.ell(List.of(DatedCode.ending("ELLIFE", FUTURE)), StateCodes.PA, AS_OF))
                .isEqualTo("Y");
        assertThat(StatusRules.ell(List.of(DatedCode.ending("ELL", PAST)), StateCodes.PA, AS_OF))
                .isEqualTo("N");
        assertThat(StatusRules.ell(List.of(DatedCode.open("ELL")), StateCodes.NY, AS_OF))
                .isEqualTo("N");
        assertThat(StatusRules.ell(List.of(DatedCode.open("0231")), StateCodes.NY, AS_OF))
                .isEqualTo("Y");
        assertThat(StatusRules.ell(List.of(DatedCode.open("8239")), StateCodes.NY, AS_OF))
                .isEqualTo("Y");
        assertThat(StatusRules.ell(List.of(), StateCodes.NY, AS_OF)).isEqualTo("N");
        SisStudent record =
                Fixtures.withCodes(Fixtures.student("S1", "E1", "01"), StatusKind.STATUS, DatedCode.open("0231"));
        assertThat(only(record, Fixtures.settings().build()).get(StudentColumn.ELL_STATUS))
                .as("NY from the district")
                .isEqualTo("Y");
        assertThat(only(record, Fixtures.settings().state(StateCodes.PA).build())
                        .get(StudentColumn.ELL_STATUS))
                .isEqualTo("N");
    }

    @Test
    void studentFrl() {
        assertThat(StatusRules.frl(List.of(DatedCode.open("5817")), StateCodes.PA, AS_OF))
                .isEqualTo("F");
        assertThat(StatusRules.frl(List.of(DatedCode.open("A")), StateCodes.PA, AS_OF))
                .isEqualTo("N");
        assertThat(StatusRules.frl(List.of(DatedCode.open("A")), StateCodes.NY, AS_OF))
                .isEqualTo("F");
        assertThat(StatusRules.frl(List.of(DatedCode.open("2")), StateCodes.PA, AS_OF))
                .isEqualTo("R");
        assertThat(StatusRules.frl(List.of(DatedCode.open("5806")), StateCodes.PA, AS_OF))
                .isEqualTo("N");
        assertThat(StatusRules.frl(List.of(DatedCode.ending("5806", FUTURE)), StateCodes.NY, AS_OF))
                .isEqualTo("R");
        assertThat(StatusRules.frl(List.of(DatedCode.open("2"), DatedCode.open("1")), StateCodes.NY, AS_OF))
                .as("free wins over reduced")
                .isEqualTo("F");
        assertThat(StatusRules.frl(List.of(DatedCode.ending("1", PAST)), StateCodes.NY, AS_OF))
                .isEqualTo("N");
        assertThat(StatusRules.frl(List.of(DatedCode.open("3")), StateCodes.NY, AS_OF))
                .isEqualTo("N");
    }

    @Test
    void studentIep() {
        assertThat(StatusRules.iep(List.of(DatedCode.open("IEP")), StateCodes.PA, AS_OF))
                .isEqualTo("Y");
        assertThat(StatusRules.iep(List.of(DatedCode.open("IEP")), StateCodes.NY, AS_OF))
                .isEqualTo("N");
        for (String code : List.of(
                "0352", "0385", "0396", "0407", "0418", "0429", "0440", "0451", "0462", "0473", "0484", "0495", "5786",
                "SE")) {
            assertThat(StatusRules.iep(List.of(DatedCode.open(code)), StateCodes.NY, AS_OF))
                    .as(code)
                    .isEqualTo("Y");
        }
        assertThat(StatusRules.iep(List.of(DatedCode.ending("SE", PAST)), StateCodes.NY, AS_OF))
                .isEqualTo("N");
    }

    @Test
    void studentAddress() {
        Student student = Fixtures.student("S1", "E1", "01");
        Student withSuffix = new Student(
                "S2",
                true,
                "",
                "",
                "",
                "L",
                "",
                "F",
                "",
                "",
                "",
                "",
                false,
                "",
                "E1",
                "01",
                "E1",
                "01",
                "",
                new MailingAddress("12", "1/2", "Elm St", "Town", "NY", "12345"),
                "");
        assertThat(only(withSuffix).get(StudentColumn.STUDENT_STREET)).isEqualTo("12 1/2 Elm St");
        Row row = only(student);
        assertThat(List.of(
                        row.get(StudentColumn.STUDENT_STREET),
                        row.get(StudentColumn.STUDENT_CITY),
                        row.get(StudentColumn.STUDENT_STATE),
                        row.get(StudentColumn.STUDENT_ZIP)))
                .containsExactly("12 Elm St", "Town", "NY", "12345");
        Row blank = only(
                Fixtures.record(student),
                Fixtures.settings().blankAddresses(true).build());
        assertThat(List.of(
                        blank.get(StudentColumn.STUDENT_STREET),
                        blank.get(StudentColumn.STUDENT_CITY),
                        blank.get(StudentColumn.STUDENT_STATE),
                        blank.get(StudentColumn.STUDENT_ZIP)))
                .containsOnly("");
    }

    @Test
    void studentFilters() {
        School elementary = Fixtures.school("E1");
        School high = Fixtures.school("H1", "High", false);
        Student student = Fixtures.nextYear(Fixtures.student("S1", "E1", "05"), "H1", "09");
        SisStudent record = Fixtures.record(student);
        ExportFilters grade05 = new ExportFilters(
                java.util.Set.of("05"),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of());
        ExportFilters highSchools = new ExportFilters(
                java.util.Set.of(),
                java.util.Set.of("High"),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of());
        ExportFilters schoolH1 = new ExportFilters(
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of("H1"),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of());
        assertThat(selects(record, grade05, SourceYear.CURRENT, elementary, high))
                .isTrue();
        assertThat(selects(record, grade05, SourceYear.NEXT, elementary, high))
                .as("next year's grade is 09")
                .isFalse();
        assertThat(selects(record, highSchools, SourceYear.CURRENT, elementary, high))
                .isFalse();
        assertThat(selects(record, highSchools, SourceYear.NEXT, elementary, high))
                .isTrue();
        assertThat(selects(record, schoolH1, SourceYear.CURRENT, elementary, high))
                .isFalse();
        assertThat(selects(record, schoolH1, SourceYear.NEXT, elementary, high)).isTrue();
    }

    static boolean selects(SisStudent record, ExportFilters filters, SourceYear year, School... schools) {
        ExportSettings settings =
                Fixtures.settings().filters(filters).sourceYear(year).build();
        return Fixtures.context(settings, schools).selection().student(record);
    }

    @Test
    void studentStatusFilters() {
        School school = Fixtures.school("E1");
        Student student = Fixtures.student("S1", "E1", "01");
        ExportFilters ellOrBand = new ExportFilters(
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of("ELL"),
                java.util.Set.of("IEP"),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Set.of("BAND"));
        assertThat(selects(
                        Fixtures.withCodes(student, StatusKind.GROUP, DatedCode.open("BAND")),
                        ellOrBand,
                        SourceYear.CURRENT,
                        school))
                .as("one status of any filter is enough")
                .isTrue();
        assertThat(selects(
                        Fixtures.withCodes(student, StatusKind.STATUS, DatedCode.ending("ELL", FUTURE)),
                        ellOrBand,
                        SourceYear.CURRENT,
                        school))
                .isTrue();
        assertThat(selects(
                        Fixtures.withCodes(student, StatusKind.STATUS, DatedCode.ending("ELL", PAST)),
                        ellOrBand,
                        SourceYear.CURRENT,
                        school))
                .as("not currently")
                .isFalse();
        assertThat(selects(
                        Fixtures.withCodes(student, StatusKind.GROUP, DatedCode.open("ELL")),
                        ellOrBand,
                        SourceYear.CURRENT,
                        school))
                .as("the code must be in its own filter")
                .isFalse();
        assertThat(selects(Fixtures.record(student), ellOrBand, SourceYear.CURRENT, school))
                .isFalse();
        assertThat(selects(Fixtures.record(student), ExportFilters.none(), SourceYear.CURRENT, school))
                .isTrue();
    }
}
