package org.rosterbridge.clever.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Coded;
import org.rosterbridge.clever.ContactRole;
import org.rosterbridge.clever.ContactType;
import org.rosterbridge.clever.DistrictAdminRole;
import org.rosterbridge.clever.PhoneType;
import org.rosterbridge.clever.Relationship;
import org.rosterbridge.clever.StaffPermission;
import org.rosterbridge.clever.StaffRole;
import org.rosterbridge.clever.StudentRelationship;
import org.rosterbridge.clever.TeacherRole;

/** The v3 teacher, staff, district admin and contact role objects. */
final class StaffCodec {

    private StaffCodec() {}

    static void writeTeacherFields(Out o, TeacherRole t) throws IOException {
        o.text("sis_id", t.sisId());
        o.id("school", t.school());
        o.ids("schools", t.schools());
        o.optText("teacher_number", t.teacherNumber());
        o.optText("state_id", t.stateId());
        o.optText("title", t.title());
        o.credentials(t.username());
    }

    static TeacherRole readTeacher(In in, CleverId legacyId) {
        return new TeacherRole(
                legacyId,
                in.text("sis_id"),
                in.id("school"),
                in.ids("schools"),
                in.text("teacher_number"),
                in.text("state_id"),
                in.text("title"),
                in.object("credentials").text("district_username"));
    }

    static void writeStaff(Out o, StaffRole s) throws IOException {
        o.id("legacy_id", s.legacyId());
        o.text("staff_id", s.staffId());
        o.ids("schools", s.schools());
        o.startArray("roles");
        for (Coded<StaffPermission> role : s.roles()) {
            String wire = o.codes.known(role);
            if (!wire.isEmpty()) {
                o.g.writeString(wire);
            }
        }
        o.endArray();
        o.optText("department", s.department());
        o.optText("title", s.title());
        o.credentials(s.username());
    }

    static StaffRole readStaff(In in, CleverId legacyId) {
        List<Coded<StaffPermission>> roles = new ArrayList<>();
        for (String wire : in.texts("roles")) {
            roles.add(Coded.of(StaffPermission.class, wire));
        }
        return new StaffRole(
                legacyId,
                in.text("staff_id"),
                in.ids("schools"),
                roles,
                in.text("department"),
                in.text("title"),
                in.object("credentials").text("district_username"));
    }

    static void writeDistrictAdmin(Out o, DistrictAdminRole d) throws IOException {
        o.id("legacy_id", d.legacyId());
        o.optText("title", d.title());
    }

    static DistrictAdminRole readDistrictAdmin(In in, CleverId legacyId) {
        return new DistrictAdminRole(legacyId, in.text("title"));
    }

    static void writeContact(Out o, ContactRole c) throws IOException {
        o.id("legacy_id", c.legacyId());
        o.optText("sis_id", c.sisId());
        o.optText("phone", c.phone());
        o.optText("phone_type", o.codes.known(c.phoneType()));
        o.startArray("student_relationships");
        for (StudentRelationship r : c.studentRelationships()) {
            o.g.writeStartObject();
            o.id("student", r.student());
            o.optText("relationship", o.codes.known(r.relationship()));
            o.optText("type", o.codes.known(r.type()));
            o.end();
        }
        o.endArray();
    }

    static ContactRole readContact(In in, CleverId legacyId) {
        return new ContactRole(
                legacyId,
                in.text("sis_id"),
                in.text("phone"),
                in.code(PhoneType.class, "phone_type"),
                in.list("student_relationships", StaffCodec::readRelationship));
    }

    private static StudentRelationship readRelationship(In r) {
        return new StudentRelationship(
                r.id("student"), r.code(Relationship.class, "relationship"), r.code(ContactType.class, "type"));
    }
}
