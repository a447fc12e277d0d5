package org.rosterbridge.clever;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The roles a user holds, each with its role-specific fields. At least one is present. */
public record Roles(
        Optional<StudentRole> student,
        Optional<TeacherRole> teacher,
        Optional<StaffRole> staff,
        Optional<DistrictAdminRole> districtAdmin,
        Optional<ContactRole> contact) {

    public static Roles of(StudentRole student) {
        return new Roles(Optional.of(student), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Roles of(ContactRole contact) {
        return new Roles(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(contact));
    }

    /** The roles present, in {@link Role} order. */
    public Set<Role> held() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        student.ifPresent(r -> held.add(Role.STUDENT));
        teacher.ifPresent(r -> held.add(Role.TEACHER));
        staff.ifPresent(r -> held.add(Role.STAFF));
        districtAdmin.ifPresent(r -> held.add(Role.DISTRICT_ADMIN));
        contact.ifPresent(r -> held.add(Role.CONTACT));
        return held;
    }
}
