package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.SectionColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.SectionColumn.SECTION_ID;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.SectionColumn;

/** The teacher columns of a section during churn: only teachers still in the snapshot, primary first. */
final class SectionTeachers {

    private final ChurnContext context;

    SectionTeachers(ChurnContext context) {
        this.context = context;
    }

    /**
     * The row with every teacher who left taken off; if none is left, another teacher of the school (or
     * of the district); empty if the district has no teacher at all.
     */
    Optional<Row> staffed(Row row) {
        List<String> kept = new ArrayList<>();
        for (String teacher : teachers(row)) {
            if (context.state().teachers.contains(teacher)) {
                kept.add(teacher);
            }
        }
        if (kept.isEmpty()) {
            Optional<String> stand = anyTeacher(row.get(SCHOOL_ID), row.get(SECTION_ID));
            if (stand.isEmpty()) {
                return Optional.empty();
            }
            kept.add(stand.get());
        }
        return Optional.of(with(row, kept));
    }

    /** A new section's teacher: a newly hired teacher of the school if one is waiting, else anyone there. */
    Row newlyStaffed(Row row) {
        Deque<String> waiting =
                context.state().newTeachersBySchool.getOrDefault(row.get(SCHOOL_ID), new ArrayDeque<>());
        Optional<String> teacher =
                waiting.isEmpty() ? anyTeacher(row.get(SCHOOL_ID), row.get(SECTION_ID)) : Optional.of(waiting.poll());
        return with(row, teacher.map(List::of).orElse(teachers(row)));
    }

    Row swapPrimary(Row row, SplittableRandom random) {
        List<String> school = context.state().teachersAt(row.get(SCHOOL_ID));
        List<String> current = teachers(row);
        if (school.isEmpty()) {
            return row;
        }
        String replacement = school.get(random.nextInt(school.size()));
        if (current.contains(replacement)) {
            return row;
        }
        current.set(0, replacement);
        return with(row, current);
    }

    Row addCoTeacher(Row row, SplittableRandom random) {
        List<String> school = context.state().teachersAt(row.get(SCHOOL_ID));
        List<String> current = teachers(row);
        if (school.isEmpty()) {
            return row;
        }
        String added = school.get(random.nextInt(school.size()));
        if (current.contains(added) || current.size() >= SchoolSections.MAX_TEACHERS) {
            return row;
        }
        current.add(added);
        return with(row, current);
    }

    private Optional<String> anyTeacher(String school, String section) {
        List<String> candidates = context.state().teachersAt(school);
        if (candidates.isEmpty()) {
            candidates = context.state().teachersBySchool.values().stream()
                    .filter(list -> !list.isEmpty())
                    .findFirst()
                    .orElse(List.of());
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                candidates.get(context.dice().random("staff|" + section).nextInt(candidates.size())));
    }

    private static List<String> teachers(Row row) {
        Set<String> teachers = new LinkedHashSet<>();
        for (SectionColumn column : SectionRows.TEACHER_COLUMNS) {
            if (row.has(column)) {
                teachers.add(row.get(column));
            }
        }
        return new ArrayList<>(teachers);
    }

    private static Row with(Row row, List<String> teachers) {
        Row.Builder builder = row.toBuilder();
        for (int i = 0; i < SectionRows.TEACHER_COLUMNS.size(); i++) {
            builder.set(SectionRows.TEACHER_COLUMNS.get(i), i < teachers.size() ? teachers.get(i) : "");
        }
        return builder.build();
    }
}
