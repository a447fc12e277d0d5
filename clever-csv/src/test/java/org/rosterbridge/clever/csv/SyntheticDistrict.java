package org.rosterbridge.clever.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a plausible district of any size for {@link CsvReadBenchmark} until the real generator
 * ({@code rosterbridge generate}) is available: 500 students a school, 8 sections a student, 25 students a
 * section, 5 sections a teacher, one student in ten with a second contact row. Valid, with dates written
 * {@code MM/DD/YYYY} so that the reader has dates to respell.
 *
 * <p>{@code java -cp ... org.rosterbridge.clever.csv.SyntheticDistrict DIR STUDENTS}
 */
final class SyntheticDistrict {

    private static final int STUDENTS_PER_SCHOOL = 500;
    private static final int SECTIONS_PER_STUDENT = 8;
    private static final int SECTIONS_PER_SCHOOL = STUDENTS_PER_SCHOOL * SECTIONS_PER_STUDENT / 25;
    private static final int TEACHERS_PER_SCHOOL = SECTIONS_PER_SCHOOL / 5;
    private static final List<String> FIRST = List.of("Ava", "Liam", "Zoë", "Mateo", "Amara", "Noah", "Mei", "Omar");
    private static final List<String> LAST = List.of("García", "Smith", "Nguyen", "O'Brien", "Okafor", "Müller", "Kim");
    private static final List<String> GRADES =
            List.of("Kindergarten", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");

    private SyntheticDistrict() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticDistrict DIR STUDENTS");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int students = Integer.parseInt(args[1]);
        int schools = Math.max(1, (students + STUDENTS_PER_SCHOOL - 1) / STUDENTS_PER_SCHOOL);
        long start = System.nanoTime();
        schools(dir, schools);
        teachers(dir, schools);
        students(dir, students);
        sections(dir, schools);
        enrollments(dir, students);
        System.out.printf(
                "wrote %d schools, %d students to %s in %.1f s%n",
                schools, students, dir, (System.nanoTime() - start) / 1e9);
    }

    private static void schools(Path dir, int schools) {
        try (CleverCsvWriter out = CleverCsv.writer(dir.resolve("schools.csv"), CleverFile.SCHOOLS)) {
            for (int s = 0; s < schools; s++) {
                out.write(Row.builder(CleverFile.SCHOOLS)
                        .set(SchoolColumn.SCHOOL_ID, school(s))
                        .set(SchoolColumn.SCHOOL_NAME, "School " + s)
                        .set(SchoolColumn.SCHOOL_NUMBER, Integer.toString(1000 + s))
                        .set(SchoolColumn.LOW_GRADE, "Kindergarten")
                        .set(SchoolColumn.HIGH_GRADE, "12")
                        .set(SchoolColumn.SCHOOL_ADDRESS, s + " Main St, Suite " + s % 7)
                        .set(SchoolColumn.SCHOOL_CITY, "Springfield")
                        .set(SchoolColumn.SCHOOL_STATE, "OR")
                        .set(SchoolColumn.SCHOOL_ZIP, "97403")
                        .build());
            }
        }
    }

    private static void teachers(Path dir, int schools) {
        try (CleverCsvWriter out = CleverCsv.writer(dir.resolve("teachers.csv"), CleverFile.TEACHERS)) {
            for (int s = 0; s < schools; s++) {
                for (int t = 0; t < TEACHERS_PER_SCHOOL; t++) {
                    out.write(Row.builder(CleverFile.TEACHERS)
                            .set(TeacherColumn.SCHOOL_ID, school(s))
                            .set(TeacherColumn.TEACHER_ID, teacher(s, t))
                            .set(TeacherColumn.TEACHER_NUMBER, Integer.toString(s * 100 + t))
                            .set(TeacherColumn.TEACHER_EMAIL, teacher(s, t).toLowerCase(Locale.ROOT) + "@example.org")
                            .set(TeacherColumn.FIRST_NAME, FIRST.get(t % FIRST.size()))
                            .set(TeacherColumn.LAST_NAME, LAST.get((s + t) % LAST.size()))
                            .set(TeacherColumn.TITLE, "Teacher")
                            .build());
                }
            }
        }
    }

    private static void students(Path dir, int students) {
        try (CleverCsvWriter out = CleverCsv.writer(dir.resolve("students.csv"), CleverFile.STUDENTS)) {
            for (int i = 0; i < students; i++) {
                Row row = student(i);
                out.write(row);
                if (i % 10 == 0) {
                    out.write(row.toBuilder()
                            .set(StudentColumn.CONTACT_NAME, "Second Contact")
                            .set(StudentColumn.CONTACT_TYPE, "Emergency")
                            .set(StudentColumn.CONTACT_SIS_ID, "C" + i + "b")
                            .build());
                }
            }
        }
    }

    private static Row student(int i) {
        return Row.builder(CleverFile.STUDENTS)
                .set(StudentColumn.SCHOOL_ID, school(i / STUDENTS_PER_SCHOOL))
                .set(StudentColumn.STUDENT_ID, "S" + i)
                .set(StudentColumn.STUDENT_NUMBER, Integer.toString(100_000 + i))
                .set(StudentColumn.STATE_ID, "OR" + (5_000_000 + i))
                .set(StudentColumn.LAST_NAME, LAST.get(i % LAST.size()))
                .set(StudentColumn.FIRST_NAME, FIRST.get(i / 7 % FIRST.size()))
                .set(StudentColumn.GRADE, GRADES.get(i % GRADES.size()))
                .set(StudentColumn.GENDER, i % 2 == 0 ? "F" : "M")
                .set(StudentColumn.DOB, String.format("%02d/%02d/%d", 1 + i % 12, 1 + i % 28, 2008 + i % 12))
                .set(StudentColumn.RACE, i % 3 == 0 ? "Asian" : "Caucasian")
                .set(StudentColumn.HISPANIC_LATINO, i % 4 == 0 ? "Y" : "N")
                .set(StudentColumn.HOME_LANGUAGE, i % 5 == 0 ? "Spanish" : "English")
                .set(StudentColumn.ELL_STATUS, "N")
                .set(StudentColumn.FRL_STATUS, "Paid")
                .set(StudentColumn.STUDENT_STREET, i + " Oak Ave")
                .set(StudentColumn.STUDENT_CITY, "Springfield")
                .set(StudentColumn.STUDENT_STATE, "OR")
                .set(StudentColumn.STUDENT_ZIP, "97403")
                .set(StudentColumn.STUDENT_EMAIL, "s" + i + "@students.example.org")
                .set(StudentColumn.CONTACT_RELATIONSHIP, "Parent")
                .set(StudentColumn.CONTACT_TYPE, "Parent/Guardian")
                .set(StudentColumn.CONTACT_NAME, "Parent Of " + i)
                .set(StudentColumn.CONTACT_PHONE, "555-01" + i % 100)
                .set(StudentColumn.CONTACT_PHONE_TYPE, "Cell")
                .set(StudentColumn.CONTACT_SIS_ID, "C" + i)
                .build();
    }

    private static void sections(Path dir, int schools) {
        try (CleverCsvWriter out = CleverCsv.writer(dir.resolve("sections.csv"), CleverFile.SECTIONS)) {
            for (int s = 0; s < schools; s++) {
                for (int n = 0; n < SECTIONS_PER_SCHOOL; n++) {
                    Row.Builder row = Row.builder(CleverFile.SECTIONS)
                            .set(SectionColumn.SCHOOL_ID, school(s))
                            .set(SectionColumn.SECTION_ID, section(s, n))
                            .set(SectionColumn.TEACHER_ID, teacher(s, n % TEACHERS_PER_SCHOOL))
                            .set(SectionColumn.NAME, "Course " + n % 40 + " - " + n)
                            .set(SectionColumn.GRADE, GRADES.get(n % GRADES.size()))
                            .set(SectionColumn.COURSE_NAME, "Course " + n % 40)
                            .set(SectionColumn.PERIOD, Integer.toString(1 + n % 8))
                            .set(SectionColumn.SUBJECT, n % 2 == 0 ? "math" : "science")
                            .set(SectionColumn.TERM_NAME, "2025-2026")
                            .set(SectionColumn.TERM_START, "08/15/2025")
                            .set(SectionColumn.TERM_END, "06/10/2026");
                    if (n % 4 == 0) {
                        row.set(SectionColumn.TEACHER_2_ID, teacher(s, (n + 1) % TEACHERS_PER_SCHOOL));
                    }
                    out.write(row.build());
                }
            }
        }
    }

    private static void enrollments(Path dir, int students) {
        try (CleverCsvWriter out = CleverCsv.writer(dir.resolve("enrollments.csv"), CleverFile.ENROLLMENTS)) {
            for (int i = 0; i < students; i++) {
                int s = i / STUDENTS_PER_SCHOOL;
                for (int k = 0; k < SECTIONS_PER_STUDENT; k++) {
                    int n = (i * 7 + k * (SECTIONS_PER_SCHOOL / SECTIONS_PER_STUDENT)) % SECTIONS_PER_SCHOOL;
                    out.write(Row.builder(CleverFile.ENROLLMENTS)
                            .set(EnrollmentColumn.SCHOOL_ID, school(s))
                            .set(EnrollmentColumn.SECTION_ID, section(s, n))
                            .set(EnrollmentColumn.STUDENT_ID, "S" + i)
                            .build());
                }
            }
        }
    }

    private static String school(int s) {
        return "SCH" + s;
    }

    private static String teacher(int s, int t) {
        return "T" + s + "-" + t;
    }

    private static String section(int s, int n) {
        return "SEC" + s + "-" + n;
    }
}
