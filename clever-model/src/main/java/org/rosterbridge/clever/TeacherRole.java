package org.rosterbridge.clever;

import java.util.List;

/** A user's teacher role. {@code legacyId} is the teacher's pre-v3 id, different from the user id. */
public record TeacherRole(
        CleverId legacyId,
        String sisId,
        CleverId school,
        List<CleverId> schools,
        String teacherNumber,
        String stateId,
        String title,
        String username) {

    public TeacherRole {
        schools = List.copyOf(schools);
    }
}
