package org.rosterbridge.export;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.SectionColumn;

/** sections.csv rows. */
final class SectionRows {
    private static final SectionColumn[] CO_TEACHER_COLUMNS = {
        SectionColumn.TEACHER_2_ID, SectionColumn.TEACHER_3_ID, SectionColumn.TEACHER_4_ID,
        SectionColumn.TEACHER_5_ID, SectionColumn.TEACHER_6_ID, SectionColumn.TEACHER_7_ID,
        SectionColumn.TEACHER_8_ID, SectionColumn.TEACHER_9_ID, SectionColumn.TEACHER_10_ID
    };

    private SectionRows() {}

    /**
     * {@code section-teacher}: the teacher of the first meeting time under the primary user's id; a class
     * with no such teacher among {@code teacherIds} cannot go to Clever and is left out.
     */
    static Optional<String> teacher(SisClass cls, ExportContext context, Set<String> teacherIds) {
        return SectionRules.firstMeeting(cls)
                .map(meeting -> context.identity().resolve(meeting.teacherId()))
                .filter(teacherIds::contains);
    }

    /** The row of a class whose teacher is known; co-teachers outside {@code teacherIds} are reported and dropped. */
    static Row row(SisClass cls, String teacherId, ExportContext context, Set<String> teacherIds, Problems problems) {
        MeetingTime meeting = SectionRules.firstMeeting(cls).orElseThrow();
        SectionRules.Term term = SectionRules.term(cls);
        Row.Builder row = Row.builder(CleverFile.SECTIONS)
                .set(SectionColumn.SCHOOL_ID, cls.schoolId())
                .set(SectionColumn.SECTION_ID, cls.id())
                .set(SectionColumn.TEACHER_ID, teacherId)
                .set(SectionColumn.NAME, SectionRules.name(cls))
                .set(SectionColumn.SECTION_NUMBER, cls.section())
                .set(SectionColumn.COURSE_NAME, cls.courseName())
                .set(SectionColumn.COURSE_NUMBER, cls.courseNumber())
                .set(SectionColumn.COURSE_DESCRIPTION, cls.courseDescription())
                .set(SectionColumn.PERIOD, SectionRules.period(meeting))
                .set(SectionColumn.SUBJECT, cls.subject())
                .set(SectionColumn.TERM_NAME, term.name())
                .set(SectionColumn.TERM_START, term.start())
                .set(SectionColumn.TERM_END, term.end());
        List<String> coTeachers =
                SectionRules.coTeachers(meeting, context.settings().asOf(), context.identity());
        int column = 0;
        for (String id : coTeachers) {
            if (teacherIds.contains(id)) {
                row.set(CO_TEACHER_COLUMNS[column++], id);
            } else {
                problems.warning(
                        "classes.csv:" + cls.id(),
                        RuleId.SECTION_CO_TEACHERS.id(),
                        "co-teacher " + id + " is not an exported teacher; left out");
            }
        }
        return row.build();
    }
}
