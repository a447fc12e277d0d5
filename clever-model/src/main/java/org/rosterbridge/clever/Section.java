package org.rosterbridge.clever;

import java.util.List;
import java.util.Optional;

/**
 * A section (a class): the only link between students and teachers.
 *
 * @param teacher the primary teacher, if any
 * @param teachers every teacher, primary first, at most ten
 * @param students the roster
 */
public record Section(
        CleverId id,
        CleverId district,
        CleverId school,
        String sisId,
        String name,
        String sectionNumber,
        String period,
        Coded<Subject> subject,
        Coded<Grade> grade,
        Optional<CleverId> course,
        Optional<CleverId> term,
        Optional<CleverId> teacher,
        List<CleverId> teachers,
        List<CleverId> students)
        implements CleverObject {

    public Section {
        teachers = List.copyOf(teachers);
        students = List.copyOf(students);
    }
}
