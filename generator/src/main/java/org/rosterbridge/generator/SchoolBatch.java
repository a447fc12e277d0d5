package org.rosterbridge.generator;

import static org.rosterbridge.clever.csv.EnrollmentColumn.SCHOOL_ID;
import static org.rosterbridge.clever.csv.EnrollmentColumn.SECTION_ID;
import static org.rosterbridge.clever.csv.EnrollmentColumn.STUDENT_ID;

import java.util.ArrayList;
import java.util.List;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;

/**
 * Every row one school contributes to the six files, in writing order. A batch depends only on the plan
 * and the school, so batches can be built on other threads and written in school order.
 */
final class SchoolBatch {

    private SchoolBatch() {}

    static List<Row> of(DistrictPlan plan, int school) {
        List<Row> rows = new ArrayList<>();
        rows.add(SchoolRows.row(plan, school));
        for (int teacher = plan.teacherStart[school]; teacher < plan.teacherStart[school + 1]; teacher++) {
            rows.add(TeacherRows.row(plan, teacher, school));
        }
        for (int visit = plan.visitorStart[school]; visit < plan.visitorStart[school + 1]; visit++) {
            rows.add(TeacherRows.row(plan, plan.visitors[visit], school));
        }
        rows.addAll(StaffRows.rows(plan, school));
        SchoolContext context = SchoolContext.of(plan, school);
        for (int student = plan.studentStart[school]; student < plan.studentStart[school + 1]; student++) {
            rows.addAll(StudentRows.rows(plan, context, student));
        }
        SchoolSections sections = new SchoolSections(plan, school);
        for (int local = 0; local < sections.count; local++) {
            rows.add(SectionRows.row(plan, sections, context.id(), local));
        }
        enrollments(plan, sections, rows);
        return rows;
    }

    private static void enrollments(DistrictPlan plan, SchoolSections sections, List<Row> rows) {
        SchoolEnrollments enrollments = new SchoolEnrollments(plan, sections);
        String[] ownIds = new String[sections.count];
        String ownSchool = SchoolRows.id(sections.school);
        int firstStudent = plan.studentStart[sections.school];
        for (int local = 0; local < enrollments.sectionsOf.length; local++) {
            String student = StudentRows.id(firstStudent + local);
            for (int section : enrollments.sectionsOf[local]) {
                int own = section - sections.first;
                boolean home = own >= 0 && own < sections.count;
                if (home && ownIds[own] == null) {
                    ownIds[own] = SectionRows.id(section);
                }
                rows.add(Row.builder(CleverFile.ENROLLMENTS)
                        .set(SCHOOL_ID, home ? ownSchool : SchoolRows.id(plan.schoolOfSection(section)))
                        .set(SECTION_ID, home ? ownIds[own] : SectionRows.id(section))
                        .set(STUDENT_ID, student)
                        .build());
            }
        }
    }
}
