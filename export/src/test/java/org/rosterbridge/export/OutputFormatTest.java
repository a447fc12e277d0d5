package org.rosterbridge.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rosterbridge.clever.csv.CleverFile;

/** The files' shape: quoting, header spelling and order as in seed 004, deterministic content. */
class OutputFormatTest {

    /** The seed's field lists, copied from seed 004 verbatim. */
    static final List<String> SEED_STUDENTS = List.of(
            "School_id",
            "Student_id",
            "Student_number",
            "State_id",
            "Last_name",
            "Middle_name",
            "First_name",
            "Grade",
            "Gender",
            "Graduation_year",
            "DOB",
            "Race",
            "Hispanic_latino",
            "Home_language",
            "Ell_status",
            "Frl_status",
            "IEP_status",
            "Student_street",
            "Student_city",
            "Student_state",
            "Student_zip",
            "Student_email",
            "Contact_relationship",
            "Contact_type",
            "Contact_name",
            "Contact_phone",
            "Contact_phone_type",
            "Contact_email",
            "Contact_sis_id",
            "Username",
            "Password",
            "Unweighted_gpa",
            "Weighted_gpa");

    static final List<String> SEED_SCHOOLS = List.of(
            "School_id",
            "School_name",
            "School_number",
            "State_id",
            "Low_grade",
            "High_grade",
            "Principal",
            "Principal_email",
            "School_address",
            "School_city",
            "School_state",
            "School_zip",
            "School_phone");
    static final List<String> SEED_TEACHERS = List.of(
            "School_id",
            "Teacher_id",
            "Teacher_number",
            "State_teacher_id",
            "Teacher_email",
            "First_name",
            "Middle_name",
            "Last_name",
            "Title",
            "Username",
            "Password");
    static final List<String> SEED_SECTIONS = List.of(
            "School_id",
            "Section_id",
            "Teacher_id",
            "Teacher_2_id",
            "Teacher_3_id",
            "Teacher_4_id",
            "Teacher_5_id",
            "Teacher_6_id",
            "Teacher_7_id",
            "Teacher_8_id",
            "Teacher_9_id",
            "Teacher_10_id",
            "Name",
            "Section_number",
            "Grade",
            "Course_name",
            "Course_number",
            "Course_description",
            "Period",
            "Subject",
            "Term_name",
            "Term_start",
            "Term_end");
    static final List<String> SEED_ENROLLMENTS = List.of("School_id", "Section_id", "Student_id");
    static final List<String> SEED_STAFF = List.of(
            "School_id",
            "Staff_id",
            "Staff_email",
            "First_name",
            "Last_name",
            "Department",
            "Title",
            "Username",
            "Password",
            "Role");

    static List<String> seedHeaders(CleverFile file) {
        switch (file) {
            case SCHOOLS:
                return SEED_SCHOOLS;
            case STUDENTS:
                return SEED_STUDENTS;
            case TEACHERS:
                return SEED_TEACHERS;
            case SECTIONS:
                return SEED_SECTIONS;
            case ENROLLMENTS:
                return SEED_ENROLLMENTS;
            default:
                return SEED_STAFF;
        }
    }

    static String quotedHeader(CleverFile file) {
        return String.join(
                ",", seedHeaders(file).stream().map(h -> "\"" + h + "\"").toList());
    }

    @Test
    void outputFormat(@TempDir Path dir) throws IOException {
        FixtureSis sis = SmallDistrict.build();
        sis.export(dir.resolve("a"), b -> b.includeStaff(true));
        sis.export(dir.resolve("b"), b -> b.includeStaff(true));
        for (CleverFile file : CleverFile.values()) {
            Path written = dir.resolve("a/out").resolve(file.fileName());
            List<String> lines = Files.readAllLines(written);
            assertThat(lines.get(0)).as(file.fileName()).isEqualTo(quotedHeader(file));
            assertThat(SeedLayout.headers(file)).isEqualTo(seedHeaders(file));
            assertThat(lines.subList(1, lines.size())).allMatch(l -> l.startsWith("\"") && l.endsWith("\""));
            assertThat(Files.readAllBytes(written))
                    .as("deterministic")
                    .isEqualTo(Files.readAllBytes(dir.resolve("b/out").resolve(file.fileName())));
        }
    }
}
