package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.EnrollmentColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.EnrollmentColumn.SECTION_ID;
import static org.rosterbridge.clever.csv.EnrollmentColumn.STUDENT_ID;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.generator.GenerationSummary.ChangeKind;

/**
 * Enrolments follow the students and sections: gone with a dropped student or section, re-seated in
 * sections of the new school when a student moved, and now and then moved to another section of the same
 * school and grade. Then new and returning students get sections, new and returning sections get
 * students, and any section still empty gets one student, because Clever needs one in every section.
 *
 * <p>A student's rows are handled as a group when consecutive, but nothing relies on it: every pair
 * written is remembered, so no student is ever enrolled twice in a section, whatever the row order.
 */
final class EnrollmentChurn implements FileChurn {

    private static final CleverFile FILE = CleverFile.ENROLLMENTS;

    private final ChurnContext context;
    private final List<Row> group = new ArrayList<>();
    private final PairSet written = new PairSet();

    EnrollmentChurn(ChurnContext context) {
        this.context = context;
    }

    @Override
    public void accept(Row row) {
        if (!group.isEmpty() && !group.get(0).get(STUDENT_ID).equals(row.get(STUDENT_ID))) {
            flush();
        }
        group.add(row);
    }

    private void flush() {
        String student = group.get(0).get(STUDENT_ID);
        if (!context.dice().drops(CleverFile.STUDENTS, student)) {
            ChurnState.Enrollee moved = context.state().movedStudents.get(student);
            Set<String> taken = new HashSet<>();
            group.forEach(row -> taken.add(row.get(SECTION_ID)));
            for (Row row : group) {
                ChurnState.Section section = context.state().sections.get(row.get(SECTION_ID));
                if (section != null) {
                    enrol(student, moved != null ? reseat(moved, taken) : resection(student, section, taken));
                }
            }
        }
        group.clear();
    }

    /** A section of the student's new school and grade not yet taken, or "" if there is none. */
    private String reseat(ChurnState.Enrollee moved, Set<String> taken) {
        List<String> candidates = context.state().sectionsOf(moved.school(), moved.grade());
        SplittableRandom random = context.dice().random("reseat|" + moved.id() + '|' + taken.size());
        return pick(candidates, free(moved.id(), taken), random);
    }

    private String resection(String student, ChurnState.Section section, Set<String> taken) {
        if (!context.dice().movesSection(student, section.id)) {
            return section.id;
        }
        List<String> candidates = context.state().sectionsOf(section.school, section.grade);
        SplittableRandom random = context.dice().random("resection|" + student + '|' + section.id);
        String target = pick(candidates, free(student, taken), random);
        if (target.isEmpty()) {
            return section.id;
        }
        context.count(FILE, ChangeKind.MOVED);
        return target;
    }

    /** Sections the student is neither in nor about to be in; a section passing the test is taken. */
    private Predicate<String> free(String student, Set<String> taken) {
        return section -> !written.contains(student, section) && taken.add(section);
    }

    /** A candidate passing {@code free}, trying a few from a random start; "" if none does. */
    private static String pick(List<String> candidates, Predicate<String> free, SplittableRandom random) {
        if (candidates.isEmpty()) {
            return "";
        }
        int start = random.nextInt(candidates.size());
        for (int step = 0; step < Math.min(32, candidates.size()); step++) {
            String candidate = candidates.get((start + step) % candidates.size());
            if (free.test(candidate)) {
                return candidate;
            }
        }
        return "";
    }

    /** Writes the enrolment unless either id is empty or it is already written; true if written. */
    private boolean enrol(String student, String sectionId) {
        if (student.isEmpty() || sectionId.isEmpty() || !written.add(student, sectionId)) {
            return false;
        }
        ChurnState.Section section = context.state().sections.get(sectionId);
        context.write(Row.builder(FILE)
                .set(SCHOOL_ID, section.school)
                .set(SECTION_ID, section.id)
                .set(STUDENT_ID, student)
                .build());
        section.enrolled++;
        return true;
    }

    @Override
    public void finish() {
        if (!group.isEmpty()) {
            flush();
        }
        for (ChurnState.Enrollee enrollee : context.state().enrollees) {
            seatStudent(enrollee);
        }
        for (ChurnState.Section section : context.state().unseated) {
            seatSection(
                    section, 15 + context.dice().random("seat|" + section.id).nextInt(11));
        }
        for (ChurnState.Section section : context.state().sections.values()) {
            if (section.enrolled == 0) {
                seatSection(section, 1);
            }
        }
    }

    private void seatStudent(ChurnState.Enrollee enrollee) {
        SplittableRandom random = context.dice().random("timetable|" + enrollee.id());
        List<String> candidates = context.state().sectionsOf(enrollee.school(), enrollee.grade());
        Set<String> taken = new HashSet<>();
        for (int wanted = 6 + random.nextInt(5); wanted > 0 && taken.size() < candidates.size(); wanted--) {
            if (enrol(enrollee.id(), pick(candidates, free(enrollee.id(), taken), random))) {
                context.count(FILE, ChangeKind.ADDED);
            }
        }
    }

    private void seatSection(ChurnState.Section section, int wanted) {
        List<String> candidates = context.state().studentsFor(section.school, section.grade);
        Set<String> taken = new HashSet<>();
        Predicate<String> free = student -> !written.contains(student, section.id) && taken.add(student);
        SplittableRandom random = context.dice().random("roster|" + section.id);
        for (int seat = 0; seat < Math.min(wanted, candidates.size()); seat++) {
            if (enrol(pick(candidates, free, random), section.id)) {
                context.count(FILE, ChangeKind.ADDED);
            }
        }
    }
}
