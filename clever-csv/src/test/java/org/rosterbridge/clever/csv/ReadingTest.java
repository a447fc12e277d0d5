package org.rosterbridge.clever.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rosterbridge.clever.csv.District.lines;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What real district files look like on disk, and what the reader makes of them. */
class ReadingTest {

    @TempDir
    Path dir;

    @Test
    void skipsAByteOrderMark() {
        District.valid().without(CleverFile.SCHOOLS).writeTo(dir);
        byte[] text = District.SCHOOLS.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        District.write(dir.resolve("schools.csv"), withBom);

        List<Row> schools = read(CleverFile.SCHOOLS);

        assertThat(schools).map(row -> row.get(SchoolColumn.SCHOOL_ID)).containsExactly("SCH1", "SCH2");
        assertThat(CleverCsv.validate(dir).problems()).isEmpty();
    }

    @Test
    void readsCrlfLineEndsAndCountsLinesOnce() {
        District.valid()
                .with(
                        CleverFile.TEACHERS,
                        District.TEACHERS.replace("Alan,Turing", ",Turing").replace("\n", "\r\n"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("teachers.csv:4:4 value-required error teacher \"T2\": First_name is empty;"
                        + " Clever requires a value");
        assertThat(read(CleverFile.TEACHERS))
                .map(row -> row.get(TeacherColumn.LAST_NAME))
                .containsOnly("Lovelace", "Turing");
    }

    @Test
    void readsBareCrLineEnds() {
        District.valid()
                .with(
                        CleverFile.TEACHERS,
                        District.TEACHERS.replace("Alan,Turing", ",Turing").replace("\n", "\r"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("teachers.csv:4:4 value-required error teacher \"T2\": First_name is empty;"
                        + " Clever requires a value");
        assertThat(read(CleverFile.TEACHERS)).hasSize(3);
    }

    @Test
    void keepsCommasQuotesAndNewlinesInQuotedFieldsAndNumbersPhysicalLines() {
        District.valid()
                .with(
                        CleverFile.SCHOOLS,
                        lines(
                                "School_id,School_name,School_number,School_address",
                                "SCH1,\"North, \"\"Old\"\" Building\",101,\"1 Main St",
                                "Suite 2\r\nBack door\"",
                                "SCH2,South,,"))
                .writeTo(dir);

        List<Row> schools = read(CleverFile.SCHOOLS);

        assertThat(schools.get(0).get(SchoolColumn.SCHOOL_NAME)).isEqualTo("North, \"Old\" Building");
        assertThat(schools.get(0).get(SchoolColumn.SCHOOL_ADDRESS)).isEqualTo("1 Main St\nSuite 2\r\nBack door");
        assertThat(schools).map(Row::line).containsExactly(2L, 5L);
        assertThat(problems())
                .containsExactly("schools.csv:5:3 value-required error school \"SCH2\": School_number is"
                        + " empty; Clever requires a value");
    }

    @Test
    void acceptsColumnsInAnyOrderAndLocatesProblemsAsUploaded() {
        District.valid()
                .with(
                        CleverFile.ENROLLMENTS,
                        lines(
                                "Student_id,School_id,Section_id",
                                "S1,SCH1,SEC1",
                                "S2,SCH2,SEC2",
                                "S1,SCH2,SEC2",
                                "S9,SCH1,SEC1"))
                .writeTo(dir);

        List<Row> enrollments = read(CleverFile.ENROLLMENTS);

        assertThat(enrollments.get(0).values()).containsExactly("SCH1", "SEC1", "S1");
        assertThat(problems())
                .containsExactly("enrollments.csv:5:1 ref-unknown-student error enrollment of student \"S9\""
                        + " in section \"SEC1\": Student_id \"S9\" is not in students.csv");
    }

    @Test
    void bindsHeadersThatDifferOnlyInCaseOrSurroundingSpaces() {
        District.valid()
                .with(CleverFile.SCHOOLS, District.SCHOOLS.replace("School_id,School_name", "SCHOOL_ID, school_name "))
                .writeTo(dir);

        List<Row> schools = read(CleverFile.SCHOOLS);

        assertThat(schools)
                .map(row -> row.get(SchoolColumn.SCHOOL_NAME))
                .containsExactly("North Elementary", "South Middle");
        assertThat(problems())
                .containsExactly(
                        "schools.csv:1:1 header-case warning header \"SCHOOL_ID\" read as School_id",
                        "schools.csv:1:2 header-case warning header \" school_name \" read as School_name");
    }

    @Test
    void stripsSurroundingSpacesFromValues() {
        District.valid()
                .with(CleverFile.ENROLLMENTS, District.ENROLLMENTS.replace("SCH1,SEC1,S1", " SCH1 ,SEC1\t,\" S1\""))
                .writeTo(dir);

        assertThat(read(CleverFile.ENROLLMENTS).get(0).values()).containsExactly("SCH1", "SEC1", "S1");
        assertThat(problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, Kindergarten",
        "K, Kindergarten",
        "KG, Kindergarten",
        "kindergarten, Kindergarten",
        "PK, PreKindergarten",
        "Prekindergarten, PreKindergarten",
        "Pre-K, PreKindergarten",
        "TK, TransitionalKindergarten",
        "PS, Preschool",
        "IT, InfantToddler",
        "Postgraduate, PostGraduate",
        "PG, PostGraduate",
        "UG, Ungraded",
        "ungraded, Ungraded",
        "other, Other",
        "01, 1",
        "09, 9",
        "012, 12"
    })
    void normalisesGradeSpellings(String written, String canonical) {
        District.valid()
                .with(CleverFile.STUDENTS, District.STUDENTS.replace("Rick,6,", "Rick," + written + ","))
                .writeTo(dir);

        assertThat(student("S2").get(StudentColumn.GRADE)).isEqualTo(canonical);
        assertThat(CleverCsv.validate(dir).problems())
                .singleElement()
                .extracting(Problem::rule)
                .isEqualTo(Rule.VALUE_NORMALISED);
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource({
        "Gender, female, F",
        "Gender, m, M",
        "Race, A, Asian",
        "Race, B, Black or African American",
        "Race, I, American Indian",
        "Race, M, Two or More Races",
        "Race, P, Hawaiian or Other Pacific Islander",
        "Race, W, Caucasian",
        "Frl_status, F, Free",
        "Frl_status, R, Reduced",
        "Frl_status, N, Paid",
        "Ell_status, yes, Y",
        "Hispanic_Latino, false, N",
        "Home_language, spanish, Spanish",
        "Contact_phone_type, mobile, Cell",
        "Contact_relationship, Mother, Parent",
        "Contact_type, guardian, Parent/Guardian"
    })
    void normalisesCodesOfOtherLists(String header, String written, String canonical) {
        District.valid()
                .with(
                        CleverFile.STUDENTS,
                        lines(
                                "School_id,Student_id,Last_name,First_name," + header,
                                "SCH1,S1,Doe,Jane," + written,
                                "SCH2,S2,Roe,Rick,"))
                .writeTo(dir);

        Column column = CleverFile.STUDENTS.columns().stream()
                .filter(c -> c.header().equals(header))
                .findFirst()
                .orElseThrow();
        assertThat(student("S1").get(column)).isEqualTo(canonical);
        assertThat(problems())
                .singleElement()
                .asString()
                .contains(" value-normalised warning ")
                .doesNotContain("\"" + written);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"3/1/2014, 2014-03-01", "03/01/2014, 2014-03-01", "2014-03-01, 2014-03-01", "12/31/1999, 1999-12-31"})
    void normalisesDatesWithoutWarning(String written, String canonical) {
        District.valid()
                .with(CleverFile.STUDENTS, District.STUDENTS.replace("2013-01-31", written))
                .writeTo(dir);

        assertThat(student("S2").get(StudentColumn.DOB)).isEqualTo(canonical);
        assertThat(problems()).isEmpty();
    }

    @Test
    void handsRowsOverInFileOrderThenLineOrder() {
        List<Row> rows = new ArrayList<>();

        CleverCsv.read(District.valid().writeTo(dir), rows::add);

        assertThat(rows).map(Row::file).isSortedAccordingTo(Enum::compareTo);
        assertThat(rows)
                .filteredOn(row -> row.file() == CleverFile.STUDENTS)
                .map(Row::line)
                .containsExactly(2L, 3L, 4L);
        assertThat(rows).hasSize(14);
    }

    @Test
    void reportsADuplicatedStudentRowAndAnUnknownSectionWithFilesAndLines() {
        District.valid()
                .with(CleverFile.STUDENTS, District.STUDENTS + "SCH2,S2,Roe,Rick,6,M,2013-01-31,,\n")
                .with(CleverFile.ENROLLMENTS, District.ENROLLMENTS + "SCH1,SEC7,S2\n")
                .writeTo(dir);

        ValidationReport report = CleverCsv.validate(dir);

        assertThat(report.valid()).isFalse();
        assertThat(report.errors()).isEqualTo(2);
        assertThat(report.problems())
                .extracting(Problem::file, Problem::line, Problem::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("students.csv", 5L, Rule.ID_DUPLICATE),
                        org.assertj.core.groups.Tuple.tuple("enrollments.csv", 5L, Rule.REF_UNKNOWN_SECTION));
        assertThat(report.files().get(CleverFile.STUDENTS).errors()).isOne();
        assertThat(report.files().get(CleverFile.ENROLLMENTS).errors()).isOne();
    }

    @Test
    void neverPutsPersonalValuesInMessages() {
        District.valid()
                .with(
                        CleverFile.STUDENTS,
                        lines(
                                "School_id,Student_id,Last_name,First_name,Gender,DOB,Race,Student_email",
                                "SCH1,S1,Zebedee,Quintessa,Nonconforming,31.12.2014,Martian,quintessa@example.org",
                                "SCH2,S2,,Xylophone,male,7/4/09,W,",
                                "SCH1,S1,Zebedee,Quintessa,F,31.12.2014,Martian,quintessa@example.org"))
                .writeTo(dir);

        List<String> problems = problems();

        assertThat(problems).hasSizeGreaterThan(5);
        assertThat(String.join("\n", problems))
                .doesNotContain(
                        "Zebedee", "Quintessa", "Xylophone", "Nonconforming", "31.12.2014", "Martian", "quintessa@")
                .doesNotContain("male", "7/4/09", "2009");
    }

    @Test
    void listsAtMostMaxListedProblemsButCountsThemAll() {
        StringBuilder enrollments = new StringBuilder(District.ENROLLMENTS);
        int unknown = ValidationReport.MAX_LISTED + 50;
        for (int i = 0; i < unknown; i++) {
            enrollments.append("SCH1,SEC1,X").append(i).append('\n');
        }
        District.valid().with(CleverFile.ENROLLMENTS, enrollments.toString()).writeTo(dir);

        ValidationReport report = CleverCsv.validate(dir);

        assertThat(report.problems()).hasSize(ValidationReport.MAX_LISTED);
        assertThat(report.errors()).isEqualTo(unknown);
        assertThat(report.files().get(CleverFile.ENROLLMENTS).errors()).isEqualTo(unknown);
    }

    @Test
    void refusesADirectoryThatIsNotThere() {
        assertThatThrownBy(() -> CleverCsv.validate(dir.resolve("nowhere")))
                .isInstanceOf(CleverCsvException.class)
                .hasMessageContaining("is not a directory");
    }

    private List<Row> read(CleverFile file) {
        List<Row> rows = new ArrayList<>();
        CleverCsv.read(dir, row -> {
            if (row.file() == file) {
                rows.add(row);
            }
        });
        return rows;
    }

    private Row student(String id) {
        return read(CleverFile.STUDENTS).stream()
                .filter(row -> row.get(StudentColumn.STUDENT_ID).equals(id))
                .findFirst()
                .orElseThrow();
    }

    private List<String> problems() {
        return CleverCsv.validate(dir).problems().stream()
                .map(Problem::toString)
                .toList();
    }
}
