package org.rosterbridge.export;

import java.util.Collection;
import java.util.Set;

/** Who goes into teachers.csv and staff.csv, and the staff columns that depend on staff types. */
final class StaffRules {
    static final Set<String> TEACHER_TYPES = Set.of("Teacher", "Enrichment Teacher", "ELL Teacher", "AIS Teacher");
    static final String CLEVER_ADMIN = "Clever Admin";
    static final String SCHOOL_TECH_LEAD = "School Tech Lead";

    private StaffRules() {}

    /** {@code teacher-selection}: active staff with one of the four teacher types. */
    static boolean teacher(Staff staff) {
        return staff.active() && isTeacherType(staff);
    }

    static boolean isTeacherType(Staff staff) {
        for (String type : staff.types()) {
            if (TEACHER_TYPES.contains(type)) {
                return true;
            }
        }
        return false;
    }

    /** {@code staff-clever-admin}: whether any active staff anywhere in the district is a Clever Admin. */
    static boolean cleverAdminMode(Collection<Staff> staff) {
        return staff.stream().anyMatch(s -> s.active() && s.hasType(CLEVER_ADMIN));
    }

    /**
     * {@code staff-selection} and {@code staff-clever-admin}: by default active staff with a user account and
     * no teacher type; when the district has an active Clever Admin, the active Clever Admins instead, with or
     * without a user account.
     */
    static boolean staff(Staff staff, boolean cleverAdminMode) {
        if (!staff.active()) {
            return false;
        }
        if (cleverAdminMode) {
            return staff.hasType(CLEVER_ADMIN);
        }
        return !staff.username().isEmpty() && !isTeacherType(staff);
    }

    /** {@code staff-id}: a Clever Admin's own id; anyone else under their primary user's id. */
    static String staffId(Staff staff, StaffIdentity identity) {
        return staff.hasType(CLEVER_ADMIN) ? staff.id() : identity.resolve(staff.id());
    }

    /** {@code staff-title}: STL for a Clever Admin who is also a School Tech Lead. */
    static String title(Staff staff) {
        return staff.hasType(CLEVER_ADMIN) && staff.hasType(SCHOOL_TECH_LEAD) ? "STL" : "";
    }

    /** {@code staff-alternate-email}. */
    static String email(Staff staff, boolean alternate) {
        return alternate ? staff.alternateEmail() : staff.email();
    }
}
