package org.rosterbridge.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads the classes of one school year with their semesters, meeting times and co-teachers. Course texts
 * repeat across sections, so they are shared to keep a large district's classes small in memory.
 */
final class ClassTables {
    private final SisLoader loader;
    private final Map<String, String> shared = new HashMap<>();

    ClassTables(SisLoader loader) {
        this.loader = loader;
    }

    /**
     * Classes of {@code year} by id, in id order. Records are built as rows are read, never holding rows, so
     * that the texts every section repeats are stored once.
     */
    Map<String, SisClass> load(int year) {
        Map<String, SisClass> classes = new HashMap<>();
        loader.each(SisTable.CLASSES, row -> {
            if (row.integer("school_year", 0) == year) {
                classes.put(row.text("class_id"), sisClass(row));
            }
        });
        Map<String, List<Semester>> semesters = semesters(classes);
        Map<String, List<MeetingTime>> meetings = meetings(classes);
        Map<String, SisClass> result = new TreeMap<>();
        classes.forEach((id, c) -> result.put(
                id,
                new SisClass(
                        id,
                        c.schoolId(),
                        c.schoolYear(),
                        c.courseName(),
                        c.courseNumber(),
                        c.courseDescription(),
                        c.subject(),
                        c.section(),
                        c.summer(),
                        semesters.getOrDefault(id, List.of()),
                        meetings.getOrDefault(id, List.of()))));
        return result;
    }

    private SisClass sisClass(SisRow row) {
        return new SisClass(
                row.text("class_id"),
                share(row.text("school_id")),
                row.integer("school_year", 0),
                share(row.text("course_name")),
                share(row.text("course_number")),
                share(row.text("course_description")),
                share(row.text("subject")),
                share(row.text("section")),
                row.flag("summer"),
                List.of(),
                List.of());
    }

    private Map<String, List<Semester>> semesters(Map<String, SisClass> classes) {
        Map<String, Semester> byId = new HashMap<>();
        loader.each(
                SisTable.SEMESTERS,
                row -> byId.put(
                        row.text("semester_id"),
                        new Semester(
                                row.text("semester_id"),
                                share(row.text("name")),
                                row.date("start_date", LocalDate.MIN),
                                row.date("end_date", LocalDate.MIN))));
        Map<String, List<Semester>> byClass = new HashMap<>();
        loader.each(SisTable.CLASS_SEMESTERS, row -> {
            Semester semester = byId.get(row.text("semester_id"));
            if (classes.containsKey(row.text("class_id")) && semester != null) {
                byClass.computeIfAbsent(row.text("class_id"), id -> new ArrayList<>(2))
                        .add(semester);
            }
        });
        return byClass;
    }

    private Map<String, List<MeetingTime>> meetings(Map<String, SisClass> classes) {
        Map<String, String> equivalencies = new HashMap<>();
        loader.each(
                SisTable.TIME_EQUIVALENCIES,
                row -> equivalencies.put(
                        row.text("school_id") + '\n' + row.text("from_period") + '\n' + row.text("to_period"),
                        share(row.text("name"))));
        Map<String, MeetingTime> meetings = new HashMap<>();
        Map<String, String> classOf = new HashMap<>();
        loader.each(SisTable.MEETING_TIMES, row -> {
            SisClass cls = classes.get(row.text("class_id"));
            if (cls != null) {
                String key = cls.schoolId() + '\n' + row.text("from_period") + '\n' + row.text("to_period");
                meetings.put(
                        row.text("meeting_id"),
                        new MeetingTime(
                                row.text("meeting_id"),
                                row.integer("sequence", 0),
                                share(row.text("teacher_id")),
                                share(row.text("from_period")),
                                share(row.text("to_period")),
                                equivalencies.getOrDefault(key, ""),
                                List.of()));
                classOf.put(row.text("meeting_id"), cls.id());
            }
        });
        Map<String, List<CoTeacher>> coTeachers = coTeachers(meetings);
        Map<String, List<MeetingTime>> byClass = new HashMap<>();
        meetings.forEach((id, m) -> byClass.computeIfAbsent(classOf.get(id), c -> new ArrayList<>(2))
                .add(new MeetingTime(
                        id,
                        m.sequence(),
                        m.teacherId(),
                        m.fromPeriod(),
                        m.toPeriod(),
                        m.timeEquivalency(),
                        coTeachers.getOrDefault(id, List.of()))));
        return byClass;
    }

    private Map<String, List<CoTeacher>> coTeachers(Map<String, MeetingTime> meetings) {
        Map<String, List<CoTeacher>> byMeeting = new HashMap<>();
        loader.each(SisTable.CO_TEACHERS, row -> {
            if (meetings.containsKey(row.text("meeting_id"))) {
                byMeeting
                        .computeIfAbsent(row.text("meeting_id"), m -> new ArrayList<>(2))
                        .add(new CoTeacher(
                                row.text("staff_id"),
                                row.integer("sequence", 0),
                                row.date("start_date", LocalDate.MIN),
                                row.date("end_date", DatedCode.OPEN)));
            }
        });
        return byMeeting;
    }

    private String share(String text) {
        return shared.computeIfAbsent(text, t -> t);
    }
}
