package org.rosterbridge.hub.store;

import org.rosterbridge.clever.CleverId;
import org.rosterbridge.hub.ids.IdColumn;

/**
 * The users holding one role: their positions in user-id order (for {@code /users?role=…}) and, for v2,
 * the role's own ids (legacy ids) in their own ascending order (for {@code /teachers} and friends).
 * Immutable once built.
 */
final class RoleIndex {
    static final RoleIndex EMPTY = new RoleIndex(new int[0], new IdColumn(0));

    /** User positions, ascending. */
    final int[] members;
    /** The role's legacy id of each member, parallel to {@link #members}. */
    final IdColumn legacy;
    /** Member indices in ascending legacy-id order. */
    final int[] byLegacy;
    /** The legacy ids in ascending order, parallel to {@link #byLegacy}. */
    final IdColumn legacySorted;
    /** User positions in ascending legacy-id order, parallel to {@link #legacySorted}. */
    final int[] usersByLegacy;

    RoleIndex(int[] members, IdColumn legacy) {
        this.members = members;
        this.legacy = legacy;
        this.byLegacy = legacy.sortedOrder();
        this.legacySorted = legacy.permuted(byLegacy);
        this.usersByLegacy = new int[members.length];
        for (int i = 0; i < members.length; i++) {
            usersByLegacy[i] = members[byLegacy[i]];
        }
    }

    /** The user position of the member with legacy id {@code id}, or -1. */
    int userOfLegacy(CleverId id) {
        int at = legacySorted.find(id);
        return at < 0 ? -1 : members[byLegacy[at]];
    }

    /** The legacy id of the member at user position {@code user}, if it is a member. */
    java.util.Optional<CleverId> legacyOfUser(int user) {
        int at = java.util.Arrays.binarySearch(members, user);
        return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(legacy.get(at));
    }

    boolean contains(int user) {
        return java.util.Arrays.binarySearch(members, user) >= 0;
    }
}
