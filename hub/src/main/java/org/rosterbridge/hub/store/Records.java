package org.rosterbridge.hub.store;

import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.Role;
import org.rosterbridge.clever.User;

/** Small questions about stored records. */
final class Records {
    private Records() {}

    /** The v2 id of {@code user}'s {@code role}, which the user must hold. */
    static CleverId legacyId(User user, Role role) {
        var roles = user.roles();
        return switch (role) {
            case STUDENT -> roles.student().orElseThrow().legacyId();
            case TEACHER -> roles.teacher().orElseThrow().legacyId();
            case STAFF -> roles.staff().orElseThrow().legacyId();
            case DISTRICT_ADMIN -> roles.districtAdmin().orElseThrow().legacyId();
            case CONTACT -> roles.contact().orElseThrow().legacyId();
        };
    }
}
