package org.rosterbridge.export;

import java.util.List;

/**
 * A class (section) of one school year.
 *
 * @param schoolYear the year the school year ends in, e.g. 2026 for 2025-26
 * @param semesters the semesters the class covers
 * @param meetingTimes in meeting order; the first one carries the teacher and period
 */
record SisClass(
        String id,
        String schoolId,
        int schoolYear,
        String courseName,
        String courseNumber,
        String courseDescription,
        String subject,
        String section,
        boolean summer,
        List<Semester> semesters,
        List<MeetingTime> meetingTimes) {
    SisClass {
        semesters = List.copyOf(semesters);
        meetingTimes = List.copyOf(meetingTimes);
    }
}
