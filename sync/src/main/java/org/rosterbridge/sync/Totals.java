package org.rosterbridge.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Active records of one district now, as the report's {@code totals}. */
final class Totals {

    private Totals() {}

    static Map<String, Long> of(Handle handle, long districtId) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String table : new String[] {"schools", "terms", "courses", "sections"}) {
            totals.put(
                    table,
                    count(
                            handle,
                            "select count(*) from " + table + " where district_id = :d and archived_at is null",
                            districtId));
        }
        for (String role : new String[] {"student", "teacher", "staff", "district_admin", "contact"}) {
            totals.put(
                    role.equals("staff") ? "staff" : role + "s",
                    count(
                            handle,
                            "select count(*) from users u join user_roles r on r.user_id = u.id"
                                    + " where u.district_id = :d and u.archived_at is null and r.role = '" + role + "'",
                            districtId));
        }
        totals.put(
                "enrollments",
                count(
                        handle,
                        "select count(*) from section_students e join sections s on s.id = e.section_id"
                                + " join users u on u.id = e.student_id where s.district_id = :d and s.archived_at is null and u.archived_at is null",
                        districtId));
        return totals;
    }

    private static long count(Handle handle, String sql, long districtId) {
        return handle.createQuery(sql).bind("d", districtId).mapTo(Long.class).one();
    }
}
