package org.rosterbridge.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rosterbridge.clever.csv.CleverFile;
import org.rosterbridge.clever.csv.Row;
import org.rosterbridge.clever.csv.StaffColumn;

/** staff.csv rows: one per staff member and selected school (or district), ordered by Staff_id then School_id. */
final class StaffRows {
    static final Comparator<Row> ORDER = Comparator.comparing((Row r) -> r.get(StaffColumn.STAFF_ID))
            .thenComparing(r -> r.get(StaffColumn.SCHOOL_ID));

    private StaffRows() {}

    static List<Row> rows(ExportContext context) {
        boolean adminMode = StaffRules.cleverAdminMode(context.identity().all().values());
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Staff staff : context.identity().all().values()) {
            if (!StaffRules.staff(staff, adminMode)) {
                continue;
            }
            String id = StaffRules.staffId(staff, context.identity());
            for (String school : staff.schoolIds()) {
                if (context.selection().schoolRow(school) && seen.add(id + '\n' + school)) {
                    rows.add(row(staff, id, school, context.settings().alternateEmail()));
                }
            }
        }
        rows.sort(ORDER);
        return rows;
    }

    /** {@code staff-fields}, {@code staff-title}, {@code staff-alternate-email}. */
    static Row row(Staff staff, String staffId, String schoolId, boolean alternateEmail) {
        return Row.builder(CleverFile.STAFF)
                .set(StaffColumn.SCHOOL_ID, schoolId)
                .set(StaffColumn.STAFF_ID, staffId)
                .set(StaffColumn.STAFF_EMAIL, StaffRules.email(staff, alternateEmail))
                .set(StaffColumn.FIRST_NAME, staff.firstName())
                .set(StaffColumn.LAST_NAME, staff.lastName())
                .set(StaffColumn.DEPARTMENT, staff.department())
                .set(StaffColumn.TITLE, StaffRules.title(staff))
                .set(StaffColumn.USERNAME, staff.integrationId())
                .build();
    }
}
