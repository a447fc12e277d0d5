package org.rosterbridge.clever.api;

import org.rosterbridge.clever.CleverId;

/**
 * Maps a v3 user id to the v2 teacher id of that user ({@code roles.teacher.legacy_id}). The v2 encoding of a
 * section names its teachers by v2 teacher id, which the section record (holding user ids) does not know.
 */
@FunctionalInterface
public interface TeacherIds {

    /** The v2 teacher id of the user {@code userId}. */
    CleverId legacyIdOf(CleverId userId);

    /** For rosters whose user ids already are the v2 teacher ids. */
    static TeacherIds identity() {
        return userId -> userId;
    }
}
