package org.rosterbridge.clever.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.clever.ContactRole;
import org.rosterbridge.clever.ContactType;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.PhoneType;
import org.rosterbridge.clever.Relationship;
import org.rosterbridge.clever.Roles;
import org.rosterbridge.clever.StudentRelationship;
import org.rosterbridge.clever.User;

/**
 * v2's one-object-per-role people. Each object's id is the role's {@code legacy_id}; decoding gives a user
 * whose id is that v2 id and who holds just that role.
 */
final class V2PeopleCodec {

    private V2PeopleCodec() {}

    static void writeStudent(Out o, User u, Stamps stamps) throws IOException {
        var s = u.roles().student().orElseThrow(() -> missing(u, "student"));
        identity(o, s.legacyId(), u, true);
        o.stamps(stamps);
        StudentCodec.writeFields(o, s);
    }

    static void writeTeacher(Out o, User u, Stamps stamps) throws IOException {
        var t = u.roles().teacher().orElseThrow(() -> missing(u, "teacher"));
        identity(o, t.legacyId(), u, true);
        o.stamps(stamps);
        StaffCodec.writeTeacherFields(o, t);
    }

    static void writeSchoolAdmin(Out o, User u) throws IOException {
        var s = u.roles().staff().orElseThrow(() -> missing(u, "staff"));
        identity(o, s.legacyId(), u, false);
        o.text("staff_id", s.staffId());
        o.ids("schools", s.schools());
        o.optText("title", s.title());
        if (o.version() != ApiVersion.V2_0) {
            o.optText("department", s.department());
        }
        o.credentials(s.username());
    }

    static void writeDistrictAdmin(Out o, User u) throws IOException {
        var d = u.roles().districtAdmin().orElseThrow(() -> missing(u, "district admin"));
        identity(o, d.legacyId(), u, false);
        o.optText("title", d.title());
    }

    /** v2 contacts carry one relationship and type for all their students: the first entry's. */
    static void writeContact(Out o, User u) throws IOException {
        ContactRole c = u.roles().contact().orElseThrow(() -> missing(u, "contact"));
        o.id("id", c.legacyId());
        o.id("district", u.district());
        o.text("name", fullName(u.name()));
        o.optText("email", u.email());
        o.optText("phone", c.phone());
        o.optText("phone_type", o.codes.known(c.phoneType()));
        o.optText("sis_id", c.sisId());
        Set<CleverId> students = new LinkedHashSet<>();
        c.studentRelationships().forEach(r -> students.add(r.student()));
        o.ids("students", List.copyOf(students));
        if (!c.studentRelationships().isEmpty()) {
            StudentRelationship first = c.studentRelationships().get(0);
            o.optText("relationship", o.codes.known(first.relationship()));
            o.optText("type", o.codes.known(first.type()));
        }
    }

    private static void identity(Out o, CleverId id, User u, boolean middle) throws IOException {
        o.id("id", id);
        o.id("district", u.district());
        UserCodec.writeName(o, u.name(), middle);
        if (middle) {
            o.optText("email", u.email());
        } else {
            o.text("email", u.email());
        }
    }

    static User read(ResourceType type, In in) {
        CleverId id = in.id("id");
        Roles roles = switch (type) {
            case STUDENTS -> Roles.of(StudentCodec.read(in, id));
            case TEACHERS -> new Roles(none(), Optional.of(StaffCodec.readTeacher(in, id)), none(), none(), none());
            case SCHOOL_ADMINS -> new Roles(none(), none(), Optional.of(StaffCodec.readStaff(in, id)), none(), none());
            case DISTRICT_ADMINS ->
                new Roles(none(), none(), none(), Optional.of(StaffCodec.readDistrictAdmin(in, id)), none());
            case CONTACTS -> Roles.of(readContact(in, id));
            default -> throw new IllegalArgumentException("not a v2 person type: " + type);
        };
        Name name = type == ResourceType.CONTACTS ? new Name("", "", in.text("name")) : UserCodec.readName(in);
        return new User(id, in.id("district"), name, in.text("email"), roles);
    }

    private static ContactRole readContact(In in, CleverId id) {
        Coded<Relationship> relationship = in.code(Relationship.class, "relationship");
        Coded<ContactType> type = in.code(ContactType.class, "type");
        List<StudentRelationship> relationships = new ArrayList<>();
        for (CleverId student : in.ids("students")) {
            relationships.add(new StudentRelationship(student, relationship, type));
        }
        return new ContactRole(
                id, in.text("sis_id"), in.text("phone"), in.code(PhoneType.class, "phone_type"), relationships);
    }

    /** The contact's whole name; Clever keeps it in {@code last}, but a split name is joined rather than cut. */
    private static String fullName(Name name) {
        return String.join(
                " ",
                List.of(name.first(), name.middle(), name.last()).stream()
                        .filter(part -> !part.isEmpty())
                        .toList());
    }

    private static <T> Optional<T> none() {
        return Optional.empty();
    }

    private static IllegalArgumentException missing(User u, String role) {
        return new IllegalArgumentException("user " + u.id() + " has no " + role + " role");
    }
}
