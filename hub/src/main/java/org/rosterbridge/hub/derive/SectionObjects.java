package org.rosterbridge.hub.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.rosterbridge.clever.CleverId;
import org.rosterbridge.clever.CleverObject;
import org.rosterbridge.clever.Section;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.SectionColumn;
import org.rosterbridge.clever.csv.TeacherColumn;

/** Sections as Clever serves them: built name, normalised subject, rosters from enrollments.csv. */
final class SectionObjects {
    private final Context context;
    private final CleverId[] teacherUsers;

    SectionObjects(Context context, CleverId[] teacherUsers) {
        this.context = context;
        this.teacherUsers = teacherUsers;
    }

    void emit(Consumer<CleverObject> sink) {
        DistrictRows rows = context.rows;
        for (int s = 0; s < rows.sections.size(); s++) {
            sink.accept(section(s, rows.sectionSpill.read(rows.sectionOffsets.get(s), CleverFile.SECTIONS)));
        }
        context.relations.dropRosters();
    }

    private Section section(int s, Row row) {
        DistrictRows rows = context.rows;
        int[] teachers = rows.teachersOf(s);
        List<CleverId> teacherIds = new ArrayList<>(teachers.length);
        for (int teacher : teachers) {
            teacherIds.add(teacherUsers[teacher]);
        }
        String lastName =
                teachers.length == 0 ? "" : rows.teacherRows.get(teachers[0]).get(TeacherColumn.LAST_NAME);
        int term = rows.sectionTerms.get(s);
        int course = rows.sectionCourses.get(s);
        return new Section(
                context.sections.get(s),
                context.district,
                context.schools[rows.sectionSchools.get(s)],
                row.get(SectionColumn.SECTION_ID),
                name(row, lastName),
                row.get(SectionColumn.SECTION_NUMBER),
                row.get(SectionColumn.PERIOD),
                Codes.subject(row.get(SectionColumn.SUBJECT)),
                Codes.grade(row.get(SectionColumn.GRADE)),
                course < 0 ? Optional.empty() : Optional.of(context.courses[course]),
                term < 0 ? Optional.empty() : Optional.of(context.terms[term]),
                teacherIds.stream().findFirst(),
                teacherIds,
                roster(s));
    }

    private List<CleverId> roster(int section) {
        List<CleverId> roster = new ArrayList<>();
        for (int student : context.relations.sectionStudents.targets(section)) {
            roster.add(context.students.get(student));
        }
        roster.sort(null);
        return roster;
    }

    /**
     * Clever's section name: "course - teacher last name - Period p" when the section has a course name,
     * otherwise the SIS name; when both are missing, whatever of teacher and period there is, and as a
     * last resort the SIS id, because Clever guarantees a name.
     */
    static String name(Row row, String teacherLastName) {
        String course = row.get(SectionColumn.COURSE_NAME);
        String sisName = row.get(SectionColumn.NAME);
        if (course.isEmpty() && !sisName.isEmpty()) {
            return sisName;
        }
        List<String> parts = new ArrayList<>(3);
        if (!course.isEmpty()) {
            parts.add(course);
        }
        if (!teacherLastName.isEmpty()) {
            parts.add(teacherLastName);
        }
        String period = row.get(SectionColumn.PERIOD);
        if (!period.isEmpty()) {
            parts.add(period.regionMatches(true, 0, "period", 0, 6) ? period : "Period " + period);
        }
        return parts.isEmpty() ? row.get(SectionColumn.SECTION_ID) : String.join(" - ", parts);
    }
}
