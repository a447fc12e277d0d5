package org.rosterbridge.export;

import java.util.List;
import java.util.Set;

/**
 * A staff record. One person working in several buildings may have several staff records tied to one
 * user account (cross-building assignments).
 *
 * @param username the user account, or {@code ""} when the staff has none
 * @param schoolIds the schools (or the district id) the record belongs to
 */
record Staff(
        String id,
        boolean active,
        String firstName,
        String middleName,
        String lastName,
        String stateId,
        String email,
        String alternateEmail,
        String integrationId,
        String department,
        String username,
        Set<String> types,
        List<String> schoolIds) {
    Staff {
        types = Set.copyOf(types);
        schoolIds = List.copyOf(schoolIds);
    }

    boolean hasType(String type) {
        return types.contains(type);
    }
}
