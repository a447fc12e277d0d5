package org.rosterbridge.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Active records of one district now, as the report's {@code totals}. Three queries: the record tables in one
 * statement, the roles grouped in one join of users and their roles, and the enrollments; each run ends with
 * them, an event sync too, so they are kept to one pass over each table.
 */
final class Totals {

    private static final List<String> TABLES = List.of("schools", "terms", "courses", "sections");
    private static final List<String> ROLES = List.of("student", "teacher", "staff", "district_admin", "contact");

    private Totals() {}

    static Map<String, Long> of(Handle handle, long districtId) {
        Map<String, Long> totals = new LinkedHashMap<>();
        StringBuilder tables = new StringBuilder("select ");
        for (int i = 0; i < TABLES.size(); i++) {
            tables.append(i == 0 ? "" : ", ")
                    .append("(select count(*) from ")
                    .append(TABLES.get(i))
                    .append(" where district_id = :d and archived_at is null)");
        }
        handle.createQuery(tables.toString())
                .bind("d", districtId)
                .map((rs, ctx) -> {
                    for (int i = 0; i < TABLES.size(); i++) {
                        totals.put(TABLES.get(i), rs.getLong(i + 1));
                    }
                    return 0;
                })
                .one();
        Map<String, Long> roles = new LinkedHashMap<>();
        handle.createQuery("select r.role, count(*) from users u join user_roles r on r.user_id = u.id"
                        + " where u.district_id = :d and u.archived_at is null group by r.role")
                .bind("d", districtId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> roles.put(e.getKey(), e.getValue()));
        for (String role : ROLES) {
            totals.put(role.equals("staff") ? "staff" : role + "s", roles.getOrDefault(role, 0L));
        }
        totals.put(
                "enrollments",
                handle.createQuery("select count(*) from section_students e join sections s on s.id = e.section_id"
                                + " join users u on u.id = e.student_id where s.district_id = :d"
                                + " and s.archived_at is null and u.archived_at is null")
                        .bind("d", districtId)
                        .mapTo(Long.class)
                        .one());
        return totals;
    }
}
