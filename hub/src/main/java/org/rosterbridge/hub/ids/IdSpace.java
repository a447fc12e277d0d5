package org.rosterbridge.hub.ids;

import java.nio.charset.StandardCharsets;

/**
 * The separate spaces Clever ids are drawn from. A v3 user id and the v2 id of each of that user's roles
 * are different spaces, so a teacher who is also staff has one user id and two legacy ids, as in Clever.
 */
public enum IdSpace {
    DISTRICT,
    SCHOOL,
    TERM,
    COURSE,
    SECTION,
    /** Students: the user id, which for students is also the v2 id. */
    STUDENT,
    /** The user id of a teacher (and of staff merged into that teacher). */
    TEACHER_USER,
    /** The v2 id of a teacher role. */
    TEACHER_LEGACY,
    /** The user id of a staff member who is not merged into a teacher. */
    STAFF_USER,
    /** The v2 id of a staff (school admin) role. */
    STAFF_LEGACY,
    CONTACT_USER,
    CONTACT_LEGACY,
    DISTRICT_ADMIN_USER,
    DISTRICT_ADMIN_LEGACY;

    // Never modified; package-private so that hashing need not copy it.
    private final byte[] tag = name().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);

    byte[] tag() {
        return tag;
    }
}
