package org.rosterbridge.export;

import java.util.List;

/**
 * When and with whom a class meets.
 *
 * @param teacherId the staff id of the teacher assigned to the meeting time itself
 * @param timeEquivalency the school's name for this period range, or {@code ""} when it has none
 * @param coTeachers in the order they were assigned
 */
record MeetingTime(
        String id,
        int sequence,
        String teacherId,
        String fromPeriod,
        String toPeriod,
        String timeEquivalency,
        List<CoTeacher> coTeachers) {
    MeetingTime {
        coTeachers = List.copyOf(coTeachers);
    }
}
