package org.rosterbridge.clever.api;

import java.io.IOException;
import java.util.Optional;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.Roles;
import org.rosterbridge.clever.User;

/** The v3 user: top-level identity plus a {@code roles} object with one key per role held. */
final class UserCodec {

    private UserCodec() {}

    static void write(Out o, User u, Stamps stamps) throws IOException {
        o.id("id", u.id());
        o.id("district", u.district());
        writeName(o, u.name(), true);
        o.optText("email", u.email());
        o.stamps(stamps);
        o.startObject("roles");
        writeRoles(o, u, stamps);
        o.end();
    }

    private static void writeRoles(Out o, User u, Stamps stamps) throws IOException {
        Roles roles = u.roles();
        if (roles.student().isPresent()) {
            o.startObject("student");
            o.stamps(stamps);
            o.id("legacy_id", roles.student().get().legacyId());
            StudentCodec.writeFields(o, roles.student().get());
            o.end();
        }
        if (roles.teacher().isPresent()) {
            o.startObject("teacher");
            o.stamps(stamps);
            o.id("legacy_id", roles.teacher().get().legacyId());
            o.id("district", u.district());
            StaffCodec.writeTeacherFields(o, roles.teacher().get());
            o.end();
        }
        if (roles.staff().isPresent()) {
            o.startObject("staff");
            StaffCodec.writeStaff(o, roles.staff().get());
            o.end();
        }
        if (roles.districtAdmin().isPresent()) {
            o.startObject("district_admin");
            StaffCodec.writeDistrictAdmin(o, roles.districtAdmin().get());
            o.end();
        }
        if (roles.contact().isPresent()) {
            o.startObject("contact");
            StaffCodec.writeContact(o, roles.contact().get());
            o.end();
        }
    }

    /** {@code name: {first, middle, last}}; v2 admins have no middle name. */
    static void writeName(Out o, Name name, boolean middle) throws IOException {
        o.startObject("name");
        o.text("first", name.first());
        if (middle) {
            o.optText("middle", name.middle());
        }
        o.text("last", name.last());
        o.end();
    }

    static Name readName(In in) {
        In name = in.object("name");
        return new Name(name.text("first"), name.text("middle"), name.text("last"));
    }

    static User read(In in) {
        CleverId id = in.id("id");
        In roles = in.object("roles");
        Roles read = new Roles(
                role(roles, "student").map(r -> StudentCodec.read(r, legacy(r, id))),
                role(roles, "teacher").map(r -> StaffCodec.readTeacher(r, legacy(r, id))),
                role(roles, "staff").map(r -> StaffCodec.readStaff(r, legacy(r, id))),
                role(roles, "district_admin").map(r -> StaffCodec.readDistrictAdmin(r, legacy(r, id))),
                role(roles, "contact").map(r -> StaffCodec.readContact(r, legacy(r, id))));
        if (read.held().isEmpty()) {
            throw in.fail("roles", "no role");
        }
        return new User(id, in.id("district"), readName(in), in.text("email"), read);
    }

    private static Optional<In> role(In roles, String name) {
        return roles.has(name) ? Optional.of(roles.object(name)) : Optional.empty();
    }

    // legacy_id is validated but not guaranteed; without it the user id is the only id the role can have.
    private static CleverId legacy(In role, CleverId userId) {
        return role.optId("legacy_id").orElse(userId);
    }
}
