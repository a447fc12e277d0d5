package org.rosterbridge.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The sections.csv columns computed from a class, its first meeting time and its semesters. */
final class SectionRules {
    static final int MAX_CO_TEACHERS = 9;

    private SectionRules() {}

    static Optional<MeetingTime> firstMeeting(SisClass cls) {
        return cls.meetingTimes().stream().min(Comparator.comparingInt(MeetingTime::sequence));
    }

    /** {@code section-name}: "Course Name, section #". */
    static String name(SisClass cls) {
        return cls.section().isEmpty() ? cls.courseName() : cls.courseName() + ", " + cls.section();
    }

    /** {@code section-period}: the matching time equivalency, else "from-to". */
    static String period(MeetingTime meeting) {
        if (!meeting.timeEquivalency().isEmpty()) {
            return meeting.timeEquivalency();
        }
        if (meeting.fromPeriod().isEmpty() || meeting.toPeriod().isEmpty()) {
            return meeting.fromPeriod() + meeting.toPeriod();
        }
        return meeting.fromPeriod() + "-" + meeting.toPeriod();
    }

    /**
     * {@code section-co-teachers}: the first meeting time's co-teachers in assignment order, open-ended or
     * ending after {@code asOf}, not the meeting time's own teacher, each under its primary user's id, without
     * repeats, at most nine (Teacher_2_id to Teacher_10_id).
     */
    static List<String> coTeachers(MeetingTime meeting, LocalDate asOf, StaffIdentity identity) {
        String primary = identity.resolve(meeting.teacherId());
        Set<String> ids = new LinkedHashSet<>();
        meeting.coTeachers().stream()
                .sorted(Comparator.comparingInt(CoTeacher::sequence))
                .filter(co -> co.end().equals(DatedCode.OPEN) || co.end().isAfter(asOf))
                .filter(co -> !co.staffId().equals(meeting.teacherId()))
                .map(co -> identity.resolve(co.staffId()))
                .filter(id -> !id.equals(primary))
                .forEach(ids::add);
        return new ArrayList<>(ids).subList(0, Math.min(ids.size(), MAX_CO_TEACHERS));
    }

    /** {@code section-term}: every semester the class covers, in date order, and the span they make. */
    static Term term(SisClass cls) {
        List<Semester> semesters = new ArrayList<>(cls.semesters());
        semesters.sort(Comparator.comparing(Semester::start).thenComparing(Semester::id));
        if (semesters.isEmpty()) {
            return new Term("", "", "");
        }
        List<String> names = semesters.stream().map(Semester::name).toList();
        LocalDate end = semesters.stream()
                .map(Semester::end)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return new Term(String.join(", ", names), semesters.get(0).start().toString(), end.toString());
    }

    record Term(String name, String start, String end) {}
}
