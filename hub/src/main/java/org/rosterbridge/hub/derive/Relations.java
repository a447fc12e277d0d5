package org.rosterbridge.hub.derive;

import org.rosterbridge.hub.compact.IntList;
import org.rosterbridge.hub.compact.Relation;

/**
 * The relations that need the whole district: rosters both ways, teachers' sections and how many students
 * each school's sections hold (for the primary-school tie-break). Built once the enrollments are read.
 */
final class Relations {
    // Not final: the rosters are dropped once the sections are built, to make room for what follows.
    Relation sectionStudents;
    final Relation studentSections;
    final Relation teacherSections;
    final long[] studentsPerSchool;

    private Relations(
            Relation sectionStudents, Relation studentSections, Relation teacherSections, long[] studentsPerSchool) {
        this.sectionStudents = sectionStudents;
        this.studentSections = studentSections;
        this.teacherSections = teacherSections;
        this.studentsPerSchool = studentsPerSchool;
    }

    void dropRosters() {
        sectionStudents = Relation.EMPTY;
    }

    static Relations of(DistrictRows rows) {
        int sectionCount = rows.sections.size();
        Relation sectionStudents = Relation.of(sectionCount, rows.enrollmentSection, rows.enrollmentStudent);
        Relation studentSections = Relation.of(rows.students.size(), rows.enrollmentStudent, rows.enrollmentSection);
        long[] perSchool = new long[rows.schools.size()];
        IntList teacherSource = new IntList();
        IntList teacherTarget = new IntList();
        for (int section = 0; section < sectionCount; section++) {
            perSchool[rows.sectionSchools.get(section)] += sectionStudents.count(section);
            for (int teacher : rows.teachersOf(section)) {
                teacherSource.add(teacher);
                teacherTarget.add(section);
            }
        }
        Relation teacherSections = Relation.of(rows.teachers.size(), teacherSource, teacherTarget);
        return new Relations(sectionStudents, studentSections, teacherSections, perSchool);
    }
}
