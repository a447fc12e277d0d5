package org.rosterbridge.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.TeacherColumn;

/**
 * teachers.csv rows: one per teacher and selected school, under the primary user's id, ordered by
 * Teacher_id then School_id.
 */
final class TeacherRows {
    static final Comparator<Row> ORDER = Comparator.comparing((Row r) -> r.get(TeacherColumn.TEACHER_ID))
            .thenComparing(r -> r.get(TeacherColumn.SCHOOL_ID));

    private TeacherRows() {}

    /** Every teacher row the selection allows, before the status filter narrows them. */
    static List<Row> candidates(ExportContext context) {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Staff staff : context.identity().all().values()) {
            if (!StaffRules.teacher(staff)) {
                continue;
            }
            String id = context.identity().resolve(staff.id());
            for (String school : staff.schoolIds()) {
                if (context.selection().schoolRow(school) && seen.add(id + '\n' + school)) {
                    rows.add(row(staff, id, school, context.settings().alternateEmail()));
                }
            }
        }
        rows.sort(ORDER);
        return rows;
    }

    /** {@code teacher-fields}, {@code staff-alternate-email}. */
    static Row row(Staff staff, String teacherId, String schoolId, boolean alternateEmail) {
        return Row.builder(CleverFile.TEACHERS)
                .set(TeacherColumn.SCHOOL_ID, schoolId)
                .set(TeacherColumn.TEACHER_ID, teacherId)
                .set(TeacherColumn.TEACHER_NUMBER, staff.stateId())
                .set(TeacherColumn.STATE_TEACHER_ID, staff.stateId())
                .set(TeacherColumn.TEACHER_EMAIL, StaffRules.email(staff, alternateEmail))
                .set(TeacherColumn.FIRST_NAME, staff.firstName())
                .set(TeacherColumn.MIDDLE_NAME, staff.middleName())
                .set(TeacherColumn.LAST_NAME, staff.lastName())
                .set(TeacherColumn.USERNAME, staff.integrationId())
                .build();
    }

    static Set<String> ids(List<Row> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get(TeacherColumn.TEACHER_ID)));
        return ids;
    }
}
