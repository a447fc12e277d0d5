package org.rosterbridge.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.rosterbridge.admin.BrowseRows.PersonRow;
import org.rosterbridge.admin.BrowseRows.SectionRow;
import org.rosterbridge.admin.BrowseRows.TermRow;

/**
 * The data browser: terms, then a term's sections, then a section's students and teachers, and a search of
 * people by name or SIS id (case-insensitive, paged). Works on a district's synced data before any import
 * and on what an event holds after.
 */
final class DataBrowser {

    static final int PAGE_SIZE = 25;

    private static final String EVENT_SECTIONS =
            " and s.id in (select section_id from event_sections where event_id = :e and hidden = false)";

    private static final String SECTION_COLUMNS = "select s.id, s.clever_id, s.name, s.sis_id, s.period,"
            + " coalesce(sc.name, '') school, coalesce(t.name, '') term,"
            + " (select count(*) from section_students ss join users u on u.id = ss.student_id"
            + "   and u.archived_at is null where ss.section_id = s.id) students,"
            + " (select count(*) from section_teachers st join users u on u.id = st.teacher_id"
            + "   and u.archived_at is null where st.section_id = s.id) teachers";

    private static final String SECTION_FROM = " from sections s left join schools sc on sc.id = s.school_id"
            + " left join terms t on t.id = s.term_id where s.district_id = :d and s.archived_at is null";

    private final Jdbi jdbi;

    DataBrowser(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<TermRow> terms(BrowseScope scope) {
        String sections = "select count(*) from sections s where s.term_id = t.id and s.archived_at is null"
                + (scope instanceof BrowseScope.InEvent ? EVENT_SECTIONS : "");
        String where = scope instanceof BrowseScope.InEvent
                ? " and t.id in (select term_id from event_terms where event_id = :e)"
                : "";
        return jdbi.withHandle(h -> bindScope(
                        h.createQuery("select t.id, t.clever_id, t.name, t.start_date, t.end_date, (" + sections
                                + ") sections from terms t where t.district_id = :d and t.archived_at is null"
                                + where + " order by t.start_date, t.name, t.id"),
                        scope)
                .map((rs, ctx) -> new TermRow(
                        rs.getLong("id"),
                        text(rs, "clever_id"),
                        rs.getString("name"),
                        text(rs, "start_date"),
                        text(rs, "end_date"),
                        rs.getLong("sections")))
                .list());
    }

    /** A term's sections whose name or SIS id contains {@code search} (any case); page from 1. */
    ResultPage<SectionRow> sections(BrowseScope scope, long termId, String search, int page) {
        String where = SECTION_FROM + " and s.term_id = :t"
                + (scope instanceof BrowseScope.InEvent ? EVENT_SECTIONS : "")
                + " and (lower(s.name) like :q escape '!' or lower(s.sis_id) like :q escape '!')";
        return jdbi.withHandle(h -> {
            long total = bindScope(h.createQuery("select count(*)" + where), scope)
                    .bind("t", termId)
                    .bind("q", pattern(search))
                    .mapTo(Long.class)
                    .one();
            List<SectionRow> rows = bindScope(
                            h.createQuery(SECTION_COLUMNS + where + " order by s.name, s.id limit :n offset :o"), scope)
                    .bind("t", termId)
                    .bind("q", pattern(search))
                    .bind("n", PAGE_SIZE)
                    .bind("o", offset(page))
                    .map((rs, ctx) -> section(rs))
                    .list();
            return new ResultPage<>(rows, Math.max(1, page), PAGE_SIZE, total);
        });
    }

    Optional<SectionRow> section(BrowseScope scope, long sectionId) {
        String sql = SECTION_COLUMNS + SECTION_FROM + " and s.id = :s"
                + (scope instanceof BrowseScope.InEvent ? EVENT_SECTIONS : "");
        return jdbi.withHandle(h -> bindScope(h.createQuery(sql), scope)
                .bind("s", sectionId)
                .map((rs, ctx) -> section(rs))
                .findOne());
    }

    /** The active students or teachers of a section, by last name. */
    List<PersonRow> members(BrowseScope scope, long sectionId, PersonRole role) {
        String link = role == PersonRole.TEACHER
                ? "select teacher_id from section_teachers where section_id = :s"
                : "select student_id from section_students where section_id = :s";
        return jdbi.withHandle(h -> bindScope(
                        h.createQuery(personSelect(role) + " and u.id in (" + link + ")"
                                + (scope instanceof BrowseScope.InEvent ? " and " + role.eventFilter() : "")
                                + " order by u.name_last, u.name_first, u.id"),
                        scope)
                .bind("s", sectionId)
                .bind("role", role.role())
                .map((rs, ctx) -> person(rs))
                .list());
    }

    /** People of a role whose first name, last name or SIS id contains {@code search} (any case). */
    ResultPage<PersonRow> people(BrowseScope scope, PersonRole role, String search, int page) {
        String where = " and (lower(u.name_first) like :q escape '!' or lower(u.name_last) like :q escape '!'"
                + " or lower(u.sis_id) like :q escape '!' or lower(r.sis_id) like :q escape '!')"
                + (scope instanceof BrowseScope.InEvent ? " and " + role.eventFilter() : "");
        return jdbi.withHandle(h -> {
            long total = bindScope(h.createQuery("select count(*) from (" + personSelect(role) + where + ") x"), scope)
                    .bind("role", role.role())
                    .bind("q", pattern(search))
                    .mapTo(Long.class)
                    .one();
            List<PersonRow> rows = bindScope(
                            h.createQuery(personSelect(role) + where
                                    + " order by u.name_last, u.name_first, u.id limit :n offset :o"),
                            scope)
                    .bind("role", role.role())
                    .bind("q", pattern(search))
                    .bind("n", PAGE_SIZE)
                    .bind("o", offset(page))
                    .map((rs, ctx) -> person(rs))
                    .list();
            return new ResultPage<>(rows, Math.max(1, page), PAGE_SIZE, total);
        });
    }

    private static String personSelect(PersonRole role) {
        return "select u.id, u.clever_id, case when u.sis_id = '' then r.sis_id else u.sis_id end sis,"
                + " u.name_first, u.name_last, r.grade from users u"
                + " join user_roles r on r.user_id = u.id and r.role = :role"
                + " where u.district_id = :d and u.archived_at is null";
    }

    private static Query bindScope(Query query, BrowseScope scope) {
        query.bind("d", scope.districtId());
        if (scope instanceof BrowseScope.InEvent event) {
            query.bind("e", event.eventId());
        }
        return query;
    }

    /** A LIKE pattern matching {@code search} anywhere, its own wildcards taken literally. */
    static String pattern(String search) {
        String escaped = search.strip()
                .toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static int offset(int page) {
        return (Math.max(1, page) - 1) * PAGE_SIZE;
    }

    private static SectionRow section(ResultSet rs) throws SQLException {
        return new SectionRow(
                rs.getLong("id"),
                text(rs, "clever_id"),
                rs.getString("name"),
                rs.getString("sis_id"),
                rs.getString("school"),
                rs.getString("term"),
                rs.getString("period"),
                rs.getLong("students"),
                rs.getLong("teachers"));
    }

    private static PersonRow person(ResultSet rs) throws SQLException {
        return new PersonRow(
                rs.getLong("id"),
                text(rs, "clever_id"),
                rs.getString("sis"),
                rs.getString("name_first"),
                rs.getString("name_last"),
                rs.getString("grade"));
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value;
    }
}
