package org.rosterbridge.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;

/**
 * Rebuilds what an event holds from the app tables and the override ledger: the sections of the chosen
 * schools and terms that are not archived and not deleted (hidden ones kept, flagged), the active students
 * and teachers of the visible sections, and their active contacts. Set-based SQL, so an event of a large
 * district is a handful of statements, not a loop over rows.
 */
final class EventMaterializer {

    private static final String ACTIVE_RULE = "select 1 from class_overrides o where o.event_id = :e"
            + " and o.section_clever_id = s.clever_id and o.ended_at is null and o.action = ";

    private static final String[] TABLES = {
        "event_contact_students", "event_contacts", "event_students", "event_teachers", "event_sections"
    };

    private EventMaterializer() {}

    /** Materialises {@code eventId} inside the caller's transaction. */
    static void materialise(Handle h, long eventId, Instant now) {
        for (String table : TABLES) {
            h.createUpdate("delete from " + table + " where event_id = :e")
                    .bind("e", eventId)
                    .execute();
        }
        sections(h, eventId);
        people(h, eventId);
        if (h.createQuery("select import_parents from events where id = :e")
                .bind("e", eventId)
                .mapTo(Boolean.class)
                .one()) {
            contacts(h, eventId);
        }
        h.createUpdate("update events set materialised_at = :now where id = :e")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("e", eventId)
                .execute();
    }

    /**
     * Ends the delete rules in force made up to {@code madeBy}: a deleted class comes back with the next
     * applied sync.
     */
    static void lapseDeletes(Handle h, long eventId, Instant now, Instant madeBy) {
        h.createUpdate("update class_overrides set ended_at = :now, ended_by = 'sync' where event_id = :e"
                        + " and action = 'delete' and ended_at is null and created_at <= :by")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("by", madeBy.atOffset(ZoneOffset.UTC))
                .bind("e", eventId)
                .execute();
    }

    private static void sections(Handle h, long eventId) {
        h.createUpdate("insert into event_sections (event_id, section_id, hidden)"
                        + " select e.id, s.id, exists (" + ACTIVE_RULE + "'hide')"
                        + " from events e join sections s on s.district_id = e.district_id"
                        + " where e.id = :e and s.archived_at is null"
                        + " and s.school_id in (select school_id from event_schools where event_id = :e)"
                        + " and s.term_id in (select term_id from event_terms where event_id = :e)"
                        + " and not exists (" + ACTIVE_RULE + "'delete')")
                .bind("e", eventId)
                .execute();
    }

    private static void people(Handle h, long eventId) {
        h.createUpdate("insert into event_students (event_id, student_id)"
                        + " select distinct es.event_id, ss.student_id from event_sections es"
                        + " join section_students ss on ss.section_id = es.section_id"
                        + " join users u on u.id = ss.student_id and u.archived_at is null"
                        + " where es.event_id = :e and es.hidden = false")
                .bind("e", eventId)
                .execute();
        h.createUpdate("insert into event_teachers (event_id, teacher_id)"
                        + " select distinct es.event_id, st.teacher_id from event_sections es"
                        + " join section_teachers st on st.section_id = es.section_id"
                        + " join users u on u.id = st.teacher_id and u.archived_at is null"
                        + " where es.event_id = :e and es.hidden = false")
                .bind("e", eventId)
                .execute();
    }

    private static void contacts(Handle h, long eventId) {
        h.createUpdate("insert into event_contact_students (event_id, contact_id, student_id, relationship, type)"
                        + " select distinct st.event_id, cs.contact_id, cs.student_id, cs.relationship, cs.type"
                        + " from event_students st join contact_students cs on cs.student_id = st.student_id"
                        + " join users c on c.id = cs.contact_id and c.archived_at is null"
                        + " where st.event_id = :e")
                .bind("e", eventId)
                .execute();
        // One contact row however many of the event's students the contact is linked to.
        h.createUpdate("insert into event_contacts (event_id, contact_id)"
                        + " select distinct event_id, contact_id from event_contact_students where event_id = :e")
                .bind("e", eventId)
                .execute();
    }
}
