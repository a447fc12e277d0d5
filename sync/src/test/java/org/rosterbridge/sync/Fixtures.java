package org.rosterbridge.sync;

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
import org.rosterbridge.clever.StudentRelationship;
import org.rosterbridge.clever.StudentRole;
import org.rosterbridge.clever.Subject;
import org.rosterbridge.clever.TeacherRole;
import org.rosterbridge.clever.Term;
import org.rosterbridge.clever.User;
import org.rosterbridge.clever.YesNo;

/** Hand-built Clever records for planner and engine tests; ids are readable hex. */
final class Fixtures {

    static final CleverId DISTRICT = id(1);

    private Fixtures() {}

    static CleverId id(int n) {
        return CleverId.of(String.format("%024x", n));
    }

    static District district(String name) {
        return new District(
                DISTRICT,
                name,
                "sftp",
                Coded.of(DistrictState.SUCCESS),
                Optional.empty(),
                Optional.of(LocalDate.of(2026, 8, 1)),
                "https://example.org",
                List.of("Clever Badges"),
                "MDR-1",
                "");
    }

    static School school(int n, String sisId) {
        return new School(
                id(n),
                DISTRICT,
                "School " + sisId,
                sisId,
                "N" + sisId,
                "",
                "",
                "",
                "",
                Coded.of(Grade.KINDERGARTEN),
                Coded.of(Grade.G5),
                School.Principal.EMPTY,
                Location.EMPTY);
    }

    static Term term(int n, String name) {
        return new Term(id(n), DISTRICT, name, Optional.of(LocalDate.of(2026, 8, 15)), Optional.empty());
    }

    static Course course(int n, String number) {
        return new Course(id(n), DISTRICT, "Course " + number, number);
    }

    static Section section(
            int n, CleverId school, Optional<CleverId> term, List<CleverId> teachers, List<CleverId> students) {
        return new Section(
                id(n),
                DISTRICT,
                school,
                "S" + n,
                "Section " + n,
                "",
                "1",
                Coded.of(Subject.MATH),
                Coded.of(Grade.G3),
                Optional.empty(),
                term,
                teachers.isEmpty() ? Optional.empty() : Optional.of(teachers.get(0)),
                teachers,
                students);
    }

    static User student(int n, String sisId, CleverId school, Grade grade) {
        StudentRole role = new StudentRole(
                id(n),
                sisId,
                "",
                "",
                school,
                List.of(school),
                List.of(new SchoolEnrollment(school, Instant.parse("2026-08-15T00:00:00Z"), Optional.empty())),
                Optional.empty(),
                Coded.of(Gender.FEMALE),
                Coded.of(grade),
                "",
                Coded.of(Race.UNKNOWN),
                Coded.of(YesNo.NO),
                Coded.empty(YesNo.class),
                Coded.empty(FrlStatus.class),
                "",
                Coded.of(HomeLanguage.ENGLISH),
                Location.EMPTY,
                "",
                "",
                "");
        return new User(id(n), DISTRICT, new Name("First" + n, "", "Last" + n), "", Roles.of(role));
    }

    static User teacher(int n, String sisId, CleverId school, String email) {
        TeacherRole role = new TeacherRole(id(n + 100_000), sisId, school, List.of(school), "", "", "", "");
        return new User(
                id(n),
                DISTRICT,
                new Name("T" + n, "", "Teach" + n),
                email,
                new Roles(Optional.empty(), Optional.of(role), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    static User districtAdmin(int n, String email) {
        return new User(
                id(n),
                DISTRICT,
                new Name("T", "", "Admin"),
                email,
                new Roles(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(new DistrictAdminRole(id(n + 100_000), "Director")),
                        Optional.empty()));
    }

    static User contact(int n, String sisId, String email, String phone, CleverId... students) {
        List<StudentRelationship> relationships = java.util.Arrays.stream(students)
                .map(s -> new StudentRelationship(
                        s, Coded.of(Relationship.PARENT), Coded.of(ContactType.PARENT_GUARDIAN)))
                .toList();
        ContactRole role = new ContactRole(id(n), sisId, phone, Coded.of(PhoneType.CELL), relationships);
        return new User(id(n), DISTRICT, new Name("", "", "Parent " + n), email, Roles.of(role));
    }
}
