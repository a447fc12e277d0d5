package org.rosterbridge.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-built SIS records with plain defaults; tests change what they are about. */
final class Fixtures {
    static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
    static final LocalDate PAST = LocalDate.of(2027, 2, 1);
    static final LocalDate FUTURE = LocalDate.of(2027, 6, 30);
    static final int YEAR = 2027;
    static final District DISTRICT = new District("D1", "District One", "NY", "100100010000", YEAR);

    private Fixtures() {}

    static School school(String id, String type, boolean summer) {
        return new School(
                id,
                "School " + id,
                type,
                "BEDS-" + id,
                summer,
                "Principal " + id,
                "12",
                "Main St",
                "Town",
                "NY",
                "12345",
                "555-0100",
                List.of(new GradeLevel("K", 2), new GradeLevel("01", 3), new GradeLevel("05", 7)));
    }

    static School school(String id) {
        return school(id, "Elementary", false);
    }

    static Student student(String id, String schoolId, String grade) {
        return new Student(
                id,
                true,
                "N-" + id,
                "ST-" + id,
                "int-" + id,
                "Last" + id,
                "",
                "First" + id,
                "F",
                "2035",
                "2015-04-03",
                "White",
                false,
                "English",
                schoolId,
                grade,
                schoolId,
                grade,
                "",
                new MailingAddress("12", "", "Elm St", "Town", "NY", "12345"),
                id + "@students.example.org");
    }

    static Student nextYear(Student s, String schoolId, String grade) {
        return new Student(
                s.id(),
                s.active(),
                s.idNumber(),
                s.stateId(),
                s.integrationId(),
                s.lastName(),
                s.middleName(),
                s.firstName(),
                s.gender(),
                s.graduationYear(),
                s.dob(),
                s.race(),
                s.hispanic(),
                s.language(),
                s.currentSchoolId(),
                s.currentGrade(),
                schoolId,
                grade,
                s.summerSchoolId(),
                s.address(),
                s.email());
    }

    static Student inactive(Student s) {
        return new Student(
                s.id(),
                false,
                s.idNumber(),
                s.stateId(),
                s.integrationId(),
                s.lastName(),
                s.middleName(),
                s.firstName(),
                s.gender(),
                s.graduationYear(),
                s.dob(),
                s.race(),
                s.hispanic(),
                s.language(),
                s.currentSchoolId(),
                s.currentGrade(),
                s.schedulingSchoolId(),
                s.schedulingGrade(),
                s.summerSchoolId(),
                s.address(),
                s.email());
    }

    static Student inSummerSchool(Student s, String summerSchoolId) {
        return new Student(
                s.id(),
                s.active(),
                s.idNumber(),
                s.stateId(),
                s.integrationId(),
                s.lastName(),
                s.middleName(),
                s.firstName(),
                s.gender(),
                s.graduationYear(),
                s.dob(),
                s.race(),
                s.hispanic(),
                s.language(),
                s.currentSchoolId(),
                s.currentGrade(),
                s.schedulingSchoolId(),
                s.schedulingGrade(),
                summerSchoolId,
                s.address(),
                s.email());
    }

    static SisStudent record(Student student, String... classIds) {
        return new SisStudent(student, Map.of(), List.of(), List.of(classIds));
    }

    static SisStudent withCodes(Student student, StatusKind kind, DatedCode... codes) {
        return new SisStudent(student, Map.of(kind, List.of(codes)), List.of(), List.of());
    }

    static Staff staff(String id, String schoolId, String... types) {
        return new Staff(
                id,
                true,
                "First" + id,
                "M",
                "Last" + id,
                "SID-" + id,
                id + "@staff.example.org",
                id + "@alt.example.org",
                "int-" + id,
                "Dept",
                "u" + id,
                Set.of(types),
                List.of(schoolId));
    }

    static Staff withAccount(Staff s, String username, List<String> schools) {
        return new Staff(
                s.id(),
                s.active(),
                s.firstName(),
                s.middleName(),
                s.lastName(),
                s.stateId(),
                s.email(),
                s.alternateEmail(),
                s.integrationId(),
                s.department(),
                username,
                s.types(),
                schools);
    }

    static Staff inactive(Staff s) {
        return new Staff(
                s.id(),
                false,
                s.firstName(),
                s.middleName(),
                s.lastName(),
                s.stateId(),
                s.email(),
                s.alternateEmail(),
                s.integrationId(),
                s.department(),
                s.username(),
                s.types(),
                s.schoolIds());
    }

    static SisClass cls(String id, String schoolId, int year, String teacherId) {
        return new SisClass(
                id,
                schoolId,
                year,
                "Algebra",
                "MATH-1",
                "Algebra one",
                "Mathematics",
                "3",
                false,
                List.of(new Semester("S1", "Semester 1", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 31))),
                List.of(new MeetingTime("M-" + id, 1, teacherId, "2", "3", "", List.of())));
    }

    static SisClass withSubject(SisClass c, String subject, boolean summer) {
        return new SisClass(
                c.id(),
                c.schoolId(),
                c.schoolYear(),
                c.courseName(),
                c.courseNumber(),
                c.courseDescription(),
                subject,
                c.section(),
                summer,
                c.semesters(),
                c.meetingTimes());
    }

    static SisClass withMeetings(SisClass c, MeetingTime... meetings) {
        return new SisClass(
                c.id(),
                c.schoolId(),
                c.schoolYear(),
                c.courseName(),
                c.courseNumber(),
                c.courseDescription(),
                c.subject(),
                c.section(),
                c.summer(),
                c.semesters(),
                List.of(meetings));
    }

    /** Filters with only {@code name} on: grade, school-type, school, subject, status, special-ed, funding, program, meal, group. */
    static ExportFilters filter(String name, String... values) {
        Set<String> on = Set.of(values);
        Set<String> off = Set.of();
        return new ExportFilters(
                name.equals("grade") ? on : off,
                name.equals("school-type") ? on : off,
                name.equals("school") ? on : off,
                name.equals("subject") ? on : off,
                name.equals("status") ? on : off,
                name.equals("special-ed") ? on : off,
                name.equals("funding") ? on : off,
                name.equals("program") ? on : off,
                name.equals("meal") ? on : off,
                name.equals("group") ? on : off);
    }

    static ExportSettings.Builder settings() {
        return ExportSettings.builder(
                new SisSource.CsvExtract(java.nio.file.Path.of("unused")), java.nio.file.Path.of("unused"), AS_OF);
    }

    static ExportContext context(
            ExportSettings settings, List<School> schools, List<Staff> staff, Map<String, String> users) {
        Map<String, School> bySchool = new java.util.TreeMap<>();
        schools.forEach(s -> bySchool.put(s.id(), s));
        Map<String, Staff> byStaff = new java.util.TreeMap<>();
        staff.forEach(s -> byStaff.put(s.id(), s));
        return ExportContext.of(settings, DISTRICT, bySchool, new StaffIdentity(byStaff, users));
    }

    static ExportContext context(ExportSettings settings, School... schools) {
        return context(settings, List.of(schools), List.of(), Map.of());
    }
}
