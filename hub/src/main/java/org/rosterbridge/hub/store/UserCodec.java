package org.rosterbridge.hub.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rosterbridge.clever.ContactRole;
import org.rosterbridge.clever.ContactType;
import org.rosterbridge.clever.DistrictAdminRole;
import org.rosterbridge.clever.FrlStatus;
import org.rosterbridge.clever.Gender;
import org.rosterbridge.clever.Grade;
import org.rosterbridge.clever.HomeLanguage;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.PhoneType;
import org.rosterbridge.clever.Race;
import org.rosterbridge.clever.Relationship;
import org.rosterbridge.clever.Roles;
import org.rosterbridge.clever.SchoolEnrollment;
import org.rosterbridge.clever.StaffPermission;
import org.rosterbridge.clever.StaffRole;
import org.rosterbridge.clever.StudentRelationship;
import org.rosterbridge.clever.StudentRole;
import org.rosterbridge.clever.TeacherRole;
import org.rosterbridge.clever.User;
import org.rosterbridge.clever.YesNo;

/** The storage form of users and their roles; see {@link RecordCodec}. */
final class UserCodec {
    private UserCodec() {}

    static void write(ByteWriter out, User u) {
        out.id(u.id());
        out.id(u.district());
        out.text(u.name().first());
        out.text(u.name().middle());
        out.text(u.name().last());
        out.text(u.email());
        Roles roles = u.roles();
        out.flag(roles.student().isPresent());
        roles.student().ifPresent(r -> student(out, r));
        out.flag(roles.teacher().isPresent());
        roles.teacher().ifPresent(r -> teacher(out, r));
        out.flag(roles.staff().isPresent());
        roles.staff().ifPresent(r -> staff(out, r));
        out.flag(roles.districtAdmin().isPresent());
        roles.districtAdmin().ifPresent(r -> {
            out.id(r.legacyId());
            out.text(r.title());
        });
        out.flag(roles.contact().isPresent());
        roles.contact().ifPresent(r -> contact(out, r));
    }

    static User read(ByteReader in) {
        return new User(
                in.id(),
                in.id(),
                new Name(in.text(), in.text(), in.text()),
                in.text(),
                new Roles(
                        in.flag() ? Optional.of(student(in)) : Optional.empty(),
                        in.flag() ? Optional.of(teacher(in)) : Optional.empty(),
                        in.flag() ? Optional.of(staff(in)) : Optional.empty(),
                        in.flag() ? Optional.of(new DistrictAdminRole(in.id(), in.text())) : Optional.empty(),
                        in.flag() ? Optional.of(contact(in)) : Optional.empty()));
    }

    private static void student(ByteWriter out, StudentRole r) {
        out.id(r.legacyId());
        out.text(r.sisId());
        out.text(r.studentNumber());
        out.text(r.stateId());
        out.id(r.school());
        out.ids(r.schools());
        out.varInt(r.enrollments().size());
        for (SchoolEnrollment e : r.enrollments()) {
            out.id(e.school());
            out.instant(e.startDate());
            out.optionalInstant(e.endDate());
        }
        out.optionalDate(r.dob());
        out.code(r.gender());
        out.code(r.grade());
        out.text(r.graduationYear());
        out.code(r.race());
        out.code(r.hispanicEthnicity());
        out.code(r.ellStatus());
        out.code(r.frlStatus());
        out.text(r.iepStatus());
        out.code(r.homeLanguage());
        RecordCodec.location(out, r.location());
        out.text(r.username());
        out.text(r.unweightedGpa());
        out.text(r.weightedGpa());
    }

    private static StudentRole student(ByteReader in) {
        return new StudentRole(
                in.id(),
                in.text(),
                in.text(),
                in.text(),
                in.id(),
                in.ids(),
                enrollments(in),
                in.optionalDate(),
                in.code(Gender.class),
                in.code(Grade.class),
                in.text(),
                in.code(Race.class),
                in.code(YesNo.class),
                in.code(YesNo.class),
                in.code(FrlStatus.class),
                in.text(),
                in.code(HomeLanguage.class),
                RecordCodec.location(in),
                in.text(),
                in.text(),
                in.text());
    }

    private static List<SchoolEnrollment> enrollments(ByteReader in) {
        int count = in.varInt();
        List<SchoolEnrollment> enrollments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            enrollments.add(new SchoolEnrollment(in.id(), in.instant(), in.optionalInstant()));
        }
        return enrollments;
    }

    private static void teacher(ByteWriter out, TeacherRole r) {
        out.id(r.legacyId());
        out.text(r.sisId());
        out.id(r.school());
        out.ids(r.schools());
        out.text(r.teacherNumber());
        out.text(r.stateId());
        out.text(r.title());
        out.text(r.username());
    }

    private static TeacherRole teacher(ByteReader in) {
        return new TeacherRole(in.id(), in.text(), in.id(), in.ids(), in.text(), in.text(), in.text(), in.text());
    }

    private static void staff(ByteWriter out, StaffRole r) {
        out.id(r.legacyId());
        out.text(r.staffId());
        out.ids(r.schools());
        out.varInt(r.roles().size());
        r.roles().forEach(out::code);
        out.text(r.department());
        out.text(r.title());
        out.text(r.username());
    }

    private static StaffRole staff(ByteReader in) {
        var legacy = in.id();
        var staffId = in.text();
        var schools = in.ids();
        int count = in.varInt();
        List<org.rosterbridge.clever.Coded<StaffPermission>> permissions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            permissions.add(in.code(StaffPermission.class));
        }
        return new StaffRole(legacy, staffId, schools, permissions, in.text(), in.text(), in.text());
    }

    private static void contact(ByteWriter out, ContactRole r) {
        out.id(r.legacyId());
        out.text(r.sisId());
        out.text(r.phone());
        out.code(r.phoneType());
        out.varInt(r.studentRelationships().size());
        for (StudentRelationship s : r.studentRelationships()) {
            out.id(s.student());
            out.code(s.relationship());
            out.code(s.type());
        }
    }

    private static ContactRole contact(ByteReader in) {
        var legacy = in.id();
        var sisId = in.text();
        var phone = in.text();
        var phoneType = in.code(PhoneType.class);
        int count = in.varInt();
        List<StudentRelationship> relationships = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            relationships.add(
                    new StudentRelationship(in.id(), in.code(Relationship.class), in.code(ContactType.class)));
        }
        return new ContactRole(legacy, sisId, phone, phoneType, relationships);
    }
}
