package org.rosterbridge.clever;

import java.util.List;

/** A user's staff role (a "school admin" in v2). Not tied to rosters. */
public record StaffRole(
        CleverId legacyId,
        String staffId,
        List<CleverId> schools,
        List<Coded<StaffPermission>> roles,
        String department,
        String title,
        String username) {

    public StaffRole {
        schools = List.copyOf(schools);
        roles = List.copyOf(roles);
    }
}
