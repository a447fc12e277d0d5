package org.rosterbridge.generator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a churn step remembers of the files it has streamed so far, for the files that follow: schools and
 * their grades, surviving teachers per school, moved students, a bounded sample of students per school
 * and grade, and every section with its enrolment count. Lookups go through hash maps; anything iterated
 * is kept in insertion order, so the output never depends on hash order.
 */
final class ChurnState {

    /** Students remembered per school and grade, enough to seat new sections without holding everyone. */
    private static final int SAMPLE = 64;

    /** A school's grade range; K to 12 when schools.csv leaves it empty or unreadable. */
    record School(String id, int low, int high) {
        boolean teaches(OptionalInt grade) {
            return grade.isEmpty() || grade.getAsInt() >= low && grade.getAsInt() <= high;
        }
    }

    /** A section in the new snapshot and how many enrolments it has been given so far. */
    static final class Section {
        final String id;
        final String school;
        final String grade;
        int enrolled;

        Section(String id, String school, String grade) {
            this.id = id;
            this.school = school;
            this.grade = grade;
        }
    }

    /** A student the enrolment pass must seat: added, or back from being held. */
    record Enrollee(String id, String school, String grade) {}

    final Map<String, School> schools = new LinkedHashMap<>();
    final Set<String> teachers = new HashSet<>();
    final Map<String, List<String>> teachersBySchool = new LinkedHashMap<>();
    final Map<String, Deque<String>> newTeachersBySchool = new HashMap<>();
    final Map<String, String> changedEmails = new HashMap<>();
    final Map<String, Enrollee> movedStudents = new HashMap<>();
    final List<Enrollee> enrollees = new ArrayList<>();
    final Map<String, Section> sections = new LinkedHashMap<>();
    /** Sections added or brought back in this step, to be given students after the enrolments are read. */
    final List<Section> unseated = new ArrayList<>();

    private final Map<String, List<String>> sectionsByClass = new HashMap<>();
    private final Map<String, List<String>> sampleByClass = new LinkedHashMap<>();
    private final Map<String, List<String>> sampleBySchool = new LinkedHashMap<>();

    School school(String id) {
        return schools.getOrDefault(id, new School(id, Grades.KINDERGARTEN, Grades.TWELFTH));
    }

    void teacher(String school, String id) {
        teachers.add(id);
        teachersBySchool.computeIfAbsent(school, key -> new ArrayList<>()).add(id);
    }

    List<String> teachersAt(String school) {
        return teachersBySchool.getOrDefault(school, List.of());
    }

    void newTeacher(String school, String id) {
        teacher(school, id);
        newTeachersBySchool.computeIfAbsent(school, key -> new ArrayDeque<>()).add(id);
    }

    Section section(String id, String school, String grade) {
        Section section = new Section(id, school, grade);
        sections.put(id, section);
        sectionsByClass
                .computeIfAbsent(school + '|' + grade, key -> new ArrayList<>())
                .add(id);
        return section;
    }

    List<String> sectionsOf(String school, String grade) {
        return sectionsByClass.getOrDefault(school + '|' + grade, List.of());
    }

    /** Remembers a surviving student if the sample of their school and grade has room. */
    void student(String id, String school, String grade) {
        add(sampleByClass.computeIfAbsent(school + '|' + grade, key -> new ArrayList<>()), id);
        add(sampleBySchool.computeIfAbsent(school, key -> new ArrayList<>()), id);
    }

    /** Students to seat in a section: its school and grade first, then its school, then anyone. */
    List<String> studentsFor(String school, String grade) {
        List<String> sample = sampleByClass.getOrDefault(school + '|' + grade, List.of());
        if (sample.isEmpty()) {
            sample = sampleBySchool.getOrDefault(school, List.of());
        }
        if (sample.isEmpty() && !sampleBySchool.isEmpty()) {
            sample = sampleBySchool.values().iterator().next();
        }
        return sample;
    }

    private static void add(List<String> sample, String id) {
        if (sample.size() < SAMPLE) {
            sample.add(id);
        }
    }
}
