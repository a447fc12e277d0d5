package org.rosterbridge.clever.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.clever.ContactRole;
import org.rosterbridge.clever.ContactType;
import org.rosterbridge.clever.Course;
import org.rosterbridge.clever.District;
import org.rosterbridge.clever.DistrictAdminRole;
import org.rosterbridge.clever.DistrictState;
import org.rosterbridge.clever.FrlStatus;
import org.rosterbridge.clever.Gender;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.HomeLanguage;
import org.rosterbridge.clever.Location;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.PhoneType;
import org.rosterbridge.clever.Race;
import org.rosterbridge.clever.Relationship;
import org.rosterbridge.clever.Roles;
import org.rosterbridge.clever.School;
import org.rosterbridge.clever.SchoolEnrollment;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.StaffPermission;
import org.rosterbridge.clever.StaffRole;
import org.rosterbridge.clever.StudentRelationship;
import org.rosterbridge.clever.StudentRole;
import org.rosterbridge.clever.Subject;
import org.rosterbridge.clever.TeacherRole;
import org.rosterbridge.clever.Term;
import org.rosterbridge.clever.User;
import org.rosterbridge.clever.YesNo;

/** One fixed record of each kind, with values that exercise the version mappings. Made-up people only. */
final class Samples {

    static final CleverId DISTRICT = id("5f0000000000000000000001");
    static final CleverId SCHOOL = id("5f0000000000000000000002");
    static final CleverId TERM = id("5f0000000000000000000003");
    static final CleverId COURSE = id("5f0000000000000000000004");
    static final CleverId SECTION = id("5f0000000000000000000005");
    static final CleverId STUDENT = id("5f0000000000000000000006");
    static final CleverId TEACHER = id("5f0000000000000000000007");
    static final CleverId TEACHER_LEGACY = id("4e0000000000000000000007");
    static final CleverId STAFF_LEGACY = id("4e0000000000000000000008");
    static final CleverId ADMIN_LEGACY = id("4e0000000000000000000009");
    static final CleverId CONTACT = id("5f000000000000000000000a");
    static final CleverId CONTACT_LEGACY = id("4e000000000000000000000a");
    static final Stamps STAMPS =
            new Stamps(Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-02-03T04:05:06.789Z"));

    private Samples() {}

    static CleverId id(String hex) {
        return CleverId.of(hex);
    }

    static District district() {
        return new District(
                DISTRICT,
                "Demo Unified",
                "sftp",
                Coded.of(DistrictState.SUCCESS),
                Optional.of(Instant.parse("2026-02-03T01:00:00Z")),
                Optional.of(LocalDate.of(2025, 8, 1)),
                "https://clever.com/in/demo",
                List.of("Clever Badges", "Google"),
                "",
                "0600001");
    }

    static School school() {
        return new School(
                SCHOOL,
                DISTRICT,
                "Demo Elementary",
                "S-100",
                "100",
                "",
                "060000100001",
                "",
                "555-0100",
                Coded.of(Grade.PRESCHOOL),
                Coded.of(Grade.G5),
                new School.Principal("Pat Principal", "principal@example.org"),
                new Location("1 School Way", "Springfield", "CA", "90000", "", ""));
    }

    static Term term() {
        return new Term(TERM, DISTRICT, "2025-26", Optional.of(LocalDate.of(2025, 8, 15)), Optional.empty());
    }

    static Course course() {
        return new Course(COURSE, DISTRICT, "Mathematics 3", "MATH3");
    }

    static Section section() {
        return new Section(
                SECTION,
                DISTRICT,
                SCHOOL,
                "SEC-1",
                "Mathematics 3 - Teacher - 2",
                "1",
                "2",
                Coded.of(Subject.MATH),
                Coded.of(Grade.G3),
                Optional.of(COURSE),
                Optional.of(TERM),
                Optional.of(TEACHER),
                List.of(TEACHER),
                List.of(STUDENT));
    }

    static User student() {
        StudentRole role = new StudentRole(
                STUDENT,
                "ST-1",
                "1001",
                "",
                SCHOOL,
                List.of(SCHOOL),
                List.of(new SchoolEnrollment(SCHOOL, Instant.parse("2025-08-15T00:00:00Z"), Optional.empty())),
                Optional.of(LocalDate.of(2017, 3, 9)),
                Coded.of(Gender.UNSPECIFIED),
                Coded.of(Grade.G3),
                "2035",
                Coded.of(Race.UNKNOWN),
                Coded.of(YesNo.NO),
                Coded.of(YesNo.NO),
                Coded.of(FrlStatus.OTHER),
                "N",
                Coded.of(HomeLanguage.ENGLISH),
                Location.EMPTY,
                "student1001",
                "",
                "");
        return new User(STUDENT, DISTRICT, new Name("Sam", "", "Student"), "", Roles.of(role));
    }

    /** A teacher who is also staff and district admin: one v3 user, three v2 objects. */
    static User teacher() {
        TeacherRole teacher =
                new TeacherRole(TEACHER_LEGACY, "T-1", SCHOOL, List.of(SCHOOL), "T001", "", "Ms.", "teacher1");
        StaffRole staff = new StaffRole(
                STAFF_LEGACY,
                "T-1",
                List.of(SCHOOL),
                List.of(Coded.of(StaffPermission.SCHOOL_TECH_LEAD)),
                "Math",
                "Coordinator",
                "teacher1");
        DistrictAdminRole admin = new DistrictAdminRole(ADMIN_LEGACY, "Data lead");
        Roles roles = new Roles(
                Optional.empty(), Optional.of(teacher), Optional.of(staff), Optional.of(admin), Optional.empty());
        return new User(TEACHER, DISTRICT, new Name("Terry", "Q", "Teacher"), "teacher@example.org", roles);
    }

    static User contact() {
        ContactRole role = new ContactRole(
                CONTACT_LEGACY,
                "C-1",
                "555-0101",
                Coded.of(PhoneType.CELL),
                List.of(new StudentRelationship(
                        STUDENT, Coded.of(Relationship.PARENT), Coded.of(ContactType.PARENT_GUARDIAN))));
        return new User(CONTACT, DISTRICT, new Name("", "", "Casey Contact"), "contact@example.org", Roles.of(role));
    }

    /** v2 section teachers are v2 teacher ids. */
    static TeacherIds teacherIds() {
        return userId -> userId.equals(TEACHER) ? TEACHER_LEGACY : userId;
    }
}
