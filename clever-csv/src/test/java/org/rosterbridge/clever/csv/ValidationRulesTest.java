package org.rosterbridge.clever.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.clever.csv.District.lines;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per {@link Rule}, named after its id, each on a hand-written district that breaks it once. */
class ValidationRulesTest {

    @TempDir
    Path dir;

    @Test
    void validDistrictHasNoProblems() {
        ValidationReport report = CleverCsv.validate(District.valid().writeTo(dir));

        assertThat(report.problems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.files().get(CleverFile.STUDENTS).rows()).isEqualTo(3);
    }

    @Test
    void fileMissing() {
        District.valid().without(CleverFile.STUDENTS).writeTo(dir);

        assertThat(problems())
                .containsExactly("students.csv:0:0 file-missing error students.csv is missing; Clever requires it");
    }

    @Test
    void fileMissingNamesAFileThatDiffersOnlyInCase() {
        District.valid().without(CleverFile.STUDENTS).writeTo(dir);
        District.write(dir.resolve("Students.csv"), District.STUDENTS.getBytes(StandardCharsets.UTF_8));

        assertThat(problems())
                .containsExactly("students.csv:0:0 file-missing error students.csv is missing; Clever requires it"
                        + " (found \"Students.csv\"; file names are case-sensitive)");
    }

    @Test
    void staffFileMayBeAbsent() {
        ValidationReport report =
                CleverCsv.validate(District.valid().without(CleverFile.STAFF).writeTo(dir));

        assertThat(report.problems()).isEmpty();
        assertThat(report.files().get(CleverFile.STAFF).present()).isFalse();
    }

    @Test
    void fileEmpty() {
        District.valid().with(CleverFile.SECTIONS, "").writeTo(dir);

        assertThat(problems())
                .containsExactly("sections.csv:0:0 file-empty error sections.csv is empty: no header row");
    }

    @Test
    void fileHeaderOnly() {
        District.valid()
                .with(CleverFile.ENROLLMENTS, lines("School_id,Section_id,Student_id"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("enrollments.csv:0:0 file-header-only error enrollments.csv has a header but no rows");
    }

    @Test
    void optionalFileHeaderOnly() {
        ValidationReport report = CleverCsv.validate(District.valid()
                .with(CleverFile.STAFF, lines("School_id,Staff_id,Staff_email,First_name,Last_name"))
                .writeTo(dir));

        assertThat(report.problems())
                .map(Problem::toString)
                .containsExactly("staff.csv:0:0 optional-file-header-only warning staff.csv has a header but no rows");
        assertThat(report.valid()).isTrue();
    }

    @Test
    void optionalFileHeaderOnlyAlsoCoversAnEmptyStaffFile() {
        District.valid().with(CleverFile.STAFF, "").writeTo(dir);

        assertThat(problems())
                .containsExactly("staff.csv:0:0 optional-file-header-only warning staff.csv is empty: no header row");
    }

    @Test
    void encodingInvalid() {
        District.valid().without(CleverFile.STUDENTS).writeTo(dir);
        byte[] good = District.STUDENTS.getBytes(StandardCharsets.UTF_8);
        int offset = District.STUDENTS.indexOf("Mary");
        good[offset] = (byte) 0xC3; // a lead byte followed by ASCII: malformed
        District.write(dir.resolve("students.csv"), good);

        assertThat(problems())
                .containsExactly("students.csv:3:0 encoding-invalid error not valid UTF-8 (byte offset " + offset
                        + "); the rest of the file was not read");
    }

    @Test
    void csvMalformed() {
        District.valid()
                .with(
                        CleverFile.SECTIONS,
                        lines("School_id,Section_id,Teacher_id", "SCH1,SEC1,T1", "SCH1,\"SEC2\"x,T1"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("sections.csv:3:0 csv-malformed error text follows the closing quote of a field;"
                        + " the rest of the file was not read");
    }

    @Test
    void csvMalformedOnAQuoteNeverClosed() {
        District.valid()
                .with(
                        CleverFile.SECTIONS,
                        lines("School_id,Section_id,Teacher_id", "SCH1,SEC1,T1", "SCH1,\"SEC2,T1", "x,y,z"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("sections.csv:3:0 csv-malformed error a quoted field is never closed;"
                        + " the rest of the file was not read");
    }

    @Test
    void rowFieldCount() {
        District.valid()
                .with(CleverFile.SCHOOLS, lines("School_id,School_name,School_number", "SCH1,North,101", "SCH2,South"))
                .writeTo(dir);

        assertThat(problems())
                .startsWith(
                        "schools.csv:3:0 row-field-count error record has 2 fields but the header has 3; record skipped");
    }

    @Test
    void rowFieldCountToleratesTrailingEmptyFields() {
        District.valid()
                .with(
                        CleverFile.SCHOOLS,
                        lines("School_id,School_name,School_number", "SCH1,North,101,,", "SCH2,South,102,"))
                .writeTo(dir);

        assertThat(problems()).isEmpty();
    }

    @Test
    void headerMissingColumn() {
        District.valid()
                .with(CleverFile.TEACHERS, lines("School_id,Teacher_id,First_name", "SCH1,T1,Ada", "SCH2,T2,Alan"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("teachers.csv:1:0 header-missing-column error required column Last_name is missing");
    }

    @Test
    void headerSchoolNumberMissing() {
        District.valid()
                .with(CleverFile.SCHOOLS, lines("School_id,School_name", "SCH1,North", "SCH2,South"))
                .writeTo(dir);
        ValidationReport report = CleverCsv.validate(dir);

        assertThat(report.problems())
                .map(Problem::toString)
                .containsExactly("schools.csv:1:0 header-school-number-missing warning no School_number column"
                        + " (an older schools.csv)");
        assertThat(report.valid()).isTrue();
    }

    @Test
    void headerCase() {
        District.valid()
                .with(CleverFile.ENROLLMENTS, District.ENROLLMENTS.replace("Student_id", "STUDENT_ID"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("enrollments.csv:1:3 header-case warning header \"STUDENT_ID\" read as Student_id");
    }

    @Test
    void headerUnknownColumn() {
        District.valid()
                .with(
                        CleverFile.STAFF,
                        lines(
                                "School_id,Staff_id,Staff_email,First_name,Last_name,Nickname",
                                "SCH1,ST1,grace@example.org,Grace,Hopper,Amazing Grace"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly(
                        "staff.csv:1:6 header-unknown-column warning \"Nickname\" is not a staff.csv column; ignored");
    }

    @Test
    void headerDuplicateColumn() {
        District.valid()
                .with(
                        CleverFile.SCHOOLS,
                        lines(
                                "School_id,School_name,School_number,school_name",
                                "SCH1,North,101,N",
                                "SCH2,South,102,S"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly(
                        "schools.csv:1:4 header-duplicate-column error column School_name appears again; ignored");
    }

    @Test
    void valueRequired() {
        District.valid()
                .with(CleverFile.TEACHERS, District.TEACHERS.replace("Alan,Turing", ",Turing"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly(
                        "teachers.csv:4:4 value-required error teacher \"T2\": First_name is empty; Clever requires a value");
    }

    @Test
    void idDuplicate() {
        District.valid()
                .with(CleverFile.SCHOOLS, District.SCHOOLS + "SCH1,North Annex,103,,\n")
                .writeTo(dir);

        assertThat(problems())
                .containsExactly(
                        "schools.csv:4:1 id-duplicate error school \"SCH1\": School_id appears again (first at line 2)");
    }

    @Test
    void idDuplicateForATeacherTwiceAtOneSchool() {
        District.valid()
                .with(CleverFile.TEACHERS, District.TEACHERS + "SCH1,T1,ada@example.org,Ada,Lovelace\n")
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("teachers.csv:5:2 id-duplicate error teacher \"T1\": appears twice for school"
                        + " \"SCH1\"; an id may repeat only once per school");
    }

    @Test
    void idDuplicateForAStudentRowRepeatedExactly() {
        District.valid()
                .with(CleverFile.STUDENTS, District.STUDENTS + "SCH1,S1,Doe,Jane,5,F,2014-03-01,Mary Doe,Emergency\n")
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("students.csv:5:2 id-duplicate error student \"S1\": the same row appears again"
                        + " (first row at line 2)");
    }

    @Test
    void idDuplicateForASection() {
        District.valid()
                .with(CleverFile.SECTIONS, District.SECTIONS + "SCH2,SEC1,T2,,Art,6,,,\n")
                .writeTo(dir);

        assertThat(problems())
                .containsExactly(
                        "sections.csv:4:2 id-duplicate error section \"SEC1\": Section_id appears again (first at line 2)");
    }

    @Test
    void studentRowsConflict() {
        District.valid()
                .with(
                        CleverFile.STUDENTS,
                        District.STUDENTS.replace("Jane,5,F,2014-03-01,Mary", "Jane,6,F,2014-03-01,Mary"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly(
                        "students.csv:3:2 student-rows-conflict error student \"S1\": this row and line 2"
                                + " differ in columns other than Contact_*; a student's rows may differ only in contact columns");
    }

    @Test
    void enrollmentDuplicate() {
        District.valid()
                .with(CleverFile.ENROLLMENTS, District.ENROLLMENTS + "SCH1,SEC1,S1\n")
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("enrollments.csv:5:3 enrollment-duplicate warning enrollment of student \"S1\""
                        + " in section \"SEC1\": appears again; kept once");
    }

    @Test
    void refUnknownSchool() {
        District.valid()
                .with(CleverFile.TEACHERS, District.TEACHERS + "SCH9,T3,t3@example.org,Edsger,Dijkstra\n")
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("teachers.csv:5:1 ref-unknown-school error teacher \"T3\": School_id \"SCH9\""
                        + " is not in schools.csv");
    }

    @Test
    void refUnknownTeacher() {
        District.valid()
                .with(CleverFile.SECTIONS, District.SECTIONS.replace("SEC1,T1,,", "SEC1,T1,T9,"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("sections.csv:2:4 ref-unknown-teacher error section \"SEC1\": Teacher_2_id \"T9\""
                        + " is not in teachers.csv");
    }

    @Test
    void refUnknownSection() {
        District.valid()
                .with(CleverFile.ENROLLMENTS, District.ENROLLMENTS + "SCH1,SEC9,S2\n")
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("enrollments.csv:5:2 ref-unknown-section error enrollment of student \"S2\""
                        + " in section \"SEC9\": Section_id \"SEC9\" is not in sections.csv");
    }

    @Test
    void refUnknownStudent() {
        District.valid()
                .with(CleverFile.ENROLLMENTS, District.ENROLLMENTS + "SCH1,SEC1,S9\n")
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("enrollments.csv:5:3 ref-unknown-student error enrollment of student \"S9\""
                        + " in section \"SEC1\": Student_id \"S9\" is not in students.csv");
    }

    @Test
    void enrollmentSchoolMismatch() {
        District.valid()
                .with(CleverFile.ENROLLMENTS, District.ENROLLMENTS + "SCH2,SEC1,S2\n")
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("enrollments.csv:5:1 enrollment-school-mismatch warning enrollment of student \"S2\""
                        + " in section \"SEC1\": School_id differs from the section's School_id in sections.csv");
    }

    @Test
    void sectionTooManyTeachers() {
        District.valid()
                .with(
                        CleverFile.SECTIONS,
                        lines("School_id,Section_id,Teacher_id,Teacher_11_id", "SCH1,SEC1,T1,", "SCH2,SEC2,T2,T1"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("sections.csv:3:4 section-too-many-teachers error section \"SEC2\": lists more than"
                        + " 10 teachers; Clever takes 10");
    }

    @Test
    void sectionTeacherRepeated() {
        District.valid()
                .with(CleverFile.SECTIONS, District.SECTIONS.replace("SEC2,T2,T1", "SEC2,T2,T2"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("sections.csv:3:4 section-teacher-repeated warning section \"SEC2\": teacher \"T2\""
                        + " is also in Teacher_id");
    }

    @Test
    void dateUnparseable() {
        District.valid()
                .with(CleverFile.STUDENTS, District.STUDENTS.replace("2013-01-31", "2013-02-30"))
                .with(
                        CleverFile.SECTIONS,
                        District.SECTIONS.replace("Math 5,5,math,2025-08-15", "Math 5,5,math,Aug 15"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly(
                        "students.csv:4:7 date-unparseable error student \"S2\": DOB is not a date in an accepted form"
                                + " (YYYY-MM-DD, M/D/YYYY, M/D/YY)",
                        "sections.csv:2:8 date-unparseable error section \"SEC1\": Term_start \"Aug 15\" is not a date"
                                + " in an accepted form (YYYY-MM-DD, M/D/YYYY, M/D/YY)");
    }

    @Test
    void dateTwoDigitYear() {
        District.valid()
                .with(CleverFile.STUDENTS, District.STUDENTS.replace("2013-01-31", "1/31/13"))
                .with(CleverFile.SECTIONS, District.SECTIONS.replace("math,2025-08-15", "math,8/15/25"))
                .writeTo(dir);
        List<Row> rows = new ArrayList<>();

        ValidationReport report = CleverCsv.read(dir, rows::add);

        assertThat(report.problems())
                .map(Problem::toString)
                .containsExactly(
                        "students.csv:4:7 date-two-digit-year warning student \"S2\": DOB has a two-digit year;"
                                + " century chosen as documented in csv-format.md",
                        "sections.csv:2:8 date-two-digit-year warning section \"SEC1\": Term_start \"8/15/25\""
                                + " read as \"2025-08-15\"");
        assertThat(rows)
                .filteredOn(row -> row.file() == CleverFile.STUDENTS
                        && row.get(StudentColumn.STUDENT_ID).equals("S2"))
                .map(row -> row.get(StudentColumn.DOB))
                .containsExactly("2013-01-31");
    }

    @Test
    void termDatesReversed() {
        District.valid()
                .with(
                        CleverFile.SECTIONS,
                        District.SECTIONS.replace(
                                "Math 5,5,math,2025-08-15,2026-06-10", "Math 5,5,math,2025-08-15,1/10/2025"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly("sections.csv:2:9 term-dates-reversed error section \"SEC1\": Term_end 2025-01-10"
                        + " is before Term_start 2025-08-15");
    }

    @Test
    void valueNormalised() {
        District.valid()
                .with(CleverFile.STUDENTS, District.STUDENTS.replace("Rick,6,M", "Rick,6,male"))
                .with(CleverFile.SECTIONS, District.SECTIONS.replace("Science 6,6,", "Science 6,06,"))
                .writeTo(dir);
        List<Row> rows = new ArrayList<>();

        ValidationReport report = CleverCsv.read(dir, rows::add);

        assertThat(report.problems())
                .map(Problem::toString)
                .containsExactly(
                        "students.csv:4:6 value-normalised warning student \"S2\": Gender is spelled differently from"
                                + " Clever's list; read as Clever's spelling",
                        "sections.csv:3:6 value-normalised warning section \"SEC2\": Grade \"06\" read as \"6\"");
        assertThat(rows)
                .filteredOn(row -> row.file() == CleverFile.STUDENTS
                        && row.get(StudentColumn.STUDENT_ID).equals("S2"))
                .map(row -> row.get(StudentColumn.GENDER))
                .containsExactly("M");
        assertThat(rows)
                .filteredOn(row -> row.file() == CleverFile.SECTIONS
                        && row.get(SectionColumn.SECTION_ID).equals("SEC2"))
                .map(row -> row.get(SectionColumn.GRADE))
                .containsExactly("6");
    }

    @Test
    void valueUnknown() {
        District.valid()
                .with(CleverFile.STUDENTS, District.STUDENTS.replace("Rick,6,M", "Rick,6,Q"))
                .with(CleverFile.SECTIONS, District.SECTIONS.replace("math,2025", "Mathematics and Logic,2025"))
                .writeTo(dir);

        assertThat(problems())
                .containsExactly(
                        "students.csv:4:6 value-unknown warning student \"S2\": Gender is not in Clever's list;"
                                + " kept as written",
                        "sections.csv:2:7 value-unknown warning section \"SEC1\": Subject \"Mathematics and Logic\""
                                + " is not in Clever's list; kept as written");
    }

    private List<String> problems() {
        return CleverCsv.validate(dir).problems().stream()
                .map(Problem::toString)
                .toList();
    }
}
