package org.rosterbridge.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rosterbridge.clever.csv.CleverFile.ENROLLMENTS;
import static org.rosterbridge.clever.csv.CleverFile.SECTIONS;
import static org.rosterbridge.clever.csv.CleverFile.STAFF;
import static org.rosterbridge.clever.csv.CleverFile.STUDENTS;
import static org.rosterbridge.clever.csv.CleverFile.TEACHERS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every edge case Clever documents shows up in a 2,000-student district, at a realistic rate. */
class EdgeCasesTest {

    @TempDir
    static Path directory;

    static LoadedDistrict district;

    @BeforeAll
    static void generate() {
        DistrictGenerator.generate(new GeneratorSettings(2_000, 11), directory);
        district = LoadedDistrict.load(directory);
    }

    @Test
    void passesEveryHardRuleOfClever() {
        assertThat(DistrictCheck.problems(district)).isEmpty();
    }

    @Test
    void coTeachesAboutOneSectionInSeven() {
        List<Map<String, String>> sections = district.rows(SECTIONS);
        long coTaught = sections.stream()
                .filter(row -> !row.get("Teacher_2_id").isEmpty())
                .count();
        assertThat((double) coTaught / sections.size()).isBetween(0.10, 0.18);
    }

    @Test
    void givesAFewSectionsTheFullTenTeachers() {
        long full = district.rows(SECTIONS).stream()
                .filter(row -> !row.get("Teacher_10_id").isEmpty())
                .count();
        assertThat(full).isBetween(1L, 10L);
    }

    @Test
    void leavesAboutOneTeacherInTenWithoutSections() {
        Set<String> teaching = new HashSet<>();
        for (Map<String, String> row : district.rows(SECTIONS)) {
            for (int n = 1; n <= 10; n++) {
                teaching.add(row.get(n == 1 ? "Teacher_id" : "Teacher_" + n + "_id"));
            }
        }
        Set<String> teachers = district.distinct(TEACHERS, "Teacher_id");
        long idle = teachers.stream().filter(id -> !teaching.contains(id)).count();
        assertThat((double) idle / teachers.size()).isBetween(0.05, 0.15);
    }

    @Test
    void leavesAFewStudentsWithoutSections() {
        Set<String> enrolled = district.distinct(ENROLLMENTS, "Student_id");
        Set<String> students = district.distinct(STUDENTS, "Student_id");
        long idle = students.stream().filter(id -> !enrolled.contains(id)).count();
        assertThat((double) idle / students.size()).isBetween(0.005, 0.04);
    }

    @Test
    void enrolsSomeStudentsInSectionsOfSeveralSchools() {
        Map<String, Set<String>> schoolsOf = new HashMap<>();
        district.rows(ENROLLMENTS)
                .forEach(row -> schoolsOf
                        .computeIfAbsent(row.get("Student_id"), id -> new HashSet<>())
                        .add(row.get("School_id")));
        long several = schoolsOf.values().stream()
                .filter(schools -> schools.size() > 1)
                .count();
        assertThat((double) several / schoolsOf.size()).isBetween(0.01, 0.08);
    }

    @Test
    void writesATravellingTeacherOncePerSchoolWithTheSameValues() {
        List<List<Map<String, String>>> travelling = district.by(TEACHERS, "Teacher_id").values().stream()
                .filter(rows -> rows.size() > 1)
                .collect(Collectors.toList());
        assertThat(travelling).isNotEmpty();
        for (List<Map<String, String>> rows : travelling) {
            assertThat(rows.stream().map(row -> row.get("School_id")).distinct())
                    .hasSize(rows.size());
            Map<String, String> first = new HashMap<>(rows.get(0));
            first.remove("School_id");
            for (Map<String, String> row : rows) {
                Map<String, String> other = new HashMap<>(row);
                other.remove("School_id");
                assertThat(other).isEqualTo(first);
            }
        }
    }

    @Test
    void writesATeacherWhoIsAlsoStaffUnderTheSameEmail() {
        Set<String> teacherEmails = district.distinct(TEACHERS, "Teacher_email");
        assertThat(district.column(STAFF, "Staff_email")).anyMatch(teacherEmails::contains);
    }

    @Test
    void makesSomeStaffSchoolTechLeads() {
        assertThat(district.column(STAFF, "Role")).contains("School Tech Lead").contains("");
    }

    @Test
    void givesDifferentStudentsTheSameFirstAndLastName() {
        Map<String, Set<String>> idsByName = new HashMap<>();
        district.rows(STUDENTS)
                .forEach(row -> idsByName
                        .computeIfAbsent(row.get("First_name") + "|" + row.get("Last_name"), name -> new HashSet<>())
                        .add(row.get("Student_id")));
        assertThat(idsByName.values()).anyMatch(ids -> ids.size() > 1);
    }

    @Test
    void leavesOptionalValuesEmptySometimes() {
        assertThat(district.column(STUDENTS, "DOB")).contains("");
        assertThat(district.column(STUDENTS, "Race")).contains("");
        assertThat(district.column(STUDENTS, "Middle_name")).contains("");
        assertThat(district.column(TEACHERS, "Teacher_email")).contains("");
        assertThat(district.column(SECTIONS, "Grade")).contains("");
        assertThat(district.column(SECTIONS, "Term_name")).contains("");
        assertThat(district.column(SECTIONS, "Period")).contains("");
    }

    @Test
    void writesEmailsWithoutAtAndNoneForMostYoungStudents() {
        assertThat(district.column(STUDENTS, "Student_email"))
                .anyMatch(email -> !email.isEmpty() && !email.contains("@"));
        assertThat(district.column(TEACHERS, "Teacher_email"))
                .anyMatch(email -> !email.isEmpty() && !email.contains("@"));
        List<String> young = district.rows(STUDENTS).stream()
                .filter(row -> Set.of("Kindergarten", "1", "2").contains(row.get("Grade")))
                .map(row -> row.get("Student_email"))
                .collect(Collectors.toList());
        assertThat(young.stream().filter(String::isEmpty).count()).isGreaterThan(young.size() / 2);
    }

    @Test
    void spellsNamesWithAccentsCjkApostrophesCommasAndQuotes() {
        List<String> names = district.rows(STUDENTS).stream()
                .map(row -> row.get("First_name") + " " + row.get("Last_name"))
                .collect(Collectors.toList());
        assertThat(names).anyMatch(name -> name.matches(".*[áéíóúñüöøçłëåễ].*"));
        assertThat(names)
                .anyMatch(name -> name.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL));
        assertThat(names).anyMatch(name -> name.contains("'"));
        assertThat(names).anyMatch(name -> name.contains(","));
        assertThat(names).anyMatch(name -> name.contains("\""));
    }

    @Test
    void escapesQuotesAndCommasInTheFileItself() throws IOException {
        String students = Files.readString(directory.resolve("students.csv"), StandardCharsets.UTF_8);
        assertThat(students).contains("\"\"").containsPattern("\"[^\",]+, (Jr|Sr|III)\\.?\"");
    }

    @Test
    void sharesContactsBetweenSiblings() {
        Map<String, Set<String>> studentsOf = new HashMap<>();
        district.rows(STUDENTS).stream()
                .filter(row -> !row.get("Contact_sis_id").isEmpty())
                .forEach(row -> studentsOf
                        .computeIfAbsent(row.get("Contact_sis_id"), id -> new HashSet<>())
                        .add(row.get("Student_id")));
        long shared = studentsOf.values().stream().filter(ids -> ids.size() > 1).count();
        assertThat(shared).isGreaterThan(20);
    }

    @Test
    void repeatsEveryStudentColumnOnEachContactRow() {
        Map<String, List<Map<String, String>>> rowsOf = district.by(STUDENTS, "Student_id");
        long withSeveral =
                rowsOf.values().stream().filter(rows -> rows.size() > 1).count();
        assertThat((double) withSeveral / rowsOf.size()).isBetween(0.3, 0.7);
        assertThat(DistrictCheck.problems(district)).noneMatch(problem -> problem.contains("disagree"));
    }

    @Test
    void averagesAboutOneAndAHalfContactsPerStudent() {
        long links = district.rows(STUDENTS).stream()
                .filter(row -> !row.get("Contact_name").isEmpty())
                .count();
        assertThat((double) links / 2_000).isBetween(1.4, 1.8);
    }

    @Test
    void namesFallSpringAndFullYearTerms() {
        assertThat(district.distinct(SECTIONS, "Term_name"))
                .contains("2025-2026", "Fall 2025", "Spring 2026")
                .contains("S1 2025-26", "S2 2025-26");
    }

    @Test
    void sharesCoursesBetweenSectionsUnderOneNumber() {
        Map<String, List<Map<String, String>>> byCourse = district.by(SECTIONS, "Course_number");
        assertThat(byCourse.values()).anyMatch(rows -> rows.size() > 5);
        byCourse.forEach((number, rows) -> assertThat(
                        rows.stream().map(row -> row.get("Course_name")).distinct())
                .hasSize(1));
    }

    @Test
    void usesCleversSubjectsAndGradeSpellings() {
        assertThat(district.distinct(SECTIONS, "Subject"))
                .isSubsetOf(DistrictCheck.SUBJECTS)
                .hasSizeGreaterThan(8);
        assertThat(district.distinct(STUDENTS, "Grade"))
                .isSubsetOf(DistrictCheck.GRADES)
                .contains("Kindergarten", "12");
    }
}
