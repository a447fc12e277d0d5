package org.rosterbridge.export;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code staff-primary-user}: a person who works in several buildings has one staff record per building,
 * all tied to one user account; Clever must see one person, so every record is reported under the staff id
 * of the account's primary user.
 */
final class StaffIdentity {
    private final Map<String, Staff> staff;
    private final Map<String, String> primaryUsers;
    private final Map<String, Integer> recordsPerAccount = new HashMap<>();

    StaffIdentity(Map<String, Staff> staff, Map<String, String> primaryUsers) {
        this.staff = staff;
        this.primaryUsers = primaryUsers;
        for (Staff record : staff.values()) {
            if (!record.username().isEmpty()) {
                recordsPerAccount.merge(record.username(), 1, Integer::sum);
            }
        }
    }

    /** The id Clever sees for staff record {@code staffId}. */
    String resolve(String staffId) {
        Staff record = staff.get(staffId);
        if (record == null || !crossBuilding(record.username())) {
            return staffId;
        }
        String primary = primaryUsers.getOrDefault(record.username(), "");
        return primary.isEmpty() ? staffId : primary;
    }

    private boolean crossBuilding(String username) {
        return !username.isEmpty() && recordsPerAccount.getOrDefault(username, 0) > 1;
    }

    Staff staff(String staffId) {
        return staff.get(staffId);
    }

    Map<String, Staff> all() {
        return staff;
    }
}
