package org.rosterbridge.hub.derive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Location;
import org.rosterbridge.clever.Name;
import org.rosterbridge.clever.Roles;
import org.rosterbridge.clever.SchoolEnrollment;
import org.rosterbridge.clever.StudentRole;
import org.rosterbridge.clever.User;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StudentColumn;

/**
 * Students: their primary school by Clever's rule, every school they are tied to (their SIS school and
 * their sections' schools), and per-school enrollment spans.
 *
 * <p>The hub has snapshots, not Clever's day-by-day history, so a span runs from the earliest start to
 * the latest end of the terms of the student's sections at that school. A section without a term start
 * counts from the district's epoch (the time of its first accepted upload), and a span has an end only
 * when every one of those sections has a term end. This keeps the spans a pure function of the upload.
 */
final class StudentObjects {
    private final Context context;
    private final PrimarySchool primary;

    StudentObjects(Context context) {
        this.context = context;
        this.primary = new PrimarySchool(context.relations.studentsPerSchool);
    }

    void emit(Consumer<CleverObject> sink) {
        DistrictRows rows = context.rows;
        for (int s = 0; s < rows.students.size(); s++) {
            sink.accept(student(s, rows.studentSpill.read(rows.studentOffsets.get(s), CleverFile.STUDENTS)));
        }
    }

    private User student(int s, Row row) {
        CleverId id = context.students.get(s);
        Name name = new Name(
                row.get(StudentColumn.FIRST_NAME),
                row.get(StudentColumn.MIDDLE_NAME),
                row.get(StudentColumn.LAST_NAME));
        return new User(id, context.district, name, row.get(StudentColumn.STUDENT_EMAIL), Roles.of(role(s, id, row)));
    }

    private StudentRole role(int s, CleverId id, Row row) {
        int[] sections = context.relations.studentSections.targets(s);
        int[] sectionSchools = schoolsOf(sections);
        int sisSchool = context.rows.studentSchools.get(s);
        return new StudentRole(
                id,
                row.get(StudentColumn.STUDENT_ID),
                row.get(StudentColumn.STUDENT_NUMBER),
                row.get(StudentColumn.STATE_ID),
                context.schools[primary.of(sectionSchools, sisSchool)],
                schools(sectionSchools, sisSchool),
                enrollments(sections),
                Context.date(row.get(StudentColumn.DOB)),
                Codes.gender(row.get(StudentColumn.GENDER)),
                Codes.grade(row.get(StudentColumn.GRADE)),
                row.get(StudentColumn.GRADUATION_YEAR),
                Codes.race(row.get(StudentColumn.RACE)),
                Codes.yesNo(row.get(StudentColumn.HISPANIC_LATINO)),
                Codes.yesNo(row.get(StudentColumn.ELL_STATUS)),
                Codes.frl(row.get(StudentColumn.FRL_STATUS)),
                row.get(StudentColumn.IEP_STATUS),
                Codes.language(row.get(StudentColumn.HOME_LANGUAGE)),
                location(row),
                row.get(StudentColumn.USERNAME),
                row.get(StudentColumn.UNWEIGHTED_GPA),
                row.get(StudentColumn.WEIGHTED_GPA));
    }

    private int[] schoolsOf(int[] sections) {
        int[] schools = new int[sections.length];
        for (int i = 0; i < sections.length; i++) {
            schools[i] = context.rows.sectionSchools.get(sections[i]);
        }
        return schools;
    }

    private List<CleverId> schools(int[] sectionSchools, int sisSchool) {
        TreeSet<CleverId> ids = new TreeSet<>();
        ids.add(context.schools[sisSchool]);
        for (int school : sectionSchools) {
            ids.add(context.schools[school]);
        }
        return List.copyOf(ids);
    }

    private List<SchoolEnrollment> enrollments(int[] sections) {
        TreeMap<CleverId, Span> spans = new TreeMap<>();
        for (int section : sections) {
            CleverId school = context.schools[context.rows.sectionSchools.get(section)];
            int term = context.rows.sectionTerms.get(section);
            Optional<LocalDate> start = term < 0 ? Optional.empty() : context.termStarts.get(term);
            Optional<LocalDate> end = term < 0 ? Optional.empty() : context.termEnds.get(term);
            spans.computeIfAbsent(school, k -> new Span()).add(start, end);
        }
        List<SchoolEnrollment> result = new ArrayList<>(spans.size());
        spans.forEach((school, span) -> result.add(span.toEnrollment(school, context.epoch)));
        return result;
    }

    private static Location location(Row row) {
        return new Location(
                row.get(StudentColumn.STUDENT_STREET),
                row.get(StudentColumn.STUDENT_CITY),
                row.get(StudentColumn.STUDENT_STATE),
                row.get(StudentColumn.STUDENT_ZIP),
                "",
                "");
    }

    /** The earliest start and latest end of a student's terms at one school. */
    private static final class Span {
        private Optional<LocalDate> start = Optional.empty();
        private Optional<LocalDate> end = Optional.empty();
        private boolean open;

        void add(Optional<LocalDate> termStart, Optional<LocalDate> termEnd) {
            termStart.ifPresent(date ->
                    start = Optional.of(start.filter(s -> s.isBefore(date)).orElse(date)));
            termEnd.ifPresent(
                    date -> end = Optional.of(end.filter(e -> e.isAfter(date)).orElse(date)));
            open |= termEnd.isEmpty();
        }

        SchoolEnrollment toEnrollment(CleverId school, Instant epoch) {
            Instant from = start.map(Context::startOfDay).orElse(epoch);
            Optional<Instant> to = open ? Optional.empty() : end.map(Context::startOfDay);
            return new SchoolEnrollment(school, from, to);
        }
    }
}
